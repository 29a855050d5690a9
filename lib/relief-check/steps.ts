import type { Answers, Question } from './answers';

/**
 * The check's steps, one group of questions each, in the order asked. A
 * step lists the questions it must have an answer to ("I don't know" is an
 * answer); `oneOf` asks for at least one of its questions.
 */
export const STEPS = [
  { id: 'court', questions: ['court', 'state'], required: ['court'] },
  { id: 'outcome', questions: ['outcome'], required: ['outcome'] },
  { id: 'when', questions: ['judgmentDate', 'judgmentAge'], oneOf: ['judgmentDate', 'judgmentAge'] },
  { id: 'now', questions: ['custody', 'detainedNow'], required: ['custody', 'detainedNow'] },
  { id: 'plea', questions: ['advised', 'pleaYear', 'longSentence'], required: ['advised', 'longSentence'] },
  { id: 'immigration', questions: ['status', 'hearingDate'], required: ['status'] },
] as const satisfies readonly {
  id: string;
  questions: readonly Question[];
  required?: readonly Question[];
  oneOf?: readonly Question[];
}[];

export type StepId = (typeof STEPS)[number]['id'];
export const STEP_COUNT = STEPS.length;

/** The questions of a step that still need an answer, by the first field to point to. */
export function unanswered(stepIndex: number, answers: Answers): Question[] {
  const step = STEPS[stepIndex];
  if (!step) return [];
  const missing: Question[] = [];
  if ('required' in step) missing.push(...step.required.filter((question) => answers[question] === undefined));
  if ('oneOf' in step && step.oneOf.every((question) => answers[question] === undefined)) missing.push(step.oneOf[1]);
  return missing;
}
