import { notFound } from 'next/navigation';
import { findArticle, getFirm } from '@/lib/content';
import { OG_SIZE, renderOgImage } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Article title on the firm’s share card';

// Rendered on the first request for each article and cached from then on:
// drawing a PNG per article at build time would double the build time of a
// large archive, and most images are never fetched.
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = findArticle((await params).slug);
  if (!article) notFound();
  return renderOgImage({ eyebrow: 'Article', title: article.title, firmName: getFirm().name });
}
