import { addDays } from '@/lib/dates';
import { CHARGE, CHOICES, CHOICE_QUESTIONS, type Answers, type ChoiceQuestion } from './answers';
import { isAsked } from './steps';

/**
 * Every combination of answers the check's steps can produce, for what
 * must hold on every path: a result and never an error (tests), "I don't
 * know" never showing less (tests), and a rule's fingerprint for its review
 * (lib/relief-check/review.ts). Choices are walked in full; the state is
 * walked as the rules tell states apart (none, California, New York, Texas);
 * dates, the plea year and the ticked charges, which have too many values
 * to walk, are tried in a second, smaller cover.
 */

export const STATES_THE_RULES_KNOW: readonly Answers['state'][] = [undefined, 'CA', 'NY', 'TX'];

/** Calls `visit` with each combination of choices and state; the object is reused between calls, so copy it to keep it. */
export function walkChoices(visit: (answers: Answers) => void): void {
  const answers: Answers = {};
  const questions: readonly ChoiceQuestion[] = CHOICE_QUESTIONS;
  // The state comes first: whether some questions are asked depends on it.
  const step = (index: number): void => {
    const question = questions[index];
    if (question === undefined) {
      visit(answers);
      return;
    }
    if (!isAsked(question, answers)) {
      delete answers[question];
      step(index + 1);
      return;
    }
    for (const answer of CHOICES[question].answers) {
      (answers as Record<string, unknown>)[question] = answer;
      step(index + 1);
    }
  };
  for (const state of STATES_THE_RULES_KNOW) {
    answers.state = state;
    step(0);
  }
}

/** Days before `today` a judgment date is tried at: each edge of the appeal deadlines, the § 2255 year, and the weekdays around them. */
const JUDGMENT_DAYS_AGO = [
  0, 1, 13, 14, 15, 16, 17, 29, 30, 31, 44, 45, 46, 47, 48, 59, 60, 61, 62, 364, 379, 380, 381, 400,
];

/** The answers that are typed rather than chosen, each against a cover of the choices that read them. */
export function typedAnswerCover(today: string): Answers[] {
  const base: Answers[] = [];
  walkChoices((answers) => {
    // Only the answers the typed values interact with are varied here; the rest stay at one value.
    if (
      answers.judgmentAge === 'not-sure' &&
      answers.detainedNow === 'no' &&
      answers.status === 'visa' &&
      answers.longSentence === 'no' &&
      (answers.lawyerAdvice === undefined || answers.lawyerAdvice === 'nothing')
    ) {
      base.push({ ...answers });
    }
  });
  const typed: Answers[] = [
    ...JUDGMENT_DAYS_AGO.map((days) => ({ judgmentDate: addDays(today, -days) })),
    { judgmentDate: addDays(today, 20) },
    { hearingDate: today },
    { hearingDate: addDays(today, 30) },
    { hearingDate: addDays(today, 31) },
    { hearingDate: addDays(today, -1) },
    { pleaYear: 2008, judgmentAge: 'over-1-year' },
    { pleaYear: 2010, judgmentAge: 'over-1-year' },
    { pleaYear: 2011, judgmentAge: 'over-1-year' },
    // The charge is ticked, not chosen: each group alone, all of them, and with "I don't know".
    ...CHARGE.map((charge) => ({ charges: [charge] })),
    { charges: CHARGE.filter((charge) => charge !== 'not-sure') },
    { charges: ['theft-fraud', 'not-sure'] },
  ] satisfies Answers[];
  return base.flatMap((answers) =>
    typed
      .map((extra) => ({ ...answers, ...extra }))
      .filter((answers) => answers.pleaYear === undefined || isAsked('pleaYear', answers)),
  );
}
