import { typedDate } from '@/lib/dates';
import { EDIT_STEP_FIELD, LANGUAGE_FIELD, REVIEWING_FIELD, SEND_FIELD, SEND_TOPICS } from './form-fields';
import { DEFAULT_LOCALE } from '@/lib/routes';
import { answersSchema, isDateQuestion, isTickedQuestion, QUESTIONS, type Answers, type Question } from './answers';
import type { Attachment } from './attachment';
import { runningDeadlines, type RunningDeadline } from './deadlines';
import { dateFitsAge, factsFor } from './facts';
import { topicsFor, type ShownTopic } from './rules';
import { isAsked, isStepAsked, STEP_COUNT, STEPS, stepQuestions, unanswered } from './steps';

/** What is wrong with one answer; its words are under reliefCheck.errors in the message files. */
export type CheckError = 'chooseOne' | 'whenMissing' | 'dateFormat' | 'yearFormat' | 'stateUnknown' | 'dateDisagrees';

/**
 * Where the person is in the check, as one press of a button decides it.
 * Everything they answered travels with it, in the form. `send`: they chose
 * to send some of it with a consultation request (lib/consultation/
 * relief-check-request.ts adds the form); `answers` are all their answers,
 * to go back to the topics.
 */
export type CheckStep =
  /** `reviewing`: opened from the review of the answers, to which "next" returns once nothing is missing. */
  | { view: 'step'; step: number; answers: Answers; errors: Partial<Record<Question, CheckError>>; reviewing?: boolean }
  /** Every answer, grouped by step, each group with a way to change it, before the topics. */
  | { view: 'review'; answers: Answers }
  /**
   * `deadlines`: the dates still running, soonest first, counted from the day the check ran;
   * `hearing`: the next court date the person gave, when it is today or later.
   */
  | { view: 'result'; answers: Answers; topics: ShownTopic[]; deadlines: RunningDeadline[]; hearing?: string }
  | { view: 'send'; answers: Answers; attachment: Attachment };

export const START: Extract<CheckStep, { view: 'step' }> = { view: 'step', step: 0, answers: {}, errors: {} };

/** The buttons of the check, by their `intent`. */
export type Intent = 'next' | 'back' | 'send' | 'change' | 'restart' | 'topics';
const INTENTS: readonly Intent[] = ['next', 'back', 'send', 'change', 'restart', 'topics'];

/** The answers a form carries, each parsed on its own: a bad one is dropped and reported, the rest are kept. */
export function answersFrom(form: FormData): { answers: Answers; errors: Partial<Record<Question, CheckError>> } {
  const answers: Record<string, unknown> = {};
  const errors: Partial<Record<Question, CheckError>> = {};
  const language = form.get(LANGUAGE_FIELD);
  const locale = typeof language === 'string' ? language : DEFAULT_LOCALE;
  for (const question of QUESTIONS) {
    if (isTickedQuestion(question)) {
      const parsed = answersSchema.shape[question].safeParse(form.getAll(question));
      if (parsed.success) answers[question] = parsed.data;
      else errors[question] = 'chooseOne';
      continue;
    }
    const typed = form.get(question);
    if (typeof typed !== 'string') continue;
    // A date typed the reader's way (día/mes/año in Spanish) is read as the picker's.
    const raw = isDateQuestion(question) ? typedDate(typed, locale) : typed;
    const parsed = answersSchema.shape[question].safeParse(raw);
    if (parsed.success) answers[question] = parsed.data;
    else errors[question] = (parsed.error.issues[0]?.message as CheckError | undefined) ?? 'chooseOne';
  }
  return { answers: withoutUnasked(answersSchema.parse(answers)), errors };
}

/** An answer to a question the other answers no longer ask (the plea, after "found guilty at a trial") is dropped. */
function withoutUnasked(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([question]) => isAsked(question as Question, answers)),
  ) as Answers;
}

/** The topics for these answers on `today` (YYYY-MM-DD where the firm is). */
export function topicsOn(answers: Answers, today: string): ShownTopic[] {
  return topicsFor(answers, factsFor(answers, today));
}

