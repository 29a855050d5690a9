import { useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import { DateText } from '../date-text';
import { ReviewLine, type Review } from './review-line';

/**
 * Ethics guidance wants the dates an article was written and last reviewed next to the "not legal advice" notice.
 * `of` names what the notice is under: an article, or one of the firm's legal pages (the detention page, the card).
 */
export function LegalNotice({
  firm,
  updated,
  review,
  of,
}: {
  firm: Firm;
  updated: string;
  review: Review | undefined;
  of: 'article' | 'page';
}) {
  const t = useTranslations('legal');
  const values = { firm: firm.name, date: () => <DateText date={updated} /> };
  return (
    <p className="mt-8 border-t border-slate-200 pt-4 text-base text-slate-700">
      {of === 'article' ? t.rich('notice', values) : t.rich('pageNotice', values)}{' '}
      <ReviewLine review={review} of={of} />.
    </p>
  );
}
