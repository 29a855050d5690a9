import { getFirm } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { shareCard } from '@/lib/seo/og-image';

/** The page's share card (its route is share.png beside the page). */
export default async function Image({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const firm = getFirm(locale);
  return shareCard(locale, { eyebrow: firm.summary.split(/[,.]/)[0] ?? '', title: firm.tagline });
}