/** The topics and running deadlines for these answers, as the result shows them. */
export function resultOn(answers: Answers, today: string): Extract<CheckStep, { view: 'result' }> {
  const topics = topicsOn(answers, today);
  const hearing =
    answers.hearingDate !== undefined && answers.hearingDate >= today ? { hearing: answers.hearingDate } : {};
  return { view: 'result', answers, topics, deadlines: runningDeadlines(topics, today), ...hearing };
}

/** What the person ticked to send: those answers, and the topics if ticked. */
export function chosenAttachment(form: FormData, answers: Answers, topics: readonly ShownTopic[]): Attachment {
  const chosen = new Set(form.getAll(SEND_FIELD).filter((value): value is string => typeof value === 'string'));
  return {
    answers: Object.fromEntries(Object.entries(answers).filter(([question]) => chosen.has(question))) as Answers,
    topics: chosen.has(SEND_TOPICS) ? topics.map((topic) => topic.id) : [],
  };
}

/** One press of a button of the check, to the next state. `today` is YYYY-MM-DD where the firm is. */
export function advance(form: FormData, today: string): CheckStep {
  const intent = form.has(EDIT_STEP_FIELD)
    ? 'edit'
    : (INTENTS.find((candidate) => candidate === form.get('intent')) ?? 'next');
  const step = stepFrom(form.get(intent === 'edit' ? EDIT_STEP_FIELD : 'step'));
  const reviewing = form.get(REVIEWING_FIELD) === '1';
  // The flag is left off a step not opened from the review, so the state stays as small as the form that carries it.
  const fromReview = reviewing ? { reviewing } : {};
  const { answers, errors } = answersFrom(form);

  switch (intent) {
    case 'restart':
      return START;
    case 'change':
      return { view: 'review', answers };
    case 'edit':
      return { view: 'step', step, answers, errors: {}, reviewing: true };
    case 'back':
      return { view: 'step', step: previousStep(step, answers), answers, errors: {}, ...fromReview };
    case 'topics':
      return resultOn(answers, today);
    case 'send':
      return { view: 'send', answers, attachment: chosenAttachment(form, answers, topicsOn(answers, today)) };
    case 'next': {
      const asked = stepQuestions(step, answers);
      const problems: Partial<Record<Question, CheckError>> = Object.fromEntries(
        Object.entries(errors).filter(([question]) => asked.includes(question as Question)),
      );
      for (const question of unanswered(step, answers)) {
        problems[question] ??= question === 'judgmentAge' ? 'whenMissing' : 'chooseOne';
      }
      if (
        asked.includes('judgmentDate') &&
        answers.judgmentDate !== undefined &&
        !dateFitsAge(answers.judgmentDate, answers.judgmentAge, today)
      ) {
        problems.judgmentDate ??= 'dateDisagrees';
      }
      if (Object.keys(problems).length > 0) return { view: 'step', step, answers, errors: problems, ...fromReview };
      // From the review, a changed answer may ask something new later on (the plea, after a new outcome): only that is asked.
      const following = STEPS.findIndex(
        (_, later) => later > step && (reviewing ? unanswered(later, answers).length > 0 : isStepAsked(later, answers)),
      );
      if (following !== -1 && following < STEP_COUNT) {
        return { view: 'step', step: following, answers, errors: {}, ...fromReview };
      }
      return { view: 'review', answers };
    }
  }
}

/** The step before, passing over steps with nothing to ask (the plea, for a person charged who has not pleaded). */
function previousStep(step: number, answers: Answers): number {
  for (let earlier = step - 1; earlier > 0; earlier -= 1) if (isStepAsked(earlier, answers)) return earlier;
  return 0;
}

function stepFrom(value: FormDataEntryValue | null): number {
  const step = Number(value);
  return Number.isInteger(step) && step >= 0 && step < STEP_COUNT ? step : 0;
}

/** The answers as the hidden fields of a form: what a step carries forward besides its own questions. */
export function carriedAnswers(answers: Answers, except: readonly Question[] = []): [Question, string][] {
  return QUESTIONS.filter((question) => !except.includes(question)).flatMap((question): [Question, string][] => {
    const answer = answers[question];
    if (answer === undefined) return [];
    return Array.isArray(answer) ? answer.map((value) => [question, value]) : [[question, String(answer)]];
  });
}
