import { findPracticeArea, getFirm, listPracticeAreas } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, paramsPerLocale, type LocaleParams } from '@/lib/i18n/params';
import { OG_SIZE, shareCard } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = getFirm().name;

export function generateStaticParams({ params }: { params?: { locale?: string } }) {
  return paramsPerLocale(params, (locale) => listPracticeAreas(locale).map((area) => ({ slug: area.slug })));
}

export default async function Image({ params }: LocaleParams<{ slug: string }>) {
  const locale = await pageLocale(params);
  const area = findPracticeArea((await params).slug, locale);
  const eyebrow = messagesFor(locale).search.kinds.practiceArea;
  return shareCard(locale, { eyebrow, title: area?.title ?? eyebrow });
}
