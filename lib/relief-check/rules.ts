import { addDays, addYears, daysBetween } from '@/lib/dates';
import type { UrgentReason } from '@/lib/urgency';
import { NOT_SURE, type Answers, type Charge } from './answers';
import { nextFederalFilingDay } from './court-days';
import { mayBeWithin, surelyWithin, type Facts } from './facts';

/**
 * What the relief check shows for a set of answers: topics to raise with a
 * lawyer, most urgent first, each with the notes that fit the answers (a
 * deadline counted from the date given, the state's own rule, …) and the
 * page that explains it. One rule per topic, each citing its sources; the
 * words are in lib/i18n/messages (reliefCheck.topics), and the cases a
 * lawyer reviews are in tests/fixtures/relief-check-cases.yaml
 * (`npm run relief-check:cases` prints them; CONTRIBUTING.md, "The relief
 * check").
 *
 * Two promises every rule keeps. The check never says a person qualifies
 * or predicts a result: its words say "may". And an "I don't know" widens
 * what is shown, never narrows it: every topic a definite answer would
 * show, "I don't know" shows too (the exceptions, each with its reason, are
 * in WIDENING_EXCEPTIONS). Answers missing altogether (a person may leave
 * one out of what is sent) show only what the other answers call for.
 */

export type Urgency = 'call-now' | 'urgent' | 'deadline' | 'ask';
export const URGENCY_ORDER: readonly Urgency[] = ['call-now', 'urgent', 'deadline', 'ask'];

export type TopicId =
  | 'call-now'
  | 'federal-appeal'
  | 'state-appeal'
  | 'withdraw-plea'
  | 'before-sentencing'
  | 'before-the-plea'
  | 'section-2255'
  | 'federal-habeas'
  | 'coram-nobis'
  | 'compassionate-release'
  | 'state-motion'
  | 'california'
  | 'new-york'
  | 'padilla'
  | 'diversion'
  | 'no-conviction'
  | 'juvenile'
  | 'after-removal-order'
  | 'status-crime-bars'
  | 'daca'
  | 'sentence'
  | 'the-charge'
  | 'pardon'
  | 'staying'
  | 'travel-and-citizenship'
  | 'find-the-papers';

/** Dates (YYYY-MM-DD) and numbers the notes of a topic fill in. */
export type TopicValues = { dates?: Record<string, string>; numbers?: Record<string, number> };

/** What a rule shows when it applies: the notes (keys under reliefCheck.topics.<id>.notes) after the topic's text. */
export type Shown = TopicValues & {
  notes: string[];
  /** Why this makes the case urgent (lib/urgency.ts), for the email and the confirmation page. */
  reasons?: UrgentReason[];
};

export type ShownTopic = Shown & { id: TopicId; urgency: Urgency };

export type Rule = {
  id: TopicId;
  urgency: Urgency;
  /** What explains the topic: an English article (its Spanish translation is linked where there is one), or a firm page. */
  explainedIn: { article: string } | { page: 'detained' };
  /** Where the law comes from: statutes, rules and decisions, as cited in the articles. */
  source: readonly string[];
  /** What the topic shows for these answers; undefined when it does not apply. */
  show: (answers: Answers, facts: Facts) => Shown | undefined;
  /**
   * For a topic whose notes are each decided on their own (`inParts`): one
   * function a note. `show` is made from them, so the walk over every
   * answer a rule reads (rule-inputs.ts) walks each part over its own few
   * answers instead of the product of all of them.
   */
  parts?: readonly RulePart[];
};

/** One note of a topic made in parts: its note when it applies, else undefined. */
export type RulePart = (answers: Answers, facts: Facts) => Shown | undefined;

type Outcome = NonNullable<Answers['outcome']>;
const outcomeIn =
  (...outcomes: Outcome[]) =>
  (answers: Answers) =>
    answers.outcome !== undefined && outcomes.includes(answers.outcome);

const federalMaybe = (answers: Answers) => answers.court === 'federal' || answers.court === NOT_SURE;
const stateMaybe = (answers: Answers) => answers.court === 'state' || answers.court === NOT_SURE;
/** A judgment with a sentence may exist: not when the person gave a judgment date still to come. */
const sentenceMayExist = (answers: Answers, facts: Facts) =>
  facts.sentencing === undefined && outcomeIn('plea', 'trial', NOT_SURE)(answers);
/** Something that counts as a conviction for immigration may exist: a plea or finding plus a penalty, even if later dismissed (INA § 101(a)(48)(A)). */
const convictionMayCount = outcomeIn('plea', 'trial', 'diversion', 'dismissed-after-plea', NOT_SURE);
/** There may have been a guilty or no-contest plea. */
const pleaMayExist = outcomeIn('plea', 'plea-not-sentenced', 'diversion', 'dismissed-after-plea', NOT_SURE);
/** Prison, probation, parole or supervised release under the sentence may still be running (immigration detention is not the sentence). */
/** In prison or jail, with or without an ICE hold. */
const inPrison = (answers: Answers) => answers.custody === 'prison' || answers.custody === 'prison-ice-hold';
const mayBeUnderSentence = (answers: Answers) =>
  inPrison(answers) ||
  answers.custody === NOT_SURE ||
  answers.supervision === 'yes' ||
  answers.supervision === NOT_SURE;
/** The whole sentence may be over: out of prison, and no probation, parole or supervised release left. */
const sentenceMayBeOver = (answers: Answers) =>
  (answers.custody === 'immigration-detention' || answers.custody === 'neither' || answers.custody === NOT_SURE) &&
  (answers.supervision === 'no' || answers.supervision === NOT_SURE);

