import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIn } from '@/lib/dates';
import { loadSite } from '@/lib/content/load';
import { messagesFor } from '@/lib/i18n/messages';
import { parseCases, runCase, type CaseResult } from '@/lib/relief-check/cases';
import type { Locale } from '@/lib/routes';

/**
 * Every case of the table, run again on days chosen to break date code, and
 * every date the check prints checked against the rules of the law counted
 * here by hand: Fed. R. App. P. 4(b)(1)(A) (14 days) and 26(a)(1)(C) (a last
 * day on a weekend or federal holiday moves to the next day that is
 * neither), N.Y. CPL § 460.10(1)(a) and Tex. R. App. P. 26.2(a)(1) (30 days),
 * Cal. Rules of Court, rules 8.308(a) and 8.853(a) (60 days for a felony, 30
 * for a misdemeanor), and the § 2255 year from the day the judgment became
 * final. This file's own calendar arithmetic is deliberately not the site's
 * (lib/dates.ts, lib/relief-check/court-days.ts): the holidays are a table
 * written out by hand, so a day lost there shows up here.
 */

const TABLE = parseCases(fs.readFileSync(path.join(__dirname, '../fixtures/relief-check-cases.yaml'), 'utf8'));
const FIRM_TIME_ZONE = loadSite(path.join(__dirname, '../fixtures/sites/valid')).en.firm.timeZone;

const DAYS_THAT_BREAK_DATE_CODE = [
  ['2026-12-31', 'the last day of a year'],
  ['2027-01-01', 'the first day of a year'],
  ['2028-02-28', '28 February of a leap year'],
  ['2028-02-29', '29 February'],
  ['2028-03-01', 'the day after 29 February'],
  ['2027-03-14', 'the day US clocks go forward'],
  ['2027-11-07', 'the day US clocks go back'],
  ['2026-12-04', 'a Friday'],
  ['2026-12-05', 'a Saturday'],
] as const;

/** Moments at which the firm's day is not the server's UTC day, or is a daylight-saving change day. */
const MOMENTS_IN_THE_FIRMS_TIME_ZONE = [
  ['2026-12-31T23:30:00-05:00', '2026-12-31'], // 04:30 UTC on 1 January
  ['2027-01-01T00:30:00-05:00', '2027-01-01'],
  ['2027-03-14T00:30:00-05:00', '2027-03-14'], // before the clocks go forward at 02:00
  ['2027-03-14T23:30:00-04:00', '2027-03-14'], // 03:30 UTC on 15 March
  ['2027-11-07T00:30:00-04:00', '2027-11-07'], // before the clocks go back at 02:00
  ['2027-11-07T23:30:00-05:00', '2027-11-07'], // 04:30 UTC on 8 November
  ['2028-02-29T23:30:00-05:00', '2028-02-29'],
] as const;

