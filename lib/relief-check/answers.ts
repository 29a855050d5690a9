import * as z from '@/lib/zod-mini';
import { STATES, type StateCode } from '@/lib/content/states';
import { isCalendarDate } from '@/lib/dates';
import { answersOf, oneOf, optionalAnswer } from '@/lib/form-answers';

/**
 * The relief check's questions and the answers it accepts. Every question
 * has an "I don't know" answer; dates and the plea year are optional. The
 * answers travel in the form from step to step (the server reads them to
 * choose the next step and keeps nothing), so they are parsed again, whole,
 * on every step.
 */

/** Whose case it is: only the wording changes ("you" for the person's own case). */
export const WHO = ['self', 'someone-else'] as const;
export const COURT = ['federal', 'state', 'not-sure'] as const;
/**
 * What the charge was about, as a short list a person can answer without
 * the papers; several may fit. "Something else, or I don't know" is
 * `not-sure`.
 */
export const CHARGE = [
  'drugs',
  'firearms',
  'violence',
  'theft-fraud',
  'dui',
  'immigration',
  'sex',
  'not-sure',
] as const;
export const OUTCOME = [
  'charged-no-plea',
  'plea',
  'plea-not-sentenced',
  'trial',
  'diversion',
  'dismissed-after-plea',
  'dismissed-no-plea',
  'juvenile',
  'not-sure',
] as const;
/**
 * Felony or misdemeanor, asked where a state's appeal deadline depends on
 * it (California). A case where any felony was charged is a felony case,
 * whatever the plea (Cal. Rules of Court, rule 8.304(a)(2)).
 */
export const CASE_LEVEL = ['felony', 'misdemeanor', 'not-sure'] as const;
export const JUDGMENT_AGE = [
  'under-14-days',
  '14-days-to-2-months',
  '2-to-12-months',
  'over-1-year',
  'not-sure',
] as const;
/** Where the person is now. Probation, parole and supervised release are asked apart: they can run during immigration detention. */
export const CUSTODY = ['prison', 'prison-ice-hold', 'immigration-detention', 'neither', 'not-sure'] as const;
export const YES_NO = ['yes', 'no', 'not-sure'] as const;
/** What the defense lawyer said about immigration before the plea (not the judge: a court's warning is not the lawyer's advice). */
export const LAWYER_ADVICE = ['nothing', 'no-problem', 'risk', 'certain', 'not-sure'] as const;
/**
 * A removal order already made, with the person still here or already gone,
 * changes what can be done: motions to reopen, not defenses. DACA,
 * Temporary Protected Status and asylum or refugee status each have crime
 * bars of their own.
 */
export const STATUS = [
  'green-card',
  'visa',
  'daca',
  'tps',
  'asylee-refugee',
  'no-status',
  'removal-proceedings',
  'removal-order',
  'deported',
  'not-sure',
] as const;

/** Refused answers name the message to show (reliefCheck.errors in the message files); a choice that is not offered is 'chooseOne'. */
const choice = <T extends readonly [string, ...string[]]>(answers: T) => optionalAnswer(oneOf(answers, 'chooseOne'));

/** The ticked boxes of a group, each once and in the list's order; none ticked is no answer, and an unknown one is refused. */
const ticked = <T extends readonly [string, ...string[]]>(answers: T) =>
  z.pipe(
    z.transform((value: unknown) => {
      const list = (Array.isArray(value) ? value : [value]).filter(
        (item): item is string => typeof item === 'string' && item !== '',
      );
      if (list.length === 0) return undefined;
      const known: readonly string[] = answers;
      return [...known.filter((item) => list.includes(item)), ...list.filter((item) => !known.includes(item))];
    }),
    z.optional(z.array(oneOf(answers, 'chooseOne'))),
  );

const date = optionalAnswer(
  z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateFormat', abort: true }),
      z.refine(isCalendarDate, { error: 'dateFormat' }),
    ),
);