/** Removed from the United States while supervised release may still run: courts differ on whether that is still custody. */
// Supervision is asked first: the walk over what each rule reads (rule-inputs.ts) then reads the status only where it matters.
const deportedOnSupervision = (answers: Answers) =>
  (answers.supervision === 'yes' || answers.supervision === NOT_SURE) && answers.status === 'deported';
/** The same, where "I don't know" the immigration situation may hide a deportation. */
const mayBeDeportedOnSupervision = (answers: Answers) =>
  (answers.supervision === 'yes' || answers.supervision === NOT_SURE) &&
  (answers.status === 'deported' || answers.status === NOT_SURE);

/** The grounds a pardon leaves standing that the charge may touch: all of them when the charge is not known. */
function groundsNotWaived(charges: readonly Charge[] | undefined): string[] {
  if (charges === undefined || charges.includes(NOT_SURE)) return ['not-waived'];
  const grounds = {
    drugs: 'not-waived-drugs',
    firearms: 'not-waived-firearms',
    violence: 'not-waived-violence',
  } as const;
  return charges.flatMap((charge) => (charge in grounds ? [grounds[charge as keyof typeof grounds]] : []));
}

const when = (applies: boolean, shown: () => Shown): Shown | undefined => (applies ? shown() : undefined);

/** A topic shown when any of its parts applies, with their notes in the parts' order. */
function inParts(
  parts: readonly [string, (answers: Answers, facts: Facts) => boolean][],
): Pick<Rule, 'show' | 'parts'> {
  const made: RulePart[] = parts.map(
    ([note, applies]) =>
      (answers, facts) =>
        when(applies(answers, facts), () => ({ notes: [note] })),
  );
  return {
    parts: made,
    show: (answers, facts) => {
      const notes = made.flatMap((part) => part(answers, facts)?.notes ?? []);
      return when(notes.length > 0, () => ({ notes }));
    },
  };
}
/** A topic shown with its text alone. */
const textAlone = (): Shown => ({ notes: [] });

/** The state's own words: California and New York are covered by articles; other states get the general note. */
function stateNote(answers: Answers): 'california' | 'new-york' | 'other-state' {
  return answers.state === 'CA' ? 'california' : answers.state === 'NY' ? 'new-york' : 'other-state';
}

/** What can matter for immigration even when nothing counts as a conviction. */
const WITHOUT_A_CONVICTION =
  'INA § 212(a)(2)(A)(i), (C): admitting a crime’s essential elements, or a reason to believe in drug trafficking, can matter without a conviction';

/** Fed. R. App. P. 4(b)(1)(A), 26(a)(1)(C), 4(b)(4). */
const FEDERAL_APPEAL_DAYS = 14;
const FEDERAL_EXTENSION_DAYS = 30;

/**
 * A state's appeal deadline for these answers: its note, the days the
 * check counts (the shortest that may apply, so the day shown is never
 * later than the real one may be) and the days the topic stays shown (the
 * longest that may apply). `counted: false` where the check does not know
 * the state's rule.
 */
type StateAppeal = { note: string; days: number; longest: number; counted: boolean };

/** Cal. Rules of Court, rule 8.308(a) (felony cases) and rule 8.853(a) (misdemeanor cases). */
const CALIFORNIA_FELONY_DAYS = 60;
const CALIFORNIA_MISDEMEANOR_DAYS = 30;
/** N.Y. CPL § 460.10(1)(a). */
const NEW_YORK_DAYS = 30;
/** Tex. R. App. P. 26.2(a)(1). */
const TEXAS_DAYS = 30;
/**
 * Where the check does not know the rule, it names no number and keeps the
 * topic for 90 days: states differ both ways, and Minnesota gives 90 days
 * (Minn. R. Crim. P. 28.02 subd. 4(3)), longer than any deadline it counts.
 */
const UNKNOWN_STATE_DAYS = 90;

function stateAppeal(answers: Answers): StateAppeal {
  if (answers.state === 'NY') return { note: 'new-york', days: NEW_YORK_DAYS, longest: NEW_YORK_DAYS, counted: true };
  if (answers.state === 'TX') return { note: 'texas', days: TEXAS_DAYS, longest: TEXAS_DAYS, counted: true };
  if (answers.state === 'CA') {
    if (answers.caseLevel === 'felony') {
      return {
        note: 'california-felony',
        days: CALIFORNIA_FELONY_DAYS,
        longest: CALIFORNIA_FELONY_DAYS,
        counted: true,
      };
    }
    if (answers.caseLevel === 'misdemeanor') {
      const days = CALIFORNIA_MISDEMEANOR_DAYS;
      return { note: 'california-misdemeanor', days, longest: days, counted: true };
    }
    return {
      note: 'california-level-unknown',
      days: CALIFORNIA_MISDEMEANOR_DAYS,
      longest: CALIFORNIA_FELONY_DAYS,
      counted: true,
    };
  }
  return { note: 'other-state', days: UNKNOWN_STATE_DAYS, longest: UNKNOWN_STATE_DAYS, counted: false };
}

/** In Texas, an order of deferred adjudication can itself be appealed (Tex. R. App. P. 26.2(a)(1)). */
const texasDeferral = (answers: Answers) => answers.state === 'TX' && outcomeIn('diversion', NOT_SURE)(answers);
/** A judgment or an appealable order a state appeal may run from. */
const stateJudgmentMayExist = (answers: Answers, facts: Facts) =>
  sentenceMayExist(answers, facts) || (facts.sentencing === undefined && texasDeferral(answers));

