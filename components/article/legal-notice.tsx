import { useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import { DateText } from '../date-text';
import { ReviewLine, type Review } from './review-line';

/** Ethics guidance wants the dates an article was written and last reviewed next to the "not legal advice" notice. */
export function LegalNotice({ firm, updated, review }: { firm: Firm; updated: string; review: Review | undefined }) {
  const t = useTranslations('legal');
  return (
    <p className="mt-8 border-t border-slate-200 pt-4 text-base text-slate-700">
      {t.rich('notice', { firm: firm.name, date: () => <DateText date={updated} /> })} <ReviewLine review={review} />.
    </p>
  );
}
