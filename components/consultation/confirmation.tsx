import { useLocale, useTranslations } from 'next-intl';
import { confirmationCall } from '@/lib/consultation/intake/confirmation-call';
import { isSampleFact } from '@/lib/content/sample-fact';
import { callLanguageByKey } from '@/lib/languages';
import type { Receipt } from '@/lib/consultation/intake/receipt';
import type { Firm } from '@/lib/content';
import { dayInWords } from '@/lib/relief-check/words';
import type { CallUrgency, Locale, ReceivedRequest } from '@/lib/routes';
import { FirmAvailability, FirmLanguagesText } from '../firm-facts';
import { CalendarButton } from '../calendar-button';
import { PhoneLink } from '../phone-link';
import { MaybeSample } from '../sample-mark';

/**
 * What a person sees once the request is safely stored: the reference,
 * how the firm will reach them (from the receipt, when this browser sent
 * it), and what happens next. When the case is urgent, calling comes
 * before everything else, and a detention is named as the reason. A
 * defense lawyer's Padilla request is answered in a lawyer's terms: the
 * plea date is what makes it urgent (a plea today or tomorrow: call now),
 * and the steps are the ones the page for defense attorneys promises.
 */
export function Confirmation({
  reference,
  firm,
  call,
  receipt,
  request,
}: {
  reference: string;
  firm: Firm;
  call: CallUrgency | undefined;
  receipt: Receipt | undefined;
  request: ReceivedRequest;
}) {
  const t = useTranslations('received');
  const padilla = request === 'padilla';
  const { first, words, replyTime } = confirmationCall({ request, call, detained: receipt?.detained === true });
  const steps = padilla
    ? [t('padilla.stepCheck'), t('padilla.stepRead'), t('padilla.stepContact')]
    : [t('stepRead'), t('stepCheck'), t('stepContact')];
  const callLine = (
    <p className={first ? 'text-xl font-bold' : 'mt-4 font-semibold'}>
      {t(words)} <PhoneLink firm={firm} label={t('call')} className="button-primary mt-2 text-lg" />
    </p>
  );
  return (
    <div
      role="status"
      data-consultation-received
      className="mt-6 max-w-prose rounded-xl border-4 border-green-800 bg-green-50 p-6 text-lg"
    >
      {first ? <div className="mb-5">{callLine}</div> : null}
      <p>
        {t.rich('reference', {
          reference: () => <strong className="font-mono text-xl tracking-wider">{reference}</strong>,
        })}
      </p>
      {receipt && (receipt.phone || receipt.email) ? <ContactBack receipt={receipt} firm={firm} /> : null}
      {receipt ? <DateToKeep receipt={receipt} /> : null}
      <h2 className="mt-4 text-xl font-bold">{t('nextHeading')}</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <FirmAvailability firm={firm} replyTime={replyTime} />
      {padilla ? null : (
        <p className="mt-3">
          {t.rich('languages', { languages: () => <FirmLanguagesText firm={firm} /> })}
          {receipt ? <ChosenLanguage receipt={receipt} firm={firm} /> : null}
        </p>
      )}
      {first ? null : callLine}
    </div>
  );
}

/** The number and the email the firm will use, read back so that a mistake is caught while the person can still call. */
function ContactBack({ receipt, firm }: { receipt: Receipt; firm: Firm }) {
  const t = useTranslations('received');
  // A number stays on one line; a long email may break anywhere rather than widen a phone's screen.
  const value = (text: string, className: string) =>
    function TypedValue() {
      return <strong className={className}>{text}</strong>;
    };
  return (
    <div data-contact-back className="mt-4 rounded-lg bg-white p-4">
      {receipt.phone ? <p>{t.rich('weWillCall', { phone: value(receipt.phone, 'whitespace-nowrap') })}</p> : null}
      {receipt.email ? (
        <p>{t.rich('weWillWrite', { email: value(receipt.email, '[overflow-wrap:anywhere]') })}</p>
      ) : null}
      <p className="mt-2">
        {t('wrongContact')} <PhoneLink firm={firm} label={t('call')} className="text-link font-semibold" />
      </p>
    </div>
  );
}

/**
 * When the person chose another language than the site's: an interpreter,
 * when content/firm.yaml says the firm gets one for it (marked while that is
 * a sample), or else only that the language was noted. Never "explain it on
 * the phone": they may not be able to.
 */
function ChosenLanguage({ receipt, firm }: { receipt: Receipt; firm: Firm }) {
  const t = useTranslations('received');
  const sitesOwn = useLocale() === 'es' ? 'spanish' : 'english';
  if (!receipt.language || receipt.language === sitesOwn) return null;
  const known = callLanguageByKey(receipt.language);
  const name = known?.ownName ?? (receipt.language === 'other' ? receipt.otherLanguage : 'English');
  if (!name) return null;
  const language = () => (
    <strong lang={known?.code ?? (receipt.language === 'english' ? 'en' : undefined)} dir={known?.dir}>
      {name}
    </strong>
  );
  return known && firm.interpreters.includes(known.code) ? (
    <span data-interpreter-note>
      {' '}
      {t.rich('interpreter', { language })}
      <MaybeSample sample={isSampleFact(firm, 'interpreters')} />
    </span>
  ) : (
    <span data-interpreter-note> {t.rich('languageNoted', { language })}</span>
  );
}

/** The court date (or, for a defense lawyer, the plea date) the request gave, to add to the phone's calendar. */
function DateToKeep({ receipt }: { receipt: Receipt }) {
  const t = useTranslations('calendar');
  const received = useTranslations('received');
  const locale = useLocale() as Locale;
  const kept = receipt.pleaDate
    ? {
        event: 'plea' as const,
        date: receipt.pleaDate,
        words: received('padilla.pleaOn', { day: dayInWords(receipt.pleaDate, locale) }),
      }
    : receipt.hearingDate
      ? {
          event: 'hearing' as const,
          date: receipt.hearingDate,
          words: t('hearingOn', { day: dayInWords(receipt.hearingDate, locale) }),
        }
      : undefined;
  if (!kept) return null;
  return (
    <div data-date-to-keep className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="font-semibold">{kept.words}</p>
      <CalendarButton event={kept.event} date={kept.date} />
    </div>
  );
}
