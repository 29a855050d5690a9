import { daysBetween } from '@/lib/dates';
import { hearingReason, type UrgentReason } from '@/lib/urgency';
import type { Answers } from './answers';

/**
 * What the rules need to know about time, counted in calendar days where
 * the firm is. A judgment date gives exact days; a range the person chose
 * gives its bounds (they overlap at the edges, so a doubt widens what is
 * shown); "I don't know" is any number of days.
 */
export type Facts = {
  today: string;
  judgment: { minDays: number; maxDays: number; date?: string };
  /** A judgment date still to come: the sentencing has not happened, so no deadline runs from it yet. */
  sentencing?: string;
  hearing?: Extract<UrgentReason, { kind: 'hearing' }>;
};

const RANGES = {
  'under-14-days': [0, 14],
  '14-days-to-2-months': [14, 62],
  '2-to-12-months': [59, 366],
  'over-1-year': [365, Infinity],
  'not-sure': [0, Infinity],
} as const;

export function factsFor(answers: Answers, today: string): Facts {
  const hearing = hearingReason(answers.hearingDate, today);
  const withHearing = hearing?.kind === 'hearing' ? { hearing } : {};
  if (answers.judgmentDate && answers.judgmentDate > today) {
    return { today, judgment: { minDays: 0, maxDays: 0 }, sentencing: answers.judgmentDate, ...withHearing };
  }
  if (answers.judgmentDate) {
    const days = daysBetween(answers.judgmentDate, today);
    return { today, judgment: { minDays: days, maxDays: days, date: answers.judgmentDate }, ...withHearing };
  }
  const [minDays, maxDays] = RANGES[answers.judgmentAge ?? 'not-sure'];
  return { today, judgment: { minDays, maxDays }, ...withHearing };
}

/** The judgment may be no more than `days` old. */
export function mayBeWithin(facts: Facts, days: number): boolean {
  return facts.judgment.minDays <= days;
}

/** The judgment is certainly no more than `days` old. */
export function surelyWithin(facts: Facts, days: number): boolean {
  return facts.judgment.maxDays <= days;
}

/**
 * Whether a past judgment date agrees with the "how long ago" the person
 * chose beside it. A year typed wrong beside "less than 14 days" would
 * otherwise silently decide every deadline, so the check asks again.
 */
export function dateFitsAge(date: string, age: Answers['judgmentAge'], today: string): boolean {
  if (age === undefined || date > today) return true;
  const [minDays, maxDays] = RANGES[age];
  const days = daysBetween(date, today);
  return days >= minDays && days <= maxDays;
}