export const answersSchema = z.object({
  who: choice(WHO),
  court: choice(COURT),
  state: optionalAnswer(oneOf(answersOf(STATES) as [StateCode, ...StateCode[]], 'stateUnknown')),
  charges: ticked(CHARGE),
  outcome: choice(OUTCOME),
  caseLevel: choice(CASE_LEVEL),
  judgmentDate: date,
  judgmentAge: choice(JUDGMENT_AGE),
  /** The next date in the criminal case, asked of a person charged who has not pleaded yet. */
  courtDate: date,
  custody: choice(CUSTODY),
  supervision: choice(YES_NO),
  detainedNow: choice(YES_NO),
  lawyerAdvice: choice(LAWYER_ADVICE),
  pleaYear: optionalAnswer(
    z.pipe(
      z.coerce.number({ error: 'yearFormat' }),
      z.int({ error: 'yearFormat' }).check(z.gte(1950, { error: 'yearFormat' }), z.lte(2100, { error: 'yearFormat' })),
    ),
  ),
  longSentence: choice(YES_NO),
  status: choice(STATUS),
  hearingDate: date,
});

export type Answers = z.infer<typeof answersSchema>;
export type Question = keyof Answers;
export const QUESTIONS = Object.keys(answersSchema.shape) as Question[];

/** The questions answered with a date: typed the reader's way, shown in the reader's language. */
const DATE_QUESTIONS = ['judgmentDate', 'courtDate', 'hearingDate'] as const satisfies readonly Question[];
export function isDateQuestion(question: Question): question is (typeof DATE_QUESTIONS)[number] {
  return (DATE_QUESTIONS as readonly Question[]).includes(question);
}

/** The questions answered by choosing, with their answers, and which list of words (reliefCheck.options in the message files) each shows. */
export const CHOICES = {
  court: { answers: COURT, words: 'court' },
  outcome: { answers: OUTCOME, words: 'outcome' },
  caseLevel: { answers: CASE_LEVEL, words: 'caseLevel' },
  judgmentAge: { answers: JUDGMENT_AGE, words: 'judgmentAge' },
  custody: { answers: CUSTODY, words: 'custody' },
  supervision: { answers: YES_NO, words: 'yesNo' },
  detainedNow: { answers: YES_NO, words: 'yesNo' },
  lawyerAdvice: { answers: LAWYER_ADVICE, words: 'lawyerAdvice' },
  longSentence: { answers: YES_NO, words: 'longSentence' },
  status: { answers: STATUS, words: 'status' },
} as const satisfies Partial<Record<Question, { answers: readonly string[]; words: string }>>;
export type ChoiceQuestion = keyof typeof CHOICES;
export const CHOICE_QUESTIONS = Object.keys(CHOICES) as ChoiceQuestion[];

export function isChoice(question: Question): question is ChoiceQuestion {
  return Object.hasOwn(CHOICES, question);
}

/**
 * The questions answered by choosing that no rule reads, or that are
 * answered with several ticks: tried at values of their own (lib/relief-check/cover.ts).
 */
export const WHO_QUESTION = { answers: WHO, words: 'who' } as const;
export const CHARGE_QUESTION = { answers: CHARGE, words: 'charges' } as const;

export type Charge = (typeof CHARGE)[number];

/** The questions answered with several ticks: one form field per tick. */
export function isTickedQuestion(question: Question): question is 'charges' {
  return question === 'charges';
}

/** "I don't know", the answer every choice offers. */
export const NOT_SURE = 'not-sure';

/**
 * The state whose own courts have the case: a state case's state. A
 * federal court admits lawyers court by court, so the state it sits in says
 * nothing of who may defend the case there.
 */
export function stateOfStateCase(answers: Pick<Answers, 'court' | 'state'>): StateCode | undefined {
  return answers.court === 'federal' ? undefined : answers.state;
}
