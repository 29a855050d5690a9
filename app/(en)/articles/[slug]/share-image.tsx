import { notFound } from 'next/navigation';
import { findArticle } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { shareCard } from '@/lib/seo/og-image';

// Rendered on the first request for each article and cached from then on:
// drawing a PNG per article at build time would double the build time of a
// large archive, and most images are never fetched.
export function generateStaticParams() {
  return [];
}

/** The page's share card (its route is share.png beside the page). */
export default async function Image({ params }: LocaleParams<{ slug: string }>) {
  const locale = await pageLocale(params);
  const article = findArticle((await params).slug, locale);
  if (!article) notFound();
  return shareCard(locale, { eyebrow: messagesFor(locale).articles.shareEyebrow, title: article.title });
}
