import { useLocale, useTranslations } from 'next-intl';
import type { Firm } from '@/lib/content';
import { isSampleFact } from '@/lib/content/sample-fact';
import { clockTime, timeZoneInWords } from '@/lib/dates';
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

/** "Monday to Friday, 9:00 AM to 6:00 PM"; "de lunes a viernes, de 9:00 a. m. a 6:00 p. m." */
export function FirmHoursText({ firm }: { firm: Firm }) {
  const t = useTranslations('firmFacts');
  const locale = useLocale();
  const hours = firm.hours
    .map(({ days, opens, closes }) => {
      const names = days.map((day) => t(`days.${day}`));
      const first = names[0] ?? '';
      const last = names.at(-1) ?? '';
      const span =
        names.length > 2 ? t('daySpan', { first, last }) : names.length === 2 ? t('dayPair', { first, last }) : first;
      return t('timeSpan', { days: span, opens: clockTime(opens, locale), closes: clockTime(closes, locale) });
    })
    .join('; ');
  // The zone's name comes from the ICU data of whoever renders it, and browsers and Node.js name some zones
  // differently ("New York" / "Nueva York"): where the browser renders this again (the 404 page), the
  // server's words stay.
  return (
    <p suppressHydrationWarning>
      {t('hours', { hours, zone: timeZoneInWords(firm.timeZone, locale) })}
      <MaybeSample sample={isSampleFact(firm, 'hours')} />
    </p>
  );
}

/** "English and Spanish" */
export function FirmLanguagesText({ firm }: { firm: Firm }) {
  const locale = useLocale();
  return (
    <>
      {inWords(firm.languages, locale)}
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

/**
 * After hours, how soon the firm answers, and the first consultation: what a person in a hurry needs to know.
 * `replyTime` false leaves out how soon the firm answers, where that would come too late.
 */
export function FirmAvailability({ firm, replyTime = true }: { firm: Firm; replyTime?: boolean }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      <li>
        <FirmFactText firm={firm} fact="afterHours" />
      </li>
      {replyTime ? (
        <li>
          <FirmFactText firm={firm} fact="replyTime" />
        </li>
      ) : null}
      <li>
        <FirmFactText firm={firm} fact="firstConsultation" />
      </li>
    </ul>
  );
}

/** "a, b and c", in the reader's language. */
export function inWords(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
