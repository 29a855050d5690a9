import { useTranslations } from 'next-intl';
import type { Firm, FrameAttorney } from '@/lib/content';

/**
 * Shown on every page while any firm or attorney fact is a sample: the site
 * is a preview, and no one should call, write to or visit what it shows.
 */
export function SampleSiteNotice({ firm, attorneys }: { firm: Firm; attorneys: readonly FrameAttorney[] }) {
  const t = useTranslations('sample');
  const samples =
    firm.placeholders.length + attorneys.reduce((count, attorney) => count + attorney.placeholders.length, 0);
  if (samples === 0) return null;
  return (
    <aside
      aria-label={t('noticeLabel')}
      className="border-b-4 border-amber-600 bg-amber-50 text-amber-950 print:hidden"
    >
      {/* Families of detained people read on phones: the short form keeps the detention line and the page's title on the first screen. */}
      <p className="mx-auto max-w-5xl px-3 py-1 text-sm leading-snug md:hidden">
        <strong>{t('noticeShort', { firm: firm.name })}</strong>
      </p>
      <p className="mx-auto hidden max-w-5xl px-4 py-3 text-base leading-snug md:block">
        <strong>{t('noticeLead', { firm: firm.name })}</strong> {t('noticeRest')} <strong>{t('noticeDetained')}</strong>
      </p>
    </aside>
  );
}
