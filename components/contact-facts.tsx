import type { Firm } from '@/lib/content';
import { OpeningHoursText } from './opening-hours';
import { PhoneLink } from './phone-link';

export function ContactFacts({ firm }: { firm: Firm }) {
  const { street, locality, region, postalCode } = firm.address;
  return (
    <section aria-labelledby="reach-heading" className="max-w-prose text-lg">
      <h2 id="reach-heading" className="text-2xl font-bold text-brand-900">
        How to reach us
      </h2>
      <p className="mt-3 rounded-lg border-l-4 border-red-800 bg-red-50 px-4 py-3 font-semibold text-red-900">
        {firm.emergency}
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Phone</dt>
        <dd>
          <PhoneLink phone={firm.phone} />
        </dd>
        <dt className="font-semibold">Email</dt>
        <dd>
          <a href={`mailto:${firm.email}`} className="text-link">
            {firm.email}
          </a>
        </dd>
        <dt className="font-semibold">Office</dt>
        <dd>
          <address className="not-italic">
            {street}, {locality}, {region} {postalCode}
          </address>
        </dd>
        <dt className="font-semibold">Languages</dt>
        <dd>{firm.languages.join(', ')}</dd>
      </dl>
      <div className="mt-2">
        <OpeningHoursText hours={firm.hours} />
      </div>
    </section>
  );
}
