import { daysBetween } from '@/lib/dates';

/**
 * What makes a case urgent, in one place. The relief check (its "call now"
 * and urgent topics), the consultation form (whether the confirmation puts
 * the call first) and the email to the firm ([URGENT] and the reasons in
 * words) all name their reasons from this list and count days the same way.
 */

/** A hearing this close (in days, today included) is urgent. */
export const HEARING_SOON_DAYS = 30;

export type UrgentReason =
  /** `certain: false` when the person answered that they do not know. */
  | { kind: 'detained'; certain: boolean }
  /** In removal proceedings, even when no hearing date was given: one may be close. */
  | { kind: 'removal-proceedings' }
  | { kind: 'hearing'; date: string; daysAway: number }
  /** An appeal deadline may still be running; `lastDay` when the check could count it. */
  | { kind: 'appeal-deadline'; court: 'federal' | 'state'; lastDay?: string }
  /** A plea with no sentence yet: withdrawing it is easiest before sentencing. `certain: false` when the outcome is not known. */
  | { kind: 'plea-not-sentenced'; certain: boolean }
  /** Charged, with no plea yet: the moment advice on the immigration consequences helps most. `certain: false` when the outcome is not known. */
  | { kind: 'charged-no-plea'; certain: boolean; courtDate?: string }
  /** In prison or jail with an ICE hold (detainer): ICE means to take the person at release. */
  | { kind: 'ice-hold' }
  /** A removal order already made, the person still in the United States: removal can come at any time. */
  | { kind: 'removal-order' };

export type UrgentKind = UrgentReason['kind'];

/** The hearing as an urgent reason when it is today or within HEARING_SOON_DAYS; a past hearing is not. */
export function hearingReason(hearingDate: string | undefined, today: string): UrgentReason | undefined {
  if (!hearingDate) return undefined;
  const daysAway = daysBetween(today, hearingDate);
  return daysAway >= 0 && daysAway <= HEARING_SOON_DAYS ? { kind: 'hearing', date: hearingDate, daysAway } : undefined;
}

/** A plea this close (in days, today included) makes a defense lawyer's Padilla request urgent. */
export const PLEA_SOON_DAYS = 7;

/** A defense lawyer's plea date, as the Padilla request's urgency. */
export type PleaSoonReason = { kind: 'plea-soon'; date: string; daysAway: number };

/** The plea as an urgent reason when it is today or within PLEA_SOON_DAYS; a past one is not. */
export function pleaSoonReason(pleaDate: string | undefined, today: string): PleaSoonReason | undefined {
  if (!pleaDate) return undefined;
  const daysAway = daysBetween(today, pleaDate);
  return daysAway >= 0 && daysAway <= PLEA_SOON_DAYS ? { kind: 'plea-soon', date: pleaDate, daysAway } : undefined;
}

/**
 * A plea this close (in days: today or tomorrow) leaves no time for an answer
 * by email: the confirmation asks the defense lawyer to call now.
 */
export const PLEA_CALL_NOW_DAYS = 1;

export function pleaCallsNow(reason: PleaSoonReason | undefined): boolean {
  return reason !== undefined && reason.daysAway <= PLEA_CALL_NOW_DAYS;
}

/** Reasons from several sources (the form and the check's answers), each kind once, the surest kept. */
export function mergeReasons(...lists: readonly (readonly UrgentReason[])[]): UrgentReason[] {
  const byKind = new Map<string, UrgentReason>();
  for (const reason of lists.flat()) {
    const key = reason.kind === 'appeal-deadline' ? `${reason.kind}:${reason.court}` : reason.kind;
    const kept = byKind.get(key);
    if (!kept || (isUncertain(kept) && !isUncertain(reason))) byKind.set(key, reason);
  }
  return [...byKind.values()];
}

function isUncertain(reason: UrgentReason): boolean {
  return 'certain' in reason && !reason.certain;
}

/** How long until `day`, counted from `today`, as staff read it: "6 days", "1 day", "today", "passed". */
export function timeLeft(today: string, day: string): string {
  const days = daysBetween(today, day);
  return days === 0 ? 'today' : days === 1 ? '1 day' : days < 0 ? 'passed' : `${days} days`;
}

/**
 * What the words of a reason need: whom it is about, the day it is read,
 * and what else the request says (the judgment date, and the next hearing
 * date from the form or the relief check's answers).
 */
export type ReasonContext = { who: string; today: string; judgment?: string; hearingDate?: string };

/** One reason in the English the firm's staff read, saying what runs and from which day. */
export function reasonInEnglish(reason: UrgentReason, { who, today, judgment, hearingDate }: ReasonContext): string {
  switch (reason.kind) {
    case 'detained':
      return reason.certain ? `Detained: ${who}` : `Maybe detained (they are not sure): ${who}`;
    case 'removal-proceedings': {
      if (!hearingDate) return 'In removal (deportation) proceedings; next hearing date not given';
      const left = timeLeft(today, hearingDate);
      const when = left === 'today' ? 'today' : left === 'passed' ? 'a date already passed' : `in ${left}`;
      return `In removal (deportation) proceedings; next hearing ${hearingDate} (${when}), as they gave it`;
    }
    case 'hearing': {
      const when = reason.daysAway === 0 ? 'today' : reason.daysAway === 1 ? 'tomorrow' : `in ${reason.daysAway} days`;
      return `Hearing on ${reason.date}, ${when}`;
    }
    case 'appeal-deadline': {
      const court = reason.court === 'federal' ? 'Federal appeal' : 'State appeal';
      if (!reason.lastDay) return `${court} deadline may be running (judgment date not given)`;
      const left = timeLeft(today, reason.lastDay);
      const from = judgment ? `judgment ${judgment}, ` : '';
      const day =
        reason.court === 'federal'
          ? 'estimated last day (day 14, moved past weekends and federal holidays)'
          : 'estimated last day';
      return `${court}: ${from}${day} is ${reason.lastDay}, ${left === 'today' || left === 'passed' ? left : `${left} left`}`;
    }
    case 'plea-not-sentenced':
      return reason.certain
        ? 'Pleaded, not yet sentenced: a plea is easiest to withdraw before sentencing'
        : 'Maybe pleaded and not yet sentenced (they do not know how the case ended)';
    case 'charged-no-plea': {
      const charged = reason.certain
        ? 'Charged, no plea yet: immigration advice before the plea'
        : 'Maybe charged with no plea yet (they do not know how the case ended)';
      if (!reason.courtDate) return charged;
      const left = timeLeft(today, reason.courtDate);
      const when = left === 'today' || left === 'passed' ? left : `in ${left}`;
      return `${charged}; next court date ${reason.courtDate} (${when})`;
    }
    case 'ice-hold':
      return `In jail or prison with an ICE hold (detainer): ICE may take them at release: ${who}`;
    case 'removal-order':
      return `Removal order already made, still in the US: ${who}`;
  }
}
