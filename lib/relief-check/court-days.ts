import { addDays, isoDate } from '@/lib/dates';

/**
 * The days a federal appeal deadline cannot end on. Fed. R. App. P.
 * 26(a)(1)(C) moves a last day that is a Saturday, Sunday or legal holiday
 * to the next day that is none of them, and Rule 26(a)(6)(A) names the
 * holidays of 5 U.S.C. § 6103(a) on "the day set aside by statute for
 * observing" them.
 *
 * Only those statutory days are counted. A Friday or Monday observed in
 * place of a holiday that falls on a weekend, a day the President closes
 * the courts, and a holiday of the state where the court sits (Rule
 * 26(a)(6)(B)–(C)) can move the last day later still; the check leaves them
 * out, so the day it shows is never later than the real one may be.
 */

type Holiday = { name: string; since: number } & (
  { month: number; day: number } | { month: number; weekday: number; nth: number | 'last' }
);

const MONDAY = 1;
const THURSDAY = 4;

/**
 * 5 U.S.C. § 6103(a); `since` is the first year the day was a legal public
 * holiday on that rule. The older rules (Memorial Day on May 30, say) are
 * left out: no appeal deadline from before 1971 is still running.
 */
const HOLIDAYS: readonly Holiday[] = [
  { name: 'New Year’s Day', since: 1870, month: 1, day: 1 },
  { name: 'Martin Luther King Jr. Day', since: 1986, month: 1, weekday: MONDAY, nth: 3 },
  { name: 'Washington’s Birthday', since: 1971, month: 2, weekday: MONDAY, nth: 3 },
  { name: 'Memorial Day', since: 1971, month: 5, weekday: MONDAY, nth: 'last' },
  { name: 'Juneteenth', since: 2021, month: 6, day: 19 },
  { name: 'Independence Day', since: 1870, month: 7, day: 4 },
  { name: 'Labor Day', since: 1894, month: 9, weekday: MONDAY, nth: 1 },
  { name: 'Columbus Day', since: 1971, month: 10, weekday: MONDAY, nth: 2 },
  { name: 'Veterans Day', since: 1978, month: 11, day: 11 },
  { name: 'Thanksgiving Day', since: 1942, month: 11, weekday: THURSDAY, nth: 4 },
  { name: 'Christmas Day', since: 1870, month: 12, day: 25 },
];

function dateOf(holiday: Holiday, year: number): string {
  if ('day' in holiday) return isoDate(new Date(Date.UTC(year, holiday.month - 1, holiday.day)));
  if (holiday.nth === 'last') {
    const lastOfMonth = new Date(Date.UTC(year, holiday.month, 0));
    const back = (lastOfMonth.getUTCDay() - holiday.weekday + 7) % 7;
    return addDays(isoDate(lastOfMonth), -back);
  }
  const first = new Date(Date.UTC(year, holiday.month - 1, 1));
  const ahead = (holiday.weekday - first.getUTCDay() + 7) % 7;
  return addDays(isoDate(first), ahead + (holiday.nth - 1) * 7);
}

/** The federal legal holidays of a year, by date, with their names. */
export function federalHolidays(year: number): Map<string, string> {
  return new Map(
    HOLIDAYS.filter((holiday) => year >= holiday.since).map((holiday) => [dateOf(holiday, year), holiday.name]),
  );
}

/** The holiday's name when the day is a federal legal holiday. */
export function federalHoliday(date: string): string | undefined {
  return federalHolidays(Number(date.slice(0, 4))).get(date);
}

/** The day itself, or the next day that is not a Saturday, Sunday or federal legal holiday (Fed. R. App. P. 26(a)(1)(C)). */
export function nextFederalFilingDay(date: string): string {
  let day = date;
  for (;;) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && federalHoliday(day) === undefined) return day;
    day = addDays(day, 1);
  }
}
