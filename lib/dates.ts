/** A moment as the calendar date `YYYY-MM-DD` in UTC, the form every content date takes. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

const LONG_DATES = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-11-02" → "November 2, 2026" (English) or "2 de noviembre de 2026"
 * (Spanish). Content dates are calendar dates, so UTC keeps them from shifting a day.
 */
export function formatDate(date: string, locale = 'en'): string {
  let format = LONG_DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { dateStyle: 'long', timeZone: 'UTC' });
    LONG_DATES.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

const DAY_MS = 86_400_000;

/** A calendar date (YYYY-MM-DD) `days` later, or earlier when negative. */
export function addDays(date: string, days: number): string {
  return isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));
}

/**
 * The same day `years` later. A year from 29 February ends on 28 February:
 * of the two readings courts give a day that does not exist, the earlier
 * one, so a deadline is never shown later than it may be.
 */
export function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return isoDate(new Date(Date.UTC(year + years, month - 1, Math.min(day, lastOfMonth))));
}

/** Whole days from one calendar date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** True for a real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && isoDate(parsed) === value;
}

/** Today's date, YYYY-MM-DD, where the firm is (deadlines are counted in its days, not the server's). */
export function todayIn(timeZone: string, now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : isoDate(now);
}

/**
 * A time zone as readers name it: "Eastern Time" in English, "hora de Nueva
 * York" in Spanish (the form Spanish speakers use), so office hours are never
 * read in the reader's own zone by mistake.
 */
export function timeZoneInWords(timeZone: string, locale: string): string {
  const style = locale === 'es' ? 'shortGeneric' : 'longGeneric';
  const part = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { timeZone, timeZoneName: style })
    .formatToParts(new Date(0))
    .find((candidate) => candidate.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * A date a person typed, as YYYY-MM-DD: the picker's value (2026-12-01), or
 * the way the reader writes dates, day first in Spanish (1/12/2026) and
 * month first in English (12/1/2026), with "/", "-" or "." between. Anything
 * else, or a day that does not exist, is returned as typed for the form's
 * check to refuse with a message in the reader's form.
 */
export function typedDate(value: string, locale: string): string {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const parts = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!parts) return value;
  const [, first = '', second = '', year = ''] = parts;
  const [day, month] = locale === 'es' ? [first, second] : [second, first];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : value;
}

/**
 * A time a person typed, as HH:MM on a 24-hour clock: the time field's value
 * (09:30, or 09:30:00), or what a browser without one lets a person type:
 * "9:30", "9.30", "9:30 AM", "9:30 p. m.", "9 am". Anything else is returned
 * as typed for the form's check to refuse.
 */
export function typedTime(value: string): string {
  const text = value.trim();
  const parts = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(text);
  if (!parts) return value;
  const [, hourText = '', minutes = '00', half] = parts;
  let hour = Number(hourText);
  if (half) {
    if (hour < 1 || hour > 12) return value;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  } else if (parts[2] === undefined) {
    // A bare number ("9") is an hour only with AM or PM; alone it may be anything.
    return value;
  }
  return hour < 24 && Number(minutes) < 60 ? `${String(hour).padStart(2, '0')}:${minutes}` : value;
}

/**
 * A 24-hour time ("18:00") as readers here write it: "6:00 PM", or "6:00 p. m."
 * in Spanish. Written out rather than left to Intl, whose spacing differs
 * between Node.js and browsers; a no-break space keeps the time in one piece.
 */
export function clockTime(time: string, locale: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const afternoon = hours >= 12;
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = locale === 'es' ? (afternoon ? 'p.\u00a0m.' : 'a.\u00a0m.') : afternoon ? 'PM' : 'AM';
  return `${hour}:${String(minutes).padStart(2, '0')}\u00a0${suffix}`;
}