// The calendar, counted without lib/dates.ts.
function parts(day: string): [number, number, number] {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return [year, month, date];
}
function shift(day: string, days: number): string {
  const [year, month, date] = parts(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}
function isWeekend(day: string): boolean {
  const [year, month, date] = parts(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}
/** The federal legal holidays (5 U.S.C. § 6103(a)) on their statutory days, by year, as a calendar shows them. */
const FEDERAL_HOLIDAYS: Record<number, readonly string[]> = {
  2024: ['01-01', '01-15', '02-19', '05-27', '06-19', '07-04', '09-02', '10-14', '11-11', '11-28', '12-25'],
  2025: ['01-01', '01-20', '02-17', '05-26', '06-19', '07-04', '09-01', '10-13', '11-11', '11-27', '12-25'],
  2026: ['01-01', '01-19', '02-16', '05-25', '06-19', '07-04', '09-07', '10-12', '11-11', '11-26', '12-25'],
  2027: ['01-01', '01-18', '02-15', '05-31', '06-19', '07-04', '09-06', '10-11', '11-11', '11-25', '12-25'],
  2028: ['01-01', '01-17', '02-21', '05-29', '06-19', '07-04', '09-04', '10-09', '11-11', '11-23', '12-25'],
};
function isFederalHoliday(day: string): boolean {
  const [year] = parts(day);
  const holidays = FEDERAL_HOLIDAYS[year];
  if (!holidays) throw new Error(`the hand-written holidays stop before ${day}: add its year`);
  return holidays.includes(day.slice(5));
}
function filingDayOnOrAfter(day: string): string {
  let candidate = day;
  while (isWeekend(candidate) || isFederalHoliday(candidate)) candidate = shift(candidate, 1);
  return candidate;
}
function oneYearLater(day: string): string {
  const [year, month, date] = parts(day);
  // 29 February has no match in the next year: the earlier reading, 28 February.
  const sameDay = month === 2 && date === 29 ? 28 : date;
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(sameDay).padStart(2, '0')}`;
}
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
function inWords(day: string, locale: Locale): string {
  const [year, month, date] = parts(day);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'es', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date, 12)));
}

/** The state deadlines the check counts, in days: the shortest that may apply, then the longest. */
function stateWindows(answers: CaseResult['answers']): [number, number] | undefined {
  if (answers.state === 'NY' || answers.state === 'TX') return [30, 30];
  if (answers.state !== 'CA') return undefined;
  return answers.caseLevel === 'felony' ? [60, 60] : answers.caseLevel === 'misdemeanor' ? [30, 30] : [30, 60];
}

/** What is wrong with the dates the check printed for a case, one line each; empty when every date is right. */
function deadlineProblems(result: CaseResult): string[] {
  const { answers, today } = result;
  const problems: string[] = [];
  const shown = (id: string) => result.topics.find((topic) => topic.id === id);
  const expectDates = (id: string, actual: Record<string, string> | undefined, expected: Record<string, string>) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`${id}: printed ${JSON.stringify(actual)}, the law gives ${JSON.stringify(expected)}`);
    }
  };
  const judgment = answers.judgmentDate;
  const sentenced = answers.outcome === 'plea' || answers.outcome === 'trial' || answers.outcome === 'not-sure';

  if (judgment && judgment > today) {
    // A sentencing still to come: nothing is counted from it.
    for (const id of ['federal-appeal', 'state-appeal', 'section-2255']) {
      if (shown(id)) problems.push(`${id}: counted from a judgment still to come, ${judgment}`);
    }
    return problems;
  }

  if (judgment && sentenced && (answers.court === 'federal' || answers.court === 'not-sure')) {
    const dayFourteen = shift(judgment, 14);
    const lastDay = filingDayOnOrAfter(dayFourteen);
    const appeal = shown('federal-appeal');
    const stillOpen = today <= shift(lastDay, 30);
    if (Boolean(appeal) !== stillOpen) problems.push(`federal-appeal: shown ${Boolean(appeal)} on ${today}`);
    if (appeal) {
      expectDates('federal-appeal', appeal.dates, { judgment, dayFourteen, lastDay });
      const note = today > lastDay ? 'passed' : lastDay === dayFourteen ? 'running' : 'running-moved';
      if (!appeal.notes.includes(note)) problems.push(`federal-appeal: should say ${note} on ${today}`);
    }
    const yearEnds = oneYearLater(lastDay);
    const motion = shown('section-2255');
    if (motion?.notes.includes('year-running')) {
      expectDates('section-2255', motion.dates, { yearEnds });
      if (today > yearEnds) problems.push(`section-2255: the year ended on ${yearEnds}, still running on ${today}`);
    } else if (motion && today <= yearEnds) {
      problems.push(`section-2255: the year runs to ${yearEnds}, said to have passed on ${today}`);
    }
  }

  const windows = stateWindows(answers);
  const deferred = answers.state === 'TX' && answers.outcome === 'diversion';
  if (judgment && (sentenced || deferred) && windows && (answers.court === 'state' || answers.court === 'not-sure')) {
    const [shortest, longest] = windows;
    const appeal = shown('state-appeal');
    const stillOpen = daysFrom(judgment, today) <= longest;
    if (Boolean(appeal) !== stillOpen) problems.push(`state-appeal: shown ${Boolean(appeal)} on ${today}`);
    const lastDay = shift(judgment, daysFrom(judgment, today) <= shortest ? shortest : longest);
    const both: Record<string, string> =
      shortest === longest ? {} : { shortest: shift(judgment, shortest), longest: shift(judgment, longest) };
    if (appeal) expectDates('state-appeal', appeal.dates, { judgment, lastDay, ...both });
  }

  if (answers.hearingDate) {
    const away = daysFrom(today, answers.hearingDate);
    const hearing = shown('call-now')?.notes.includes('hearing') ?? false;
    if (hearing !== (away >= 0 && away <= 30)) problems.push(`call-now: hearing ${away} days away, shown ${hearing}`);
  }

  // Every date a shown note names, in both languages, as a reader sees it.
  result.topics.forEach((topic, index) => {
    for (const locale of ['en', 'es'] as const) {
      const words: { title: string; notes?: Record<string, string> } = messagesFor(locale).reliefCheck.topics[topic.id];
      const notes = words.notes ?? {};
      const named = topic.notes.flatMap((note) =>
        [...(notes[note] ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
      );
      const text = result.words[locale][index]?.paragraphs.join('\n') ?? '';
      for (const [name, day] of Object.entries(topic.dates ?? {})) {
        if (named.includes(name) && !text.includes(inWords(day, locale))) {
          problems.push(`${topic.id} (${locale}): does not say ${inWords(day, locale)}`);
        }
      }
    }
  });
  return problems;
}

describe('the relief check on days chosen to break date code', () => {
  describe.each(DAYS_THAT_BREAK_DATE_CODE)('on %s (%s)', (day) => {
    it.each(TABLE.cases.map((reliefCase) => [reliefCase.name, reliefCase] as const))('%s', (_name, reliefCase) => {
      const result = runCase({ ...reliefCase, today: day }, day);
      // A case that sets its own today has words for that day only; its dates are still checked.
      if (!reliefCase.today) expect(result.failures).toEqual([]);
      expect(deadlineProblems(result)).toEqual([]);
    });
  });

  it('counts from the day where the firm is, not the server’s UTC day', () => {
    for (const [moment, firmDay] of MOMENTS_IN_THE_FIRMS_TIME_ZONE) {
      expect(todayIn(FIRM_TIME_ZONE, new Date(moment)), moment).toBe(firmDay);
      for (const reliefCase of TABLE.cases.filter((candidate) => !candidate.today)) {
        const result = runCase(reliefCase, todayIn(FIRM_TIME_ZONE, new Date(moment)));
        expect([...result.failures, ...deadlineProblems(result)], `${reliefCase.name} at ${moment}`).toEqual([]);
      }
    }
  });

  it('notices a deadline moved by one day', () => {
    const reliefCase = TABLE.cases.find((candidate) => candidate.name === 'New York plea, sentence ten days ago');
    if (!reliefCase) throw new Error('the table lost its New York case');
    const result = runCase(reliefCase, '2028-02-29');
    expect(deadlineProblems(result)).toEqual([]);
    const moved = {
      ...result,
      topics: result.topics.map((topic) =>
        topic.id === 'state-appeal' && topic.dates?.lastDay
          ? { ...topic, dates: { ...topic.dates, lastDay: shift(topic.dates.lastDay, 1) } }
          : topic,
      ),
    };
    expect(deadlineProblems(moved)).toContainEqual(
      expect.stringMatching(/^state-appeal: printed .*"lastDay":"2028-03-21"/),
    );
  });
});