/** Padilla v. Kentucky was decided on March 31, 2010; a plea comes before its judgment, sometimes by many months. */
const LAST_JUDGMENT_YEAR_BEFORE_PADILLA_MAY_MATTER = 2011;
function pleaMayPredatePadilla(answers: Answers, facts: Facts): boolean {
  if (answers.pleaYear !== undefined) return answers.pleaYear <= 2010;
  // Not sentenced yet: a plea that old would have been sentenced long ago.
  if (facts.sentencing || answers.outcome === 'plea-not-sentenced') return false;
  if (facts.judgment.date)
    return Number(facts.judgment.date.slice(0, 4)) <= LAST_JUDGMENT_YEAR_BEFORE_PADILLA_MAY_MATTER;
  return facts.judgment.maxDays >= daysBetween(`${LAST_JUDGMENT_YEAR_BEFORE_PADILLA_MAY_MATTER}-12-31`, facts.today);
}

/**
 * A sentence follows its plea within months, rarely more than a year or two:
 * a plea year given tells the judgment is at least that old, counted from the
 * end of the second year after it, so a 2009 plea is never shown a deadline
 * that runs from a judgment of last month.
 */
const YEARS_FROM_PLEA_TO_JUDGMENT = 2;
function judgmentMayBeWithin(answers: Answers, facts: Facts, days: number): boolean {
  if (!mayBeWithin(facts, days)) return false;
  if (answers.pleaYear === undefined || facts.judgment.date) return true;
  return daysBetween(`${answers.pleaYear + YEARS_FROM_PLEA_TO_JUDGMENT}-12-31`, facts.today) <= days;
}

/** Former INA § 212(c) was repealed for proceedings from April 1, 1997 (INS v. St. Cyr). */
const LAST_YEAR_OF_SECTION_212C = 1997;

/** CPL § 460.30: a late appeal is asked for within one year after the 30 days to appeal ran out. */
const NEW_YORK_LATE_APPEAL_DAYS = NEW_YORK_DAYS + 366;

