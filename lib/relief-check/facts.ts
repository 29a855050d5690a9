import type { Answers } from './answers';
import type { Facts } from './rules';

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function addYears(date: string, years: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCFullYear(moment.getUTCFullYear() + years);
  return moment.toISOString().slice(0, 10);
}

/**
 * What the rules need to know about time, on `today` (YYYY-MM-DD).
 *
 * From a judgment date: within 14 days of it (the 14th day included), the
 * federal appeal deadline may still be running (Fed. R. App. P.
 * 4(b)(1)(A)). A judgment not appealed becomes final when those 14 days
 * end, and the § 2255 year runs from then (28 U.S.C. § 2255(f)(1)): so it
 * is "under a year" until a year after that day. A range the person chose
 * is taken as it is.
 */
export function factsFor(answers: Answers, today: string): Facts {
  let judgmentAge: Facts['judgmentAge'] = answers.judgmentAge ?? 'not-sure';
  if (answers.judgmentDate && answers.judgmentDate <= today) {
    const days = daysBetween(answers.judgmentDate, today);
    const final = new Date(Date.parse(`${answers.judgmentDate}T00:00:00Z`) + 14 * DAY_MS).toISOString().slice(0, 10);
    judgmentAge = days <= 14 ? 'under-14-days' : today <= addYears(final, 1) ? 'under-1-year' : 'over-1-year';
  }
  const untilHearing = answers.hearingDate ? daysBetween(today, answers.hearingDate) : undefined;
  return { judgmentAge, hearingSoon: untilHearing !== undefined && untilHearing >= 0 && untilHearing <= 30 };
}
