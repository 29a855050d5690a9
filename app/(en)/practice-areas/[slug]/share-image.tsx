import { findPracticeArea, listPracticeAreas } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { localeParam, pageLocale, type LocaleParams, type StaticParentParams } from '@/lib/i18n/params';
import { shareCard } from '@/lib/seo/og-image';

export function generateStaticParams({ params }: { params: StaticParentParams }) {
  return listPracticeAreas(localeParam(params)).map((area) => ({ slug: area.slug }));
}

/** The page's share card (its route is share.png beside the page). */
export default async function Image({ params }: LocaleParams<{ slug: string }>) {
  const locale = await pageLocale(params);
  const area = findPracticeArea((await params).slug, locale);
  const eyebrow = messagesFor(locale).search.kinds.practiceArea;
  return shareCard(locale, { eyebrow, title: area?.title ?? eyebrow });
}
