import type { Answers, Question } from './answers';

/**
 * The check's steps, one group of questions each, in the order asked. A
 * step lists the questions it must have an answer to ("I don't know" is an
 * answer); `oneOf` asks for at least one of its questions.
 */
export const STEPS = [
  { id: 'court', questions: ['who', 'court', 'state'], required: ['court'] },
  { id: 'outcome', questions: ['charges', 'outcome'], required: ['outcome'] },
  {
    id: 'when',
    questions: ['caseLevel', 'judgmentDate', 'judgmentAge', 'courtDate'],
    required: ['caseLevel'],
    oneOf: ['judgmentDate', 'judgmentAge'],
  },
  {
    id: 'now',
    questions: ['custody', 'supervision', 'detainedNow'],
    required: ['custody', 'supervision', 'detainedNow'],
  },
  { id: 'plea', questions: ['lawyerAdvice', 'pleaYear', 'longSentence'], required: ['lawyerAdvice', 'longSentence'] },
  { id: 'immigration', questions: ['status', 'hearingDate'], required: ['status'] },
] as const satisfies readonly {
  id: string;
  questions: readonly Question[];
  required?: readonly Question[];
  oneOf?: readonly Question[];
}[];

export type StepId = (typeof STEPS)[number]['id'];
export const STEP_COUNT = STEPS.length;

/** Questions about a plea already made, asked only when there may have been one. */
const ABOUT_THE_PLEA: readonly Question[] = ['lawyerAdvice', 'pleaYear'];
/** Outcomes with no plea to ask about: a trial, a dismissal with no plea, no plea yet, a juvenile case. */
const NO_PLEA_OUTCOMES: readonly Answers['outcome'][] = ['trial', 'dismissed-no-plea', 'charged-no-plea', 'juvenile'];

/**
 * Charged, with no plea yet: no judgment, sentence or supervision to ask
 * about, and no appeal; the next court date instead, the day before which
 * advice is needed.
 */
const ABOUT_A_JUDGMENT: readonly Question[] = ['judgmentDate', 'judgmentAge', 'supervision', 'longSentence'];

/** States whose appeal deadline depends on whether the case was a felony (lib/relief-check/rules.ts, state-appeal). */
const STATES_BY_CASE_LEVEL: readonly Answers['state'][] = ['CA'];
/** Outcomes with a judgment an appeal may run from. */
const APPEALABLE_OUTCOMES: readonly Answers['outcome'][] = ['plea', 'trial', 'not-sure'];

/**
 * Whether the answers so far make a question worth asking. What it depends
 * on is asked in an earlier step, so a page without JavaScript can show it.
 */
export function isAsked(question: Question, answers: Answers): boolean {
  if (question === 'caseLevel') {
    return (
      answers.court !== 'federal' &&
      STATES_BY_CASE_LEVEL.includes(answers.state) &&
      APPEALABLE_OUTCOMES.includes(answers.outcome)
    );
  }
  if (question === 'courtDate') return answers.outcome === 'charged-no-plea';
  if (ABOUT_A_JUDGMENT.includes(question)) {
    if (answers.outcome === 'charged-no-plea') return false;
    // A plea with no sentence yet has a judgment date still to come, if one is set: no "how long ago".
    return question !== 'judgmentAge' || answers.outcome !== 'plea-not-sentenced';
  }
  if (!ABOUT_THE_PLEA.includes(question)) return true;
  return !NO_PLEA_OUTCOMES.includes(answers.outcome);
}

/** Whether a step has anything to ask for these answers: one with nothing is passed over. */
export function isStepAsked(stepIndex: number, answers: Answers): boolean {
  return stepQuestions(stepIndex, answers).length > 0;
}

/** The questions a step shows for these answers. */
export function stepQuestions(stepIndex: number, answers: Answers): Question[] {
  const step = STEPS[stepIndex];
  return step ? step.questions.filter((question) => isAsked(question, answers)) : [];
}

/** The questions of a step that still need an answer, by the first field to point to. */
export function unanswered(stepIndex: number, answers: Answers): Question[] {
  const step = STEPS[stepIndex];
  if (!step) return [];
  const missing: Question[] = [];
  if ('required' in step) {
    missing.push(...step.required.filter((question) => isAsked(question, answers) && answers[question] === undefined));
  }
  // "One of" holds only where all of them are asked: with no "how long ago", the date stays optional.
  if (
    'oneOf' in step &&
    step.oneOf.every((question) => isAsked(question, answers) && answers[question] === undefined)
  ) {
    missing.push(step.oneOf[1]);
  }
  return missing;
}

/** "Step 3 of 5": the place among the steps these answers ask, steps with nothing to ask left out of both numbers. */
export function stepProgress(stepIndex: number, answers: Answers): { step: number; count: number } {
  const asked = STEPS.map((_, index) => index).filter((index) => index === stepIndex || isStepAsked(index, answers));
  return { step: asked.indexOf(stepIndex) + 1, count: asked.length };
}
