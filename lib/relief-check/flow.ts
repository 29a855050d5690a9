import type { ConsultationFormState } from '@/lib/consultation/form-state';
import { answersSchema, QUESTIONS, type Answers, type Question } from './answers';
import { factsFor } from './facts';
import { STEP_COUNT, STEPS, unanswered } from './steps';
import { topicsFor, type TopicId } from './rules';

/** What is wrong with one answer; its words are under reliefCheck.errors in the message files. */
export type CheckError = 'chooseOne' | 'whenMissing' | 'dateFormat' | 'yearFormat' | 'stateUnknown';

/** Where the person is in the check. Everything they answered travels with it, in the form. */
export type CheckState =
  | { view: 'step'; step: number; answers: Answers; errors: Partial<Record<Question, CheckError>> }
  | { view: 'result'; answers: Answers; topics: TopicId[] }
  /** The consultation form, with the answers attached: its signed token, and its answer when it was sent back. */
  | { view: 'send'; answers: Answers; topics: TopicId[]; formToken: string; consultation: ConsultationFormState };

/** What `advance` decides; the server adds the consultation form's token when the person chooses to send. */
export type CheckStep = Exclude<CheckState, { view: 'send' }> | { view: 'send'; answers: Answers; topics: TopicId[] };

export const START: CheckState = { view: 'step', step: 0, answers: {}, errors: {} };

/** The buttons of the check, by their `intent`. */
export type Intent = 'next' | 'back' | 'send' | 'change' | 'restart';
/** The consultation form's button, when the form is posted through the check's action with the answers attached. */
export const CONSULT_INTENT = 'consult';
const INTENTS: readonly Intent[] = ['next', 'back', 'send', 'change', 'restart'];

/** The answers a form carries, each parsed on its own: a bad one is dropped and reported, the rest are kept. */
export function answersFrom(form: FormData): { answers: Answers; errors: Partial<Record<Question, CheckError>> } {
  const answers: Record<string, unknown> = {};
  const errors: Partial<Record<Question, CheckError>> = {};
  for (const question of QUESTIONS) {
    const raw = form.get(question);
    if (typeof raw !== 'string') continue;
    const parsed = answersSchema.shape[question].safeParse(raw);
    if (parsed.success) answers[question] = parsed.data;
    else errors[question] = (parsed.error.issues[0]?.message as CheckError | undefined) ?? 'chooseOne';
  }
  return { answers: answersSchema.parse(answers), errors };
}

/** One press of a button of the check, to the next state. `today` is YYYY-MM-DD where the firm is. */
export function advance(form: FormData, today: string): CheckStep {
  const intent = INTENTS.find((candidate) => candidate === form.get('intent')) ?? 'next';
  const rawStep = Number(form.get('step'));
  const step = Number.isInteger(rawStep) && rawStep >= 0 && rawStep < STEP_COUNT ? rawStep : 0;
  const { answers, errors } = answersFrom(form);
  const topics = () => topicsFor(answers, factsFor(answers, today)).map((rule) => rule.id);

  switch (intent) {
    case 'restart':
      return START;
    case 'change':
      return { view: 'step', step: 0, answers, errors: {} };
    case 'back':
      return { view: 'step', step: Math.max(0, step - 1), answers, errors: {} };
    case 'send':
      return { view: 'send', answers, topics: topics() };
    case 'next': {
      const stepQuestions: readonly Question[] = STEPS[step]?.questions ?? [];
      const problems: Partial<Record<Question, CheckError>> = Object.fromEntries(
        Object.entries(errors).filter(([question]) => stepQuestions.includes(question as Question)),
      );
      for (const question of unanswered(step, answers)) {
        problems[question] ??= question === 'judgmentAge' ? 'whenMissing' : 'chooseOne';
      }
      if (Object.keys(problems).length > 0) return { view: 'step', step, answers, errors: problems };
      if (step + 1 < STEP_COUNT) return { view: 'step', step: step + 1, answers, errors: {} };
      return { view: 'result', answers, topics: topics() };
    }
  }
}

/** The answers as the hidden fields of a form: what a step carries forward besides its own questions. */
export function carriedAnswers(answers: Answers, except: readonly Question[] = []): [Question, string][] {
  return QUESTIONS.filter((question) => !except.includes(question) && answers[question] !== undefined).map(
    (question) => [question, String(answers[question])],
  );
}
