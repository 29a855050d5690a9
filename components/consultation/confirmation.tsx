import type { Firm } from '@/lib/content';
import { FirmAvailability, FirmLanguagesText } from '../firm-facts';
import { PhoneLink } from '../phone-link';

/**
 * What a person sees once the request is safely stored: the reference and
 * what happens next, nothing they typed. When someone is detained, calling
 * comes before everything else.
 */
export function Confirmation({ reference, firm, callFirst }: { reference: string; firm: Firm; callFirst: boolean }) {
  const call = (
    <p className={callFirst ? 'text-xl font-bold' : 'mt-4 font-semibold'}>
      {callFirst
        ? 'Someone is detained: please call us now as well. '
        : 'If someone is detained or a hearing is very close, do not wait: '}
      <PhoneLink firm={firm} label="Call" className="button-primary mt-2 text-lg" />
    </p>
  );
  return (
    <div role="status" className="mt-6 max-w-prose rounded-xl border-4 border-green-800 bg-green-50 p-6 text-lg">
      {callFirst ? <div className="mb-5">{call}</div> : null}
      <p>
        Your reference is <strong className="font-mono text-xl tracking-wider">{reference}</strong>. Please keep it; we
        will mention it when we contact you.
      </p>
      <h2 className="mt-4 text-xl font-bold">What happens next</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>A member of our team reads your request.</li>
        <li>We check that we can take your case (a conflict check).</li>
        <li>We call or email you to arrange a consultation.</li>
      </ol>
      <FirmAvailability firm={firm} />
      <p className="mt-3">
        Our team speaks <FirmLanguagesText firm={firm} />. If you need another language, please tell us when we contact
        you.
      </p>
      {callFirst ? null : call}
    </div>
  );
}
