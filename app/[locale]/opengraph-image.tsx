import { getFirm } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { OG_SIZE, shareCard } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = getFirm().name;

export default async function Image({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const firm = getFirm(locale);
  return shareCard(locale, { eyebrow: firm.summary.split(/[,.]/)[0] ?? '', title: firm.tagline });
}