export const RULES: readonly Rule[] = [
  {
    id: 'call-now',
    urgency: 'call-now',
    explainedIn: { page: 'detained' },
    source: [
      'INA § 240(d) (stipulated removal) and § 240B (voluntary departure): papers that can end a case',
      'INA § 240(b)(5)(A): a removal order in a person’s absence after a missed hearing',
      '8 U.S.C. § 1229a(c)(7): one motion to reopen, within 90 days of a final order; 8 C.F.R. § 1241.6: a stay granted after boarding has no effect',
      '8 C.F.R. § 287.7(a), (d): a detainer asks the jail to hold the person up to 48 hours, not counting weekends and holidays, for ICE; Form I-247A asks for up to 48 hours beyond the time the person would otherwise be released (as on the detention page)',
    ],
    show: (answers, facts) => {
      const reasons: UrgentReason[] = [];
      if (answers.detainedNow === 'yes' || answers.custody === 'immigration-detention') {
        reasons.push({ kind: 'detained', certain: true });
      } else if (answers.detainedNow === NOT_SURE) {
        reasons.push({ kind: 'detained', certain: false });
      }
      if (answers.custody === 'prison-ice-hold') reasons.push({ kind: 'ice-hold' });
      if (answers.status === 'removal-order') reasons.push({ kind: 'removal-order' });
      if (answers.status === 'removal-proceedings') reasons.push({ kind: 'removal-proceedings' });
      if (facts.hearing) reasons.push(facts.hearing);
      return when(reasons.length > 0, () => ({
        notes: reasons.map((reason) =>
          reason.kind === 'detained' ? (reason.certain ? 'detained' : 'maybe-detained') : reason.kind,
        ),
        ...(facts.hearing ? { dates: { hearing: facts.hearing.date } } : {}),
        reasons,
      }));
    },
  },
  {
    id: 'federal-appeal',
    urgency: 'urgent',
    explainedIn: { article: 'the-14-day-deadline-for-a-federal-criminal-appeal' },
    source: [
      'Fed. R. App. P. 4(b)(1)(A)(i): notice of appeal within 14 days after the judgment',
      'Fed. R. App. P. 26(a)(1)(C): a last day on a weekend or legal holiday moves to the next day that is neither; Rule 26(a)(6): the legal holidays, those of 5 U.S.C. § 6103(a) among them (lib/relief-check/court-days.ts)',
      'Fed. R. App. P. 4(b)(4): up to 30 more days for excusable neglect or good cause',
      'Roe v. Flores-Ortega, 528 U.S. 470 (2000); Garza v. Idaho, 586 U.S. 232 (2019): a lawyer who ignores an instruction to appeal',
    ],
    show: (answers, facts) => {
      if (!federalMaybe(answers) || !sentenceMayExist(answers, facts)) return undefined;
      const { date } = facts.judgment;
      const after = ['extension', 'instruction'];
      const reason = (lastDay?: string): UrgentReason[] => [
        { kind: 'appeal-deadline', court: 'federal', ...(lastDay ? { lastDay } : {}) },
      ];
      if (!date) {
        // "Less than 14 days ago" with no date: on the cautious reading the deadline is still running, so it leads.
        if (surelyWithin(facts, FEDERAL_APPEAL_DAYS) && judgmentMayBeWithin(answers, facts, FEDERAL_APPEAL_DAYS)) {
          return { notes: ['recent', ...after], numbers: { days: FEDERAL_APPEAL_DAYS }, reasons: reason() };
        }
        return when(judgmentMayBeWithin(answers, facts, FEDERAL_APPEAL_DAYS + FEDERAL_EXTENSION_DAYS), () => ({
          notes: ['date-unknown', ...after],
          reasons: reason(),
        }));
      }
      const dayFourteen = addDays(date, FEDERAL_APPEAL_DAYS);
      const lastDay = nextFederalFilingDay(dayFourteen);
      const dates = { judgment: date, dayFourteen, lastDay };
      if (facts.today <= lastDay) {
        return {
          notes: [lastDay === dayFourteen ? 'running' : 'running-moved', 'estimate', ...after],
          dates,
          reasons: reason(lastDay),
        };
      }
      return when(facts.today <= addDays(lastDay, FEDERAL_EXTENSION_DAYS), () => ({
        notes: ['passed', 'estimate', 'extension', 'instruction'],
        dates,
        reasons: reason(lastDay),
      }));
    },
  },
  {
    id: 'state-appeal',
    urgency: 'urgent',
    explainedIn: { article: 'state-convictions-post-conviction-and-federal-habeas' },
    source: [
      'N.Y. CPL § 460.10(1)(a): notice of appeal within 30 days after sentence; CPL § 440.10(2)(c): a claim an appeal could have raised may be refused later',
      'Cal. Rules of Court, rule 8.308(a): 60 days after the judgment in a felony case, which is any case where a felony was charged (rule 8.304(a)(2)); rule 8.853(a): 30 days in a misdemeanor case. Read: rule 8.850, by which that chapter governs cases where a misdemeanor and no felony was charged, and rule 8.308(a) on courts.ca.gov; the text of rule 8.853(a) itself was not found in the sources searched, so the 30 days rest on law-firm summaries and an attorney’s review',
      'Tex. R. App. P. 26.2(a)(1): 30 days after the sentence is imposed or suspended, or after an appealable order, such as one deferring adjudication (Sanchez v. State, No. 04-03-00556-CR (Tex. App. 2004)); rule 25.2(a)(2): limits after a plea bargain (Hargesheimer v. State, 182 S.W.3d 906 (Tex. Crim. App. 2006))',
      'Other states: each has its own deadline, shorter or longer (Minn. R. Crim. P. 28.02 subd. 4(3): 90 days in a felony or gross misdemeanor case); the check names none and shows the topic for 90 days',
    ],
    show: (answers, facts) => {
      if (!stateMaybe(answers) || !stateJudgmentMayExist(answers, facts)) return undefined;
      const rule = stateAppeal(answers);
      const { date } = facts.judgment;
      if (!judgmentMayBeWithin(answers, facts, rule.longest)) return undefined;
      const deferral = texasDeferral(answers) ? ['texas-deferral'] : [];
      if (!date && rule.counted && surelyWithin(facts, rule.days)) {
        return {
          notes: [rule.note, ...deferral, 'recent', 'ask-today'],
          numbers: { days: rule.days },
          reasons: [{ kind: 'appeal-deadline', court: 'state' }],
        };
      }
      if (!date || !rule.counted) {
        return {
          notes: [rule.note, ...deferral, 'ask-today'],
          reasons: [{ kind: 'appeal-deadline', court: 'state' }],
        };
      }
      const shortest = addDays(date, rule.days);
      const longest = addDays(date, rule.longest);
      // When the felony-or-misdemeanor answer is "I don't know", the shorter deadline leads until it passes.
      const lastDay = facts.today <= shortest ? shortest : longest;
      const counted = lastDay === shortest ? 'counted' : 'counted-longest';
      return {
        notes: [rule.note, ...deferral, counted, 'estimate', 'ask-today'],
        dates: { judgment: date, lastDay, ...(rule.longest > rule.days ? { shortest, longest } : {}) },
        numbers: { days: lastDay === shortest ? rule.days : rule.longest },
        reasons: [{ kind: 'appeal-deadline', court: 'state', lastDay }],
      };
    },
  },
  {
    id: 'withdraw-plea',
    urgency: 'urgent',
    explainedIn: { article: 'withdrawing-a-guilty-plea' },
    source: [
      'Fed. R. Crim. P. 11(d): before acceptance, for any reason; before sentencing, for a "fair and just reason" (United States v. Bonilla, 637 F.3d 980 (9th Cir. 2011))',
      'Cal. Penal Code § 1018: before judgment, or within six months after an order granting probation when judgment is suspended, for good cause',
      'N.Y. CPL § 220.60(3): before sentence, in the court’s discretion',
    ],
    // A judgment date still to come says the sentencing is ahead, whatever the outcome chosen.
    show: (answers, facts) => {
      const ahead = facts.sentencing !== undefined && pleaMayExist(answers);
      return when(ahead || outcomeIn('plea-not-sentenced', NOT_SURE)(answers), () => ({
        notes: [
          ...(facts.sentencing && ahead ? ['sentencing-ahead'] : []),
          ...(federalMaybe(answers) ? ['federal'] : []),
          ...(stateMaybe(answers) ? [stateNote(answers)] : []),
        ],
        ...(facts.sentencing && ahead ? { dates: { sentencing: facts.sentencing } } : {}),
        reasons: [{ kind: 'plea-not-sentenced', certain: ahead || answers.outcome === 'plea-not-sentenced' }],
      }));
    },
  },
  {
    id: 'before-sentencing',
    urgency: 'urgent',
    explainedIn: { article: 'changing-a-sentence-for-immigration' },
    source: [
      'INA § 101(a)(43)(F), (G), (M)(i): a crime of violence or a theft with a term of imprisonment of at least one year, and a fraud with a loss over $10,000, are aggravated felonies; § 101(a)(48)(B): the term ordered counts, suspended or not',
      'Fed. R. Crim. P. 29(c)(1): a motion for a judgment of acquittal within 14 days after a guilty verdict or after the court discharges the jury, whichever is later',
      'Fed. R. Crim. P. 33(b)(2): a motion for a new trial on any ground but newly discovered evidence within 14 days after the verdict or finding of guilty',
    ],
    // After a trial there is no plea to withdraw (withdraw-plea), but the sentence still decides much.
    show: (answers, facts) =>
      when(facts.sentencing !== undefined && outcomeIn('trial', NOT_SURE)(answers), () => ({
        notes: ['sentencing-ahead', ...(federalMaybe(answers) ? ['federal'] : [])],
        dates: { sentencing: facts.sentencing ?? '' },
      })),
  },
  {
    id: 'before-the-plea',
    urgency: 'urgent',
    explainedIn: { article: 'questions-to-ask-your-defense-lawyer-before-a-plea' },
    source: [
      'Padilla v. Kentucky, 559 U.S. 356 (2010): the defense lawyer must advise on the immigration consequences of a plea; "may carry a risk" suffices only when the law is unclear (559 U.S. at 369)',
      'INA § 101(a)(48)(A): what counts as a conviction for immigration, which a plea agreement can avoid or cause',
    ],
    // The court date given leads the topic: the advice is needed before it. A date already past says nothing.
    show: (answers, facts) =>
      when(outcomeIn('charged-no-plea', NOT_SURE)(answers), () => {
        const courtDate =
          answers.courtDate !== undefined && answers.courtDate >= facts.today ? answers.courtDate : undefined;
        return {
          notes: courtDate ? ['court-date'] : [],
          ...(courtDate ? { dates: { court: courtDate } } : {}),
          reasons: [
            {
              kind: 'charged-no-plea',
              certain: answers.outcome === 'charged-no-plea',
              ...(courtDate ? { courtDate } : {}),
            },
          ],
        };
      }),
  },
  {
    id: 'section-2255',
    urgency: 'deadline',
    explainedIn: { article: 'section-2255-motions-and-the-one-year-deadline' },
    source: [
      '28 U.S.C. § 2255(a): a prisoner "in custody under sentence"; supervised release and probation count (Jones v. Cunningham, 371 U.S. 236 (1963)); a sentence fully served does not (Maleng v. Cook, 490 U.S. 488 (1989))',
      'Ullah v. United States, Nos. 09-CV-938A, 04-CR-30A (W.D.N.Y. Jan. 11, 2010): a person deported while still on supervised release held not "in custody" for § 2255',
      '18 U.S.C. § 3624(e): supervised release pauses only for imprisonment in connection with a conviction',
      '28 U.S.C. § 2255(f): one year, from the latest of four dates, usually when the judgment became final (Clay v. United States, 537 U.S. 522 (2003)); § 2255(f)(4): from when the facts could have been discovered with due diligence; § 2255(h): a second motion needs permission',
      'Holland v. Florida, 560 U.S. 631 (2010): the one-year limit of § 2244(d) is subject to equitable tolling; courts apply it to § 2255 too',
    ],
    show: (answers, facts) => {
      if (!federalMaybe(answers) || !sentenceMayExist(answers, facts) || !mayBeUnderSentence(answers)) return undefined;
      const { date } = facts.judgment;
      const always = ['custody', 'appeal-starts-later'];
      if (date) {
        const yearEnds = addYears(nextFederalFilingDay(addDays(date, FEDERAL_APPEAL_DAYS)), 1);
        return facts.today <= yearEnds
          ? { notes: ['year-running', 'estimate', ...always], dates: { yearEnds } }
          : { notes: ['year-passed', 'later-start', ...always] };
      }
      if (surelyWithin(facts, 366)) return { notes: ['year-may-run', ...always] };
      return facts.judgment.minDays >= 365
        ? { notes: ['year-passed', 'later-start', ...always] }
        : { notes: ['year-unknown', 'later-start', ...always] };
    },
  },
  {
    id: 'federal-habeas',
    urgency: 'deadline',
    explainedIn: { article: 'state-convictions-post-conviction-and-federal-habeas' },
    source: [
      '28 U.S.C. § 2254, after the state’s own remedies; one year, 28 U.S.C. § 2244(d)',
      'Jones v. Cunningham, 371 U.S. 236 (1963): restraint under a sentence short of prison can be custody, which is why Texas community supervision after deferred adjudication is shown here',
    ],
    show: (answers, facts) =>
      when(stateMaybe(answers) && stateJudgmentMayExist(answers, facts) && mayBeUnderSentence(answers), textAlone),
  },
  {
    id: 'coram-nobis',
    urgency: 'ask',
    explainedIn: { article: 'coram-nobis-when-you-are-no-longer-in-custody' },
    source: [
      'United States v. Morgan, 346 U.S. 502 (1954): for people no longer in custody, with sound reasons for not asking sooner (346 U.S. at 512)',
      'Not while § 2255 is available: United States v. Lester, No. 15-3009 (10th Cir. 2015) (unpublished); possible once supervised release ends: United States v. Esogbue, 357 F.3d 532 (5th Cir. 2004)',
      'Ullah v. United States (W.D.N.Y. 2010): deported on supervised release, not "in custody" for § 2255, which is why coram nobis is shown then too',
    ],
    // Deported while supervised release runs: if a court holds that is no longer custody for § 2255, coram nobis may be the way.
    // The note is here rather than on § 2255, whose walk over every answer it reads would grow tenfold with the status.
    show: (answers, facts) =>
      when(
        federalMaybe(answers) &&
          sentenceMayExist(answers, facts) &&
          (sentenceMayBeOver(answers) || mayBeDeportedOnSupervision(answers)),
        () => ({ notes: deportedOnSupervision(answers) ? ['deported-supervision'] : [] }),
      ),
  },
  {
    id: 'compassionate-release',
    urgency: 'ask',
    explainedIn: { article: 'compassionate-release-and-immigration' },
    source: [
      '18 U.S.C. § 3582(c)(1)(A): ask the warden first; it shortens a prison term and does not erase the conviction',
    ],
    show: (answers, facts) =>
      when(
        federalMaybe(answers) &&
          sentenceMayExist(answers, facts) &&
          (inPrison(answers) || answers.custody === NOT_SURE),
        textAlone,
      ),
  },
  {
    id: 'california',
    urgency: 'ask',
    explainedIn: { article: 'california-plea-warnings-1016-5-and-1473-7' },
    source: [
      'Cal. Penal Code § 1016.5 (the court must warn before a plea)',
      'Cal. Penal Code § 1473.7 (for people no longer in criminal custody; pleas and, since 2022, trials)',
      'Cal. Penal Code § 1473(a): habeas corpus for a person "imprisoned or restrained of liberty"',
    ],
    show: (answers) =>
      when(stateMaybe(answers) && answers.state === 'CA' && convictionMayCount(answers), () => ({
        notes: [
          ...(answers.supervision === 'yes' || answers.supervision === NOT_SURE ? ['on-probation'] : []),
          'licence',
        ],
      })),
  },
  {
    id: 'new-york',
    urgency: 'ask',
    explainedIn: { article: 'new-york-pleas-cpl-440-and-immigration' },
    source: [
      'N.Y. CPL § 440.10; People v. Peque, 22 N.Y.3d 168 (2013)',
      'N.Y. CPL § 460.30: a late appeal, for a few reasons, asked for within one year',
    ],
    show: (answers, facts) =>
      when(stateMaybe(answers) && answers.state === 'NY' && convictionMayCount(answers), () => ({
        notes:
          sentenceMayExist(answers, facts) && judgmentMayBeWithin(answers, facts, NEW_YORK_LATE_APPEAL_DAYS)
            ? ['late-appeal']
            : [],
      })),
  },
  {
    id: 'state-motion',
    urgency: 'ask',
    explainedIn: { article: 'state-convictions-post-conviction-and-federal-habeas' },
    source: ['Each state has its own post-conviction procedures (e.g. N.Y. CPL § 440.10, Cal. Penal Code § 1473.7)'],
    show: (answers) =>
      when(
        stateMaybe(answers) && answers.state !== 'CA' && answers.state !== 'NY' && convictionMayCount(answers),
        textAlone,
      ),
  },
  {
    id: 'padilla',
    urgency: 'ask',
    explainedIn: { article: 'post-conviction-relief-for-noncitizens' },
    source: [
      'Padilla v. Kentucky, 559 U.S. 356 (2010), and 559 U.S. at 369: where the consequence is truly clear, a general warning of risk is not enough',
      'Lee v. United States, 582 U.S. 357 (2017): a lawyer’s assurance that there was nothing to worry about',
      'Strickland v. Washington, 466 U.S. 668 (1984); Hill v. Lockhart, 474 U.S. 52 (1985)',
      'United States v. Akinsade, 686 F.3d 248 (4th Cir. 2012); United States v. Kayode, 777 F.3d 719 (5th Cir. 2014): a judge’s warning does not always defeat a claim',
      'Chaidez v. United States, 568 U.S. 342 (2013); United States v. Kwan, 407 F.3d 1005 (9th Cir. 2005); United States v. Couto, 311 F.3d 179 (2d Cir. 2002); People v. Baret, 23 N.Y.3d 777 (2014); Danforth v. Minnesota, 552 U.S. 264 (2008)',
      'People v. McDonald, 1 N.Y.3d 109 (2003): in New York, before Padilla, a lawyer’s incorrect advice about deportation could be ineffective assistance, with prejudice shown',
    ],
    show: (answers, facts) => {
      // Correct, specific advice ("deportation was certain") is the one answer that leaves no claim to raise.
      if (!pleaMayExist(answers) || answers.lawyerAdvice === 'certain') return undefined;
      const advice = {
        nothing: 'no-advice',
        'no-problem': 'wrong-advice',
        risk: 'risk-advice',
        'not-sure': 'unknown-advice',
      } as const;
      // A plea from before Padilla leads with it: the duty may not reach it, and the person should read that first.
      const older = pleaMayPredatePadilla(answers, facts)
        ? [answers.state === 'NY' && answers.court === 'state' ? 'older-new-york' : 'older']
        : [];
      return { notes: [...older, advice[answers.lawyerAdvice ?? NOT_SURE], 'judge', 'proof'] };
    },
  },
  {
    id: 'diversion',
    urgency: 'ask',
    explainedIn: { article: 'dismissed-charges-can-still-count-as-convictions' },
    source: [
      'INA § 101(a)(48)(A), 8 U.S.C. § 1101(a)(48)(A)',
      'Matter of Roldan, 22 I&N Dec. 512 (BIA 1999): a rehabilitative dismissal or expungement does not erase it',
      'Matter of Pickering, 23 I&N Dec. 621 (BIA 2003): a vacatur for a legal defect does',
    ],
    show: (answers) => when(outcomeIn('diversion', 'dismissed-after-plea', NOT_SURE)(answers), textAlone),
  },
  {
    id: 'no-conviction',
    urgency: 'ask',
    explainedIn: { article: 'dismissed-charges-can-still-count-as-convictions' },
    source: ['INA § 101(a)(48)(A): a conviction needs a plea or a finding of guilt', WITHOUT_A_CONVICTION],
    show: (answers) => when(outcomeIn('dismissed-no-plea', NOT_SURE)(answers), textAlone),
  },
  {
    id: 'juvenile',
    urgency: 'ask',
    explainedIn: { article: 'dismissed-charges-can-still-count-as-convictions' },
    source: [
      'Matter of Devison, 22 I&N Dec. 1362 (BIA 2000): a finding that corresponds to juvenile delinquency under the Federal Juvenile Delinquency Act (there, a New York youthful offender adjudication) is not a conviction',
      'Uritsky v. Gonzales, 399 F.3d 728 (6th Cir. 2005): some state youthful-offender programs are convictions',
      WITHOUT_A_CONVICTION,
    ],
    show: (answers) => when(outcomeIn('juvenile', NOT_SURE)(answers), textAlone),
  },
  {
    id: 'after-removal-order',
    urgency: 'ask',
    explainedIn: { article: 'after-a-removal-order-or-a-deportation' },
    source: [
      '8 U.S.C. § 1229a(c)(7): one motion to reopen, within 90 days of the final order; a vacated conviction can be a reason to ask',
      '8 C.F.R. §§ 1003.2(d), 1003.23(b)(1): no motion after the person has left (Matter of Armendarez-Mendez, 24 I&N Dec. 646 (BIA 2008)); some courts of appeals disagree (e.g. Cardoso-Tlaseca v. Gonzales, 460 F.3d 1102 (9th Cir. 2006))',
      '8 U.S.C. § 1326: coming back without permission after a removal is a federal crime',
    ],
    show: (answers) =>
      when(answers.status === 'removal-order' || answers.status === 'deported', () => ({
        notes: [answers.status === 'deported' ? 'outside' : 'still-here', 'reentry'],
      })),
  },
  {
    id: 'status-crime-bars',
    urgency: 'ask',
    explainedIn: { article: 'can-i-stay-despite-a-conviction' },
    source: [
      'INA § 244(c)(2)(A)(iii), (B)(i), (c)(3)(A): TPS is closed by any felony or two misdemeanors committed in the US; the crime grounds cannot be waived for it; TPS granted to a person not in fact eligible must be withdrawn',
      'INA § 208(c)(2)(B), (b)(2)(A)(ii), (B)(i): asylum granted may be ended for a particularly serious crime, and every aggravated felony is one',
      'INA § 209(c): for a refugee’s or asylee’s green card, most grounds of inadmissibility can be waived, but not a reason to believe in drug trafficking (§ 212(a)(2)(C))',
    ],
    show: (answers) =>
      when(answers.status === 'tps' || answers.status === 'asylee-refugee' || answers.status === NOT_SURE, () => ({
        notes:
          answers.status === 'tps'
            ? ['tps']
            : answers.status === 'asylee-refugee'
              ? ['asylee-refugee']
              : ['tps', 'asylee-refugee'],
      })),
  },
  {
    id: 'daca',
    urgency: 'ask',
    explainedIn: { article: 'daca-and-a-criminal-charge-or-conviction' },
    source: [
      '8 C.F.R. § 236.22(b)(6) (87 Fed. Reg. 53,152 (2022)): no felony, no “significant misdemeanor”, no three other misdemeanors (USCIS guidance, quoted alike by several legal organizations; the regulation’s own text not yet read)',
      'USCIS guidance: a significant misdemeanor is, whatever the sentence, domestic violence, sexual abuse or exploitation, burglary, unlawful possession or use of a firearm, drug distribution or trafficking, or driving under the influence; or any other misdemeanor with more than 90 days in custody, suspended time not counted',
      '8 C.F.R. § 236.21(c)(1): deferred action gives no right to stay or to come back in; DACA is decided case by case',
    ],
    // A person who does not know their status may have DACA too: "I don't know" shows it.
    show: (answers) => when(answers.status === 'daca' || answers.status === NOT_SURE, textAlone),
  },
  {
    id: 'sentence',
    urgency: 'ask',
    explainedIn: { article: 'changing-a-sentence-for-immigration' },
    source: [
      'INA § 101(a)(48)(B) (suspended time counts)',
      'Matter of Thomas and Thompson, 27 I&N Dec. 674 (A.G. 2019); 8 C.F.R. § 1003.55 (exceptions)',
    ],
    show: (answers) =>
      when(
        (answers.longSentence === 'yes' || answers.longSentence === NOT_SURE) && convictionMayCount(answers),
        textAlone,
      ),
  },
  {
    id: 'the-charge',
    urgency: 'ask',
    explainedIn: { article: 'which-crimes-cause-immigration-problems' },
    source: [
      'INA § 101(a)(43)(A), (F), (G), (M): sexual abuse of a minor, a crime of violence or a theft with a term of a year or more, fraud with a loss over $10,000; § 101(a)(48)(B): suspended time counts',
      'INA § 237(a)(2)(B)(i), § 212(a)(2)(A)(i)(II), (C): drugs, and the 30-gram marijuana exception',
      'INA § 237(a)(2)(C): firearms; § 237(a)(2)(E)(i): domestic violence, stalking, child abuse',
      'INA § 237(a)(2)(A)(i): crimes involving moral turpitude; 8 U.S.C. § 1326: reentry after removal',
      'Moncrieffe v. Holder, 569 U.S. 184 (2013); Mathis v. United States, 579 U.S. 500 (2016): the exact statute decides',
    ],
    // Only the groups the person named: no warning about a gun to someone who never mentioned one.
    show: (answers) => when(answers.charges !== undefined, () => ({ notes: [...(answers.charges ?? [])] })),
  },
  {
    id: 'pardon',
    urgency: 'ask',
    explainedIn: { article: 'pardons-and-immigration' },
    source: [
      'INA § 237(a)(2)(A)(vi), 8 U.S.C. § 1227(a)(2)(A)(vi): waives only the grounds of (A)(i)–(iv), not (B) drugs, (C) firearms or (E) domestic violence (Matter of Suh, 23 I&N Dec. 626 (BIA 2003), for (E)(i))',
      'Matter of Tajer, 15 I&N Dec. 125 (BIA 1974); Thompson v. Barr, 959 F.3d 476 (1st Cir. 2020): a state board that holds the pardon power',
      "Balogun v. U.S. Att'y Gen., 425 F.3d 1356 (11th Cir. 2005): not grounds of inadmissibility",
    ],
    show: (answers) => when(convictionMayCount(answers), () => ({ notes: groundsNotWaived(answers.charges) })),
  },
  {
    id: 'staying',
    urgency: 'ask',
    explainedIn: { article: 'can-i-stay-despite-a-conviction' },
    source: [
      'INA § 240A(a), (b) (cancellation of removal), § 240A(d)(1) (stop-time; Barton v. Barr, 590 U.S. 222 (2020))',
      'INA § 212(h) (waiver); § 208(b)(2) and § 241(b)(3)(B) (asylum and withholding bars); 8 C.F.R. § 1208.17(a) (deferral under the Convention Against Torture)',
      'INS v. St. Cyr, 533 U.S. 289 (2001): former § 212(c) for pleas made while the person could have qualified, before the 1996 laws',
    ],
    show: (answers) =>
      when(answers.status === 'removal-proceedings' || answers.status === NOT_SURE, () => ({
        // The 1996 repeal took effect on April 1, 1997: a plea in 1997 may still be before it.
        notes: answers.pleaYear !== undefined && answers.pleaYear <= LAST_YEAR_OF_SECTION_212C ? ['old-plea'] : [],
      })),
  },
  {
    id: 'travel-and-citizenship',
    urgency: 'ask',
    explainedIn: { article: 'before-you-travel-renew-or-apply-for-citizenship' },
    source: [
      'INA § 101(a)(13)(C)(ii), (v) (a returning permanent resident treated as seeking admission)',
      'INA § 316(a), § 101(f) (good moral character for naturalization)',
    ],
    show: (answers) =>
      when((answers.status === 'green-card' || answers.status === NOT_SURE) && convictionMayCount(answers), textAlone),
  },
  {
    id: 'find-the-papers',
    urgency: 'ask',
    explainedIn: { article: 'getting-your-criminal-and-immigration-records' },
    source: ['Which way fits depends on the court, the outcome and the dates: the papers of the case say them'],
    // Each "I don't know" gets its own way to find out, in the order the check asked.
    ...inParts([
      ['unknown-court', (answers) => answers.court === NOT_SURE],
      ['unknown-charges', (answers) => answers.charges?.includes(NOT_SURE) === true],
      ['unknown-outcome', (answers) => answers.outcome === NOT_SURE],
      ['unknown-case-level', (answers) => answers.caseLevel === NOT_SURE],
      ['unknown-judgment', (answers, facts) => facts.judgment.date === undefined && answers.judgmentAge === NOT_SURE],
      ['unknown-custody', (answers) => answers.custody === NOT_SURE],
      ['unknown-supervision', (answers) => answers.supervision === NOT_SURE],
      ['unknown-detained', (answers) => answers.detainedNow === NOT_SURE],
      ['unknown-lawyer-advice', (answers) => answers.lawyerAdvice === NOT_SURE],
      ['unknown-sentence-length', (answers) => answers.longSentence === NOT_SURE],
      ['unknown-status', (answers) => answers.status === NOT_SURE],
    ]),
  },
];

