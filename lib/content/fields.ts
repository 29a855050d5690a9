import { z } from '@/lib/zod';
import { isCalendarDate, isoDate } from '@/lib/dates';

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

/** A calendar date written `YYYY-MM-DD`, kept as that string. */
export const calendarDate = z
  .string({ error: required('a date written YYYY-MM-DD') })
  .regex(DATE_PATTERN, { abort: true, error: (issue) => `expected YYYY-MM-DD, got ${shown(issue.input)}` })
  .refine(isCalendarDate, {
    error: (issue) => `expected a real calendar date as YYYY-MM-DD, got ${shown(issue.input)}`,
  });

export const slug = z.string({ error: required('a slug such as "post-conviction-relief"') }).regex(SLUG_PATTERN, {
  error: (issue) =>
    `expected lowercase words joined by hyphens (like "post-conviction-relief"), got ${shown(issue.input)}`,
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

/** US states and territories by postal code, for an article about one state's law. */
export const STATES = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'the District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  PR: 'Puerto Rico',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
} as const;
export type StateCode = keyof typeof STATES;

/** The same places as Spanish readers name them ("Nueva York"), for the Spanish edition. */
const STATES_IN_SPANISH: Record<StateCode, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'el Distrito de Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawái',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Luisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Míchigan',
  MN: 'Minnesota',
  MS: 'Misisipi',
  MO: 'Misuri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  NY: 'Nueva York',
  NC: 'Carolina del Norte',
  ND: 'Dakota del Norte',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregón',
  PA: 'Pensilvania',
  PR: 'Puerto Rico',
  RI: 'Rhode Island',
  SC: 'Carolina del Sur',
  SD: 'Dakota del Sur',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'Virginia Occidental',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** A state's name in the reader's language; `bare` drops the article ("the District of Columbia" → "District of Columbia"). */
export function stateName(code: StateCode, locale: string, { bare = false } = {}): string {
  const name = locale === 'es' ? STATES_IN_SPANISH[code] : STATES[code];
  return bare ? name.replace(/^(the|el) /, '') : name;
}

/** Every state by code, named in the reader's language, in that language's alphabetical order (for a list to choose from). */
export function statesIn(locale: string): [StateCode, string][] {
  return (Object.keys(STATES) as StateCode[])
    .map((code): [StateCode, string] => [code, stateName(code, locale, { bare: true })])
    .sort((a, b) => a[1].localeCompare(b[1], locale));
}

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
