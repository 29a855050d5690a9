import { addDays } from '@/lib/dates';
import { CHARGE, CHOICES, WHO, isChoice, type Answers, type Question } from './answers';

/**
 * The values each answer is tried at when the rules are walked
 * (lib/relief-check/rule-inputs.ts, docs/relief-check.md). A choice is
 * tried at every answer it offers; the state as the rules tell states apart
 * (none, California, New York, Texas); dates, the plea year and the ticked
 * charges, which have too many values to walk, at the edges the rules count
 * from. `undefined`, "not answered", is in every list: the walk keeps it
 * only where the steps let a question go unanswered.
 */

export type AnswerValue = Answers[Question];
export type AnswerCover = { readonly [Q in Question]: readonly Answers[Q][] };

const STATES_THE_RULES_KNOW: readonly Answers['state'][] = [undefined, 'CA', 'NY', 'TX'];

/** Days before `today` a judgment date is tried at: each edge of the appeal deadlines, the § 2255 year, and the weekdays around them. */
const JUDGMENT_DAYS_AGO = [
  0, 1, 13, 14, 15, 16, 17, 29, 30, 31, 44, 45, 46, 47, 48, 59, 60, 61, 62, 364, 379, 380, 381, 400,
];

/** Each side of Padilla (decided 2010, judgments into 2011) and of the 1997 repeal of § 212(c). */
const PLEA_YEARS = [1997, 1998, 2008, 2010, 2011];

export function answerCover(today: string): AnswerCover {
  const cover: AnswerCover = {
    who: [undefined, ...WHO],
    court: [undefined, ...CHOICES.court.answers],
    state: STATES_THE_RULES_KNOW,
    outcome: [undefined, ...CHOICES.outcome.answers],
    caseLevel: [undefined, ...CHOICES.caseLevel.answers],
    judgmentAge: [undefined, ...CHOICES.judgmentAge.answers],
    custody: [undefined, ...CHOICES.custody.answers],
    supervision: [undefined, ...CHOICES.supervision.answers],
    detainedNow: [undefined, ...CHOICES.detainedNow.answers],
    lawyerAdvice: [undefined, ...CHOICES.lawyerAdvice.answers],
    longSentence: [undefined, ...CHOICES.longSentence.answers],
    status: [undefined, ...CHOICES.status.answers],
    // The charge is ticked, not chosen: each group alone, all of them, and with "I don't know".
    charges: [
      undefined,
      ...CHARGE.map((charge) => [charge]),
      CHARGE.filter((charge) => charge !== 'not-sure'),
      ['theft-fraud', 'not-sure'],
    ],
    judgmentDate: [undefined, ...JUDGMENT_DAYS_AGO.map((days) => addDays(today, -days)), addDays(today, 20)],
    courtDate: [undefined, addDays(today, -1), today, addDays(today, 1)],
    pleaYear: [undefined, ...PLEA_YEARS],
    hearingDate: [undefined, today, addDays(today, 30), addDays(today, 31), addDays(today, -1)],
  };
  // A rule may not change what it is given: frozen, a change throws and the walk names the rule.
  for (const values of Object.values(cover)) for (const value of values) if (Array.isArray(value)) Object.freeze(value);
  return cover;
}

/** The answer "I don't know" for a question: the choice, or the one tick, that says it. */
export function unsureAnswer(question: Question): AnswerValue {
  if (isChoice(question)) return 'not-sure';
  return question === 'charges' ? ['not-sure'] : undefined;
}
