import type { Firm } from '@/lib/content';
import { isSampleFact } from '@/lib/content/sample-fact';
import { displayPhone, telHref } from '@/lib/phone';
import { MaybeSample } from './sample-mark';

type PhoneLinkProps = {
  firm: Pick<Firm, 'phone' | 'placeholders'>;
  className?: string;
  /** Words before the number, already in the reader's language. */
  label?: string;
  /** False on narrow buttons: the number is then read by screen readers only. */
  showNumber?: boolean;
};

/** Click-to-call link to the firm; the one place a `tel:` href is built. A sample number says so inside the link. */
export function PhoneLink({ firm, className = 'text-link', label, showNumber = true }: PhoneLinkProps) {
  return (
    <a href={telHref(firm.phone)} className={className}>
      {/* One box for the words: a flex button would otherwise drop the space after the label. */}
      <span>
        {label ? `${label} ` : ''}
        <span className={showNumber ? undefined : 'sr-only'}>{displayPhone(firm.phone)}</span>
      </span>
      <MaybeSample sample={isSampleFact(firm, 'phone')} />
    </a>
  );
}
