import type { Firm } from '@/lib/content';
import { DateText } from '../date-text';
import { ReviewLine, type Review } from './review-line';

/** Ethics guidance wants the dates an article was written and last reviewed next to the "not legal advice" notice. */
export function LegalNotice({ firm, updated, review }: { firm: Firm; updated: string; review: Review | undefined }) {
  return (
    <p className="mt-8 border-t border-slate-200 pt-4 text-base text-slate-700">
      This article is general information, not legal advice, and reading it does not create an attorney-client
      relationship with {firm.name}. The law changes: this article was last updated on <DateText date={updated} />.{' '}
      <ReviewLine review={review} />.
    </p>
  );
}
