import { useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import {
  FirmAddressText,
  FirmAvailability,
  FirmEmailLink,
  FirmFactText,
  FirmHoursText,
  FirmLanguagesText,
} from './firm-facts';
import { PhoneLink } from './phone-link';

export function ContactFacts({ firm }: { firm: Firm }) {
  const t = useTranslations('contact');
  return (
    <section aria-labelledby="reach-heading" className="max-w-prose text-lg">
      <h2 id="reach-heading" className="text-2xl font-bold text-brand-900">
        {t('reachHeading')}
      </h2>
      <p className="mt-3 rounded-lg border-l-4 border-red-800 bg-red-50 px-4 py-3 font-semibold text-red-900">
        <FirmFactText firm={firm} fact="emergency" />
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t('phone')}</dt>
        <dd>
          <PhoneLink firm={firm} />
        </dd>
        <dt className="font-semibold">{t('email')}</dt>
        <dd>
          <FirmEmailLink firm={firm} />
        </dd>
        <dt className="font-semibold">{t('office')}</dt>
        <dd>
          <FirmAddressText firm={firm} />
        </dd>
        <dt className="font-semibold">{t('languages')}</dt>
        <dd>
          <FirmLanguagesText firm={firm} />
        </dd>
      </dl>
      <div className="mt-2">
        <FirmHoursText firm={firm} />
        <FirmAvailability firm={firm} />
      </div>
    </section>
  );
}
