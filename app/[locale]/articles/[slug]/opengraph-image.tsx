import { notFound } from 'next/navigation';
import { getFirm, findArticle } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { OG_SIZE, shareCard } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = getFirm().name;

// Rendered on the first request for each article and cached from then on:
// drawing a PNG per article at build time would double the build time of a
// large archive, and most images are never fetched.
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: LocaleParams<{ slug: string }>) {
  const locale = await pageLocale(params);
  const article = findArticle((await params).slug, locale);
  if (!article) notFound();
  return shareCard(locale, { eyebrow: messagesFor(locale).articles.shareEyebrow, title: article.title });
}
