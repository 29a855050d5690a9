import type { Firm } from '@/lib/content';
import { isSampleFact } from '@/lib/content/firm-schema';
import { MaybeSample } from './sample-mark';

// The firm's facts as every page shows them, each marked when it is still a sample.

export function FirmEmailLink({ firm }: { firm: Firm }) {
  return (
    <>
      <a href={`mailto:${firm.email}`} className="text-link">
        {firm.email}
      </a>
      <MaybeSample sample={isSampleFact(firm, 'email')} />
    </>
  );
}

export function FirmAddressText({ firm, lines = false }: { firm: Firm; lines?: boolean }) {
  const { street, locality, region, postalCode } = firm.address;
  return (
    <address className="not-italic">
      {street}
      {lines ? <br /> : ', '}
      {locality}, {region} {postalCode}
      <MaybeSample sample={isSampleFact(firm, 'address')} />
    </address>
  );
}

/** "Monday to Friday, 09:00 to 18:00" */
export function FirmHoursText({ firm }: { firm: Firm }) {
  const hours = firm.hours
    .map(({ days, opens, closes }) => {
      const span = days.length > 2 ? `${days[0]} to ${days[days.length - 1]}` : days.join(' and ');
      return `${span}, ${opens} to ${closes}`;
    })
    .join('; ');
  return (
    <p>
      Hours: {hours}
      <MaybeSample sample={isSampleFact(firm, 'hours')} />
    </p>
  );
}

/** "English and Spanish" */
export function FirmLanguagesText({ firm }: { firm: Firm }) {
  return (
    <>
      {inWords(firm.languages)}
      <MaybeSample sample={isSampleFact(firm, 'languages')} />
    </>
  );
}

type TextFact = 'emergency' | 'afterHours' | 'replyTime' | 'firstConsultation';

/** One of the firm's facts written as a sentence, marked when it is a sample. */
export function FirmFactText({ firm, fact }: { firm: Firm; fact: TextFact }) {
  return (
    <>
      {firm[fact]}
      <MaybeSample sample={isSampleFact(firm, fact)} />
    </>
  );
}

/** After hours, how soon the firm answers, and the first consultation: what a person in a hurry needs to know. */
export function FirmAvailability({ firm }: { firm: Firm }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      <li>
        <FirmFactText firm={firm} fact="afterHours" />
      </li>
      <li>
        <FirmFactText firm={firm} fact="replyTime" />
      </li>
      <li>
        <FirmFactText firm={firm} fact="firstConsultation" />
      </li>
    </ul>
  );
}

/** "a, b and c" */
export function inWords(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
