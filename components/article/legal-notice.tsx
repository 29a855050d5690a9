import type { Firm } from '@/lib/content';
import { DateText } from '../date-text';

/** Ethics rules want the date an article was last reviewed next to the "not legal advice" notice. */
export function LegalNotice({ firm, reviewed }: { firm: Firm; reviewed: string }) {
  return (
    <p className="mt-8 border-t border-slate-200 pt-4 text-base text-slate-700">
      This article is general information, not legal advice, and reading it does not create an attorney-client
      relationship with {firm.name}. The law changes; this article was last reviewed on <DateText date={reviewed} />.
    </p>
  );
}
