import { useTranslations } from 'next-intl';
import type { Attorney, Firm } from '@/lib/content';

/**
 * Shown on every page while any firm or attorney fact is a sample: the site
 * is a preview, and no one should call, write to or visit what it shows.
 */
export function SampleSiteNotice({ firm, attorneys }: { firm: Firm; attorneys: readonly Attorney[] }) {
  const t = useTranslations('sample');
  const samples =
    firm.placeholders.length + attorneys.reduce((count, attorney) => count + attorney.placeholders.length, 0);
  if (samples === 0) return null;
  return (
    <aside
      aria-label={t('noticeLabel')}
      className="border-b-4 border-amber-600 bg-amber-50 text-amber-950 print:hidden"
    >
      <p className="mx-auto max-w-5xl px-3 py-1 text-sm leading-snug md:px-4 md:py-3 md:text-base">
        <strong>{t('noticeLead', { firm: firm.name })}</strong> {t('noticeRest')}{' '}
        {/* Families of detained people read on phones: this line shows on every screen. */}
        <strong>{t('noticeDetained')}</strong>
      </p>
    </aside>
  );
}
