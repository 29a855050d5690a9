import { createEvent, type EventAttributes } from 'ics';
import { createTranslator } from 'next-intl';
import type { Firm } from '@/lib/content';
import { isSampleFact } from '@/lib/content/sample-fact';
import { addDays } from '@/lib/dates';
import { messagesFor } from '@/lib/i18n/messages';
import { displayPhone } from '@/lib/phone';
import type { Locale } from '@/lib/routes';

/**
 * "Add to my calendar": one day a person must not miss, as an iCalendar
 * file (the `ics` library writes the format). An all-day event on the date
 * itself — a date counted where the firm is, so no time zone can move it to
 * the day before — titled in the person's language with the firm's number,
 * and reminders three days before and at 9 a.m. the day before.
 */

/** The deadlines the relief check counts, and the dates a person gives: a hearing, or (a defense lawyer) the plea. */
export const CALENDAR_EVENTS = ['federal-appeal', 'state-appeal', 'section-2255', 'hearing', 'plea'] as const;
export type CalendarEvent = (typeof CALENDAR_EVENTS)[number];

/** The counted ones say they are an estimate; a date the person gave says whose it is. */
const COUNTED: readonly CalendarEvent[] = ['federal-appeal', 'state-appeal', 'section-2255'];

export type EventFile = { filename: string; text: string };

export function calendarEventFile({
  event,
  date,
  locale,
  firm,
  now,
}: {
  event: CalendarEvent;
  /** YYYY-MM-DD. */
  date: string;
  locale: Locale;
  firm: Pick<Firm, 'name' | 'phone' | 'placeholders'>;
  now: Date;
}): EventFile {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: 'calendar' });
  const sample = isSampleFact(firm, 'phone') ? ` ${messages.sample.mark}` : '';
  const phone = `${displayPhone(firm.phone)}${sample}`;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [endYear, endMonth, endDay] = addDays(date, 1).split('-').map(Number) as [number, number, number];
  const attributes: EventAttributes & { timestamp: number } = {
    uid: `${event}-${date}@${firm.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    timestamp: now.getTime(),
    productId: firm.name,
    title: t(`title.${event}`, { phone }),
    description: [COUNTED.includes(event) ? t('estimate') : t('given'), t('call', { firm: firm.name, phone })].join(
      '\n\n',
    ),
    start: [year, month, day],
    end: [endYear, endMonth, endDay],
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    // Three days before, time to find a lawyer; and 9 a.m. the day before.
    alarms: [72, 15].map((hours) => ({
      action: 'display' as const,
      description: t(`title.${event}`, { phone }),
      trigger: { hours, before: true },
    })),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value)
    throw new Error(`The calendar file for ${event} on ${date} could not be written: ${String(error)}`);
  return { filename: `${t('filename')}-${date}.ics`, text: value };
}
