import { findArticle, getFirm, listArticles } from '@/lib/content';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Article title on the firm’s share card';

export function generateStaticParams() {
  return listArticles().map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = findArticle((await params).slug);
  return renderOgImage({ eyebrow: 'Article', title: article?.title ?? 'Article', firmName: getFirm().name });
}