/**
 * Where an "I don't know" shows less than a definite answer would, on
 * purpose. The test that walks each rule over every combination of the
 * answers it reads (docs/relief-check.md) allows these and no others.
 */
export const WIDENING_EXCEPTIONS: readonly { question: keyof Answers; topic: TopicId; why: string }[] = [
  {
    question: 'status',
    topic: 'call-now',
    why: 'Not knowing the immigration situation is not a sign that a case is moving fast; "Find the papers of the case" asks to find out.',
  },
  {
    question: 'status',
    topic: 'after-removal-order',
    why: 'Not knowing the immigration situation is no sign that a removal order exists; "Find the papers of the case" points to the immigration court’s line, which says whether there is one.',
  },
  {
    question: 'custody',
    topic: 'call-now',
    why: 'When the person answered that no one is detained, not knowing where the person is does not make it an emergency, and it is no sign of an ICE hold; "Find the papers of the case" asks to find out.',
  },
];

/** The topics for these answers, most urgent first: RULES are kept in that order (a unit test says so). */
export function topicsFor(answers: Answers, facts: Facts): ShownTopic[] {
  const topics: ShownTopic[] = [];
  for (const rule of RULES) {
    const shown = rule.show(answers, facts);
    // One object shape for every topic, whatever the rule returned.
    if (shown) {
      const { notes, dates, numbers, reasons } = shown;
      topics.push({ id: rule.id, urgency: rule.urgency, notes, dates, numbers, reasons });
    }
  }
  return topics;
}

/** The reasons the page on detention answers: someone held, or who may be taken at any time. */
const ABOUT_DETENTION: readonly UrgentReason['kind'][] = ['detained', 'ice-hold', 'removal-order'];

/**
 * Whether the topic links to what explains it. "Call a lawyer now" is
 * explained by the page on detention, which is no help to a person whose
 * reason to call is a hearing date and who is not held.
 */
export function linksToExplanation(topic: ShownTopic): boolean {
  return topic.id !== 'call-now' || (topic.reasons ?? []).some((reason) => ABOUT_DETENTION.includes(reason.kind));
}

/** Why the case is urgent, from the topics these answers show: the same reasons the email and the confirmation give. */
export function urgentReasonsFor(answers: Answers, facts: Facts): UrgentReason[] {
  return topicsFor(answers, facts).flatMap((topic) => topic.reasons ?? []);
}
