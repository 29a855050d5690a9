import { useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import { FirmAvailability, FirmLanguagesText } from '../firm-facts';
import { PhoneLink } from '../phone-link';

/**
 * What a person sees once the request is safely stored: the reference and
 * what happens next, nothing they typed. When someone is detained, calling
 * comes before everything else.
 */
export function Confirmation({ reference, firm, callFirst }: { reference: string; firm: Firm; callFirst: boolean }) {
  const t = useTranslations('received');
  const call = (
    <p className={callFirst ? 'text-xl font-bold' : 'mt-4 font-semibold'}>
      {callFirst ? t('callFirst') : t('callIfUrgent')}{' '}
      <PhoneLink firm={firm} label={t('call')} className="button-primary mt-2 text-lg" />
    </p>
  );
  return (
    <div
      role="status"
      data-consultation-received
      className="mt-6 max-w-prose rounded-xl border-4 border-green-800 bg-green-50 p-6 text-lg"
    >
      {callFirst ? <div className="mb-5">{call}</div> : null}
      <p>
        {t.rich('reference', {
          reference: () => <strong className="font-mono text-xl tracking-wider">{reference}</strong>,
        })}
      </p>
      <h2 className="mt-4 text-xl font-bold">{t('nextHeading')}</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>{t('stepRead')}</li>
        <li>{t('stepCheck')}</li>
        <li>{t('stepContact')}</li>
      </ol>
      <FirmAvailability firm={firm} />
      <p className="mt-3">{t.rich('languages', { languages: () => <FirmLanguagesText firm={firm} /> })}</p>
      {callFirst ? null : call}
    </div>
  );
}
