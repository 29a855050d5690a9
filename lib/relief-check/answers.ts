import { z } from 'zod';
import { STATES, type StateCode } from '@/lib/content/fields';
import { isCalendarDate } from '@/lib/dates';

/**
 * The relief check's questions and the answers it accepts. Every question
 * has an "I don't know" answer; dates and the plea year are optional. The
 * answers travel in the form from step to step (nothing is stored on the
 * server), so they are parsed again, whole, on every step.
 */

export const COURT = ['federal', 'state', 'not-sure'] as const;
export const OUTCOME = ['plea', 'plea-not-sentenced', 'trial', 'diversion', 'dismissed', 'not-sure'] as const;
export const JUDGMENT_AGE = ['under-14-days', 'under-1-year', 'over-1-year', 'not-sure'] as const;
export const CUSTODY = ['prison', 'supervision', 'immigration-detention', 'none', 'not-sure'] as const;
export const YES_NO = ['yes', 'no', 'not-sure'] as const;
export const STATUS = ['green-card', 'visa', 'no-status', 'removal-proceedings', 'not-sure'] as const;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values).optional());

const date = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateFormat' })
    .refine(isCalendarDate, { error: 'dateFormat' })
    .optional(),
);

export const answersSchema = z.object({
  court: choice(COURT),
  state: z.preprocess(
    blankToUndefined,
    z.enum(Object.keys(STATES) as [StateCode, ...StateCode[]], { error: 'stateUnknown' }).optional(),
  ),
  outcome: choice(OUTCOME),
  judgmentDate: date,
  judgmentAge: choice(JUDGMENT_AGE),
  custody: choice(CUSTODY),
  detainedNow: choice(YES_NO),
  advised: choice(YES_NO),
  pleaYear: z.preprocess(
    blankToUndefined,
    z.coerce
      .number()
      .int({ error: 'yearFormat' })
      .min(1950, { error: 'yearFormat' })
      .max(2100, { error: 'yearFormat' })
      .optional(),
  ),
  longSentence: choice(YES_NO),
  status: choice(STATUS),
  hearingDate: date,
});

export type Answers = z.infer<typeof answersSchema>;
export type Question = keyof Answers;
export const QUESTIONS = Object.keys(answersSchema.shape) as Question[];

/** The questions answered by choosing, and which list of answers (reliefCheck.options in the message files) each offers. */
export const ANSWER_LISTS = {
  court: 'court',
  outcome: 'outcome',
  judgmentAge: 'judgmentAge',
  custody: 'custody',
  detainedNow: 'yesNo',
  advised: 'yesNo',
  longSentence: 'longSentence',
  status: 'status',
} as const satisfies Partial<Record<Question, string>>;
export type ChoiceQuestion = keyof typeof ANSWER_LISTS;

export function isChoice(question: Question): question is ChoiceQuestion {
  return Object.hasOwn(ANSWER_LISTS, question);
}
