import { z } from '@/lib/zod';
import { isCalendarDate, isoDate, typedDate } from '@/lib/dates';
import { STATES, type StateCode } from './states';

/**
 * Field types shared by every content schema. Each error message says what
 * was found and what to write instead, because the reader is a staff member
 * fixing a pull request, not a developer.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return JSON.stringify(isoDate(value));
  return JSON.stringify(value);
}

function required(what: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined ? `is missing; add ${what}` : `expected ${what}, got ${shown(issue.input)}`;
}

export function text(min: number, max: number, what = 'a line of text') {
  return z
    .string({ error: required(what) })
    .trim()
    .min(min, {
      error: (issue) => `is ${String(issue.input).length} characters; write at least ${min} (at most ${max})`,
    })
    .max(max, {
      error: (issue) => `is ${String(issue.input).length} characters; shorten it to ${max} or fewer`,
    });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The YYYY-MM-DD a date written another way means: "Dec 7, 2026",
 * "7 December 2026", "12/7/2026" (month first, as in the US), "2026/12/7".
 * Undefined when it cannot be read as one day.
 */
export function dateToWrite(written: unknown): string | undefined {
  if (typeof written !== 'string') return undefined;
  const text = written
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ');
  const iso = (year: string, month: number, day: string) => {
    const candidate = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isCalendarDate(candidate) ? candidate : undefined;
  };
  const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (yearFirst) return iso(yearFirst[1] ?? '', Number(yearFirst[2]), yearFirst[3] ?? '');
  const monthFirst = /^([A-Za-z]{3,})\.? (\d{1,2}) (\d{4})$/.exec(text);
  if (monthFirst && monthOf(monthFirst[1] ?? '') > 0) {
    return iso(monthFirst[3] ?? '', monthOf(monthFirst[1] ?? ''), monthFirst[2] ?? '');
  }
  const dayFirst = /^(\d{1,2}) ([A-Za-z]{3,})\.? (\d{4})$/.exec(text);
  if (dayFirst && monthOf(dayFirst[2] ?? '') > 0) {
    return iso(dayFirst[3] ?? '', monthOf(dayFirst[2] ?? ''), dayFirst[1] ?? '');
  }
  const typed = typedDate(text, 'en');
  return DATE_PATTERN.test(typed) && isCalendarDate(typed) ? typed : undefined;
}

function writeInstead(written: unknown): string {
  const meant = dateToWrite(written);
  if (!meant) return 'write the year, month and day, such as 2026-03-05';
  // 07/12/2026 is July 12 to a US reader and 7 December to most others: name both when both are days.
  const dayFirst = typeof written === 'string' ? typedDate(written.trim(), 'es') : '';
  if (DATE_PATTERN.test(dayFirst) && dayFirst !== meant) {
    return `write ${meant} if the month comes first (as in the US), or ${dayFirst} if the day does`;
  }
  return `write ${meant}`;
}

/** A calendar date written `YYYY-MM-DD`, kept as that string. */
export const calendarDate = z
  .string({ error: required('a date written YYYY-MM-DD') })
  .regex(DATE_PATTERN, {
    abort: true,
    error: (issue) => `expected a date as YYYY-MM-DD, got ${shown(issue.input)}; ${writeInstead(issue.input)}`,
  })
  .refine(isCalendarDate, {
    error: (issue) =>
      `${shown(issue.input)} is not a day of the calendar; check the month and the day, and write it as YYYY-MM-DD`,
  });

export const slug = z.string({ error: required('a slug such as "post-conviction-relief"') }).regex(SLUG_PATTERN, {
  error: (issue) =>
    `expected lowercase words joined by hyphens (like "post-conviction-relief"), got ${shown(issue.input)}`,
});

/** What the editor writes when an attorney records a review (lib/content/review.ts); never typed by hand. */
export const reviewedText = z.string().regex(/^[0-9a-f]{12}$/, {
  error: (issue) =>
    `expected the fingerprint the editor writes when an attorney records a review, got ${shown(issue.input)}; delete this line and record the review again in the editor`,
});

export function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing; add a list of ${what}, one per line starting with "- "`
        : `expected a list of ${what}, one per line starting with "- ", got ${shown(issue.input)}`,
  });
}

export const flag = z.boolean({
  error: (issue) => `expected true or false, got ${shown(issue.input)}`,
});

/** A state's two-letter postal code, such as "NY". */
export const stateCode = z.enum(Object.keys(STATES) as [StateCode, ...StateCode[]], {
  error: (issue) => `expected a state's two-letter code such as "NY" or "CA", got ${shown(issue.input)}`,
});

/** `federal`, `general` (no one court system), or a state's postal code such as `CA`. */
export const jurisdiction = z.union(
  [z.enum(['federal', 'general']), z.enum(Object.keys(STATES) as [StateCode, ...StateCode[]])],
  {
    error: (issue) =>
      `expected "federal", "general" or a state's two-letter code such as "CA" or "NY", got ${shown(issue.input)}`,
  },
);
export type Jurisdiction = z.infer<typeof jurisdiction>;
