import { findAttorney, listAttorneys } from '@/lib/content';
import { localeParam, pageLocale, type LocaleParams, type StaticParentParams } from '@/lib/i18n/params';
import { messagesFor } from '@/lib/i18n/messages';
import { shareCard } from '@/lib/seo/og-image';

export function generateStaticParams({ params }: { params: StaticParentParams }) {
  return listAttorneys(localeParam(params)).map((attorney) => ({ slug: attorney.slug }));
}

/** The page's share card (its route is share.png beside the page). */
export default async function Image({ params }: LocaleParams<{ slug: string }>) {
  const locale = await pageLocale(params);
  const attorney = findAttorney((await params).slug, locale);
  const fallback = messagesFor(locale).nav.attorneys;
  return shareCard(locale, { eyebrow: attorney?.role ?? fallback, title: attorney?.name ?? fallback });
}
