import * as z from '@/lib/zod-mini';
import { MESSAGE_MAX, NAME_MAX, NOTE_MAX } from './limits';
import { isCalendarDate } from '@/lib/dates';
import { aNumberDigits } from '@/lib/a-number';
import { answersOf, oneOf, optionalAnswer, parseForm, typedDates, type FormParse } from '@/lib/form-answers';
import { callableNumber } from '@/lib/consultation/form/contact-details';
import {
  BEST_TIME,
  CITIZENSHIP,
  DETENTION,
  FOR_WHOM,
  INTERPRETER,
  LANGUAGES,
  MATTERS,
  forSomeoneElse,
} from '@/lib/consultation/form/answers';
import type { Messages } from '@/lib/i18n/messages';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/routes';
import { STATES, type StateCode } from '@/lib/content/states';

/**
 * The consultation form's rules, in one place. The Server Action validates
 * with this schema, and the form runs the same schema in the browser before
 * sending, so a person sees the same message either way. Errors are message
 * keys, not sentences: the form shows each in the reader's language. Written
 * with zod's mini build, which the contact page ships to the browser.
 */

/** A problem with one answer; its words are under form.errors in each language's message file. */
export type ConsultationErrorCode = keyof Messages['form']['errors'];

/** Checks at compile time that the message files have words for this problem. */
const code = (key: ConsultationErrorCode) => key;

export { MESSAGE_MAX, NAME_MAX, NOTE_MAX } from './limits';

/** A language's name, typed when it is not on the list. */
export const OTHER_LANGUAGE_MAX = 60;

const choice = <T extends Record<string, string>>(options: T, message: ConsultationErrorCode) =>
  oneOf(answersOf(options), message);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** No line breaks or control characters: a line break in a name can smuggle extra headers into an email. */
export const oneLine = (text: string) => !/[\r\n\u0000-\u001f\u007f]/.test(text);

/** The messages an email address's problems have in a form's message files. */
export type EmailCodes<C extends string> = Record<'tooLong' | 'noAt' | 'noDomain' | 'noDot' | 'invalid', C>;

/** An email address, refused with the message that says what to fix; shared by both request forms. */
export const emailAnswer = <C extends string>(codes: EmailCodes<C>) =>
  z.string().check(
    z.trim(),
    z.maxLength(254, { error: codes.tooLong }),
    z.superRefine((value, ctx) => {
      const problem = emailProblem(value, codes);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );

/**
 * A phone number the firm can call back, read once into every form it is
 * used in (the confirmation, the stored request, the email); shared by both
 * request forms.
 */
export const phoneAnswer = <C extends string>(codes: { characters: C; notCallable: C }) =>
  z.pipe(
    z.string().check(z.trim(), z.regex(/^\+?[\d\s().\-]{7,25}$/, { error: codes.characters })),
    z.transform((typed, context) => {
      const number = callableNumber(typed);
      // A number with a digit too many or too few reaches nobody: refused here, while the person can still fix it.
      if (number === undefined) context.issues.push({ code: 'custom', message: codes.notCallable, input: typed });
      return number ?? z.NEVER;
    }),
  );

const email = emailAnswer({
  tooLong: code('emailTooLong'),
  noAt: code('emailNoAt'),
  noDomain: code('emailNoDomain'),
  noDot: code('emailNoDot'),
  invalid: code('emailInvalid'),
});
const phone = phoneAnswer({ characters: code('phoneCharacters'), notCallable: code('phoneNotCallable') });

/**
 * A date typed the reader's way or picked; the parse reads it as YYYY-MM-DD
 * first (`typedDates`). One problem at a time, without aborting: an aborted
 * answer would stop the checks across answers ("a phone or an email") from
 * listing their problems in the same round.
 */
export const typedDay = <C extends string>(format: C, real: C) =>
  z.string().check(
    z.regex(DATE, { error: format }),
    z.refine((value) => !DATE.test(value) || isCalendarDate(value), { error: real }),
  );

/** A short answer on one line: `tooLong` past `max` characters, `twoLines` for a line break. */
const lineOfText = (max: number, tooLong: ConsultationErrorCode, twoLines: ConsultationErrorCode = tooLong) =>
  z.string().check(z.trim(), z.maxLength(max, { error: tooLong }), z.refine(oneLine, { error: twoLines }));

/** A short line about the detained person: a country, a place. */
const detaineeLine = lineOfText(NOTE_MAX, code('detaineeTooLong'));

/** The dates the form lets a person type in their own way (día/mes/año on the Spanish site). */
const TYPED_DATES = ['hearingDate', 'birthDate', 'arrestDate'] as const;

export const consultationSchema = z
  .object({
    name: z
      .string({ error: code('nameRequired') })
      .check(
        z.trim(),
        z.minLength(1, { error: code('nameRequired') }),
        z.maxLength(NAME_MAX, { error: code('nameTooLong') }),
        z.refine(oneLine, { error: code('nameOneLine') }),
      ),
    forWhom: choice(FOR_WHOM, 'forWhomRequired'),
    personName: optionalAnswer(lineOfText(NAME_MAX, code('personNameTooLong'), code('personNameOneLine'))),
    relationship: optionalAnswer(z.string().check(z.trim(), z.maxLength(60, { error: code('relationshipTooLong') }))),
    phone: optionalAnswer(phone),
    email: optionalAnswer(email),
    language: choice(LANGUAGES, 'languageRequired'),
    otherLanguage: optionalAnswer(lineOfText(OTHER_LANGUAGE_MAX, code('otherLanguageTooLong'))),
    interpreter: optionalAnswer(choice(INTERPRETER, 'interpreterInvalid')),
    citizen: choice(CITIZENSHIP, 'citizenRequired'),
    matter: choice(MATTERS, 'matterRequired'),
    detained: choice(DETENTION, 'detainedRequired'),
    bestTime: optionalAnswer(choice(BEST_TIME, 'bestTimeInvalid')),
    bestTimeNote: optionalAnswer(z.string().check(z.trim(), z.maxLength(NOTE_MAX, { error: code('noteTooLong') }))),
    hearingDate: optionalAnswer(typedDay(code('hearingDateFormat'), code('hearingDateReal'))),
    /** Where the criminal case is: a state none of the firm's lawyers is admitted in is told so (lib/content/admissions.ts). */
    caseState: optionalAnswer(oneOf(answersOf(STATES) as [StateCode, ...StateCode[]], code('caseStateUnknown'))),
    // What the ICE locator and the firm need to find a detained person (the detention page says so); all optional.
    countryOfBirth: optionalAnswer(detaineeLine),
    birthDate: optionalAnswer(typedDay(code('dateFormat'), code('dateReal'))),
    aNumber: optionalAnswer(
      z.pipe(
        z.string().check(z.refine((value) => aNumberDigits(value) !== undefined, { error: code('aNumberDigits') })),
        z.transform((value) => aNumberDigits(value) ?? value),
      ),
    ),
    heldAt: optionalAnswer(detaineeLine),
    arrestDate: optionalAnswer(typedDay(code('dateFormat'), code('dateReal'))),
    message: optionalAnswer(z.string().check(z.trim(), z.maxLength(MESSAGE_MAX, { error: code('messageTooLong') }))),
    consent: z.literal('yes', { error: code('consentRequired') }),
    /** Which edition the form was sent from; tells staff the person read the site in Spanish. Never shown as an error. */
    siteLanguage: z.catch(z.enum(LOCALES), DEFAULT_LOCALE),
  })
  .check(
    phoneOrEmail(code('contactMissing')),
    // The firm needs the name for its conflict check, and the relationship to know who it is talking to.
    z.refine((request) => !forSomeoneElse(request) || request.personName !== undefined, {
      path: ['personName'],
      error: code('personNameRequired'),
      when: always,
    }),
    z.refine((request) => !forSomeoneElse(request) || request.relationship !== undefined, {
      path: ['relationship'],
      error: code('relationshipRequired'),
      when: always,
    }),
    // "Another language" tells the firm nothing until it says which: without it, no interpreter can be booked.
    z.refine((request) => request.language !== 'other' || request.otherLanguage !== undefined, {
      path: ['otherLanguage'],
      error: code('otherLanguageRequired'),
      when: always,
    }),
  );

/**
 * Checks across answers run even when another answer has a problem, so the
 * form lists every problem at once instead of in rounds. They read the
 * answers as sent, so each one looks only at values it can trust.
 */
function always(): boolean {
  return true;
}

/** Many people have a phone and no email: either one is enough, but one is needed; shared by both request forms. */
export function phoneOrEmail<C extends string>(error: C) {
  return z.refine<{ phone?: unknown; email?: unknown }>(
    (request) => request.phone !== undefined || request.email !== undefined,
    { path: ['phone'], error, when: always },
  );
}

/** What is wrong with an email address, so the message can say what to do; undefined when it looks right. */
function emailProblem<C extends string>(value: string, codes: EmailCodes<C>): C | undefined {
  const at = value.indexOf('@');
  if (at < 1) return codes.noAt;
  const domain = value.slice(at + 1);
  if (domain === '') return codes.noDomain;
  if (!domain.includes('.')) return codes.noDot;
  if (!z.email().safeParse(value).success) return codes.invalid;
  return undefined;
}

export type ConsultationRequest = z.infer<typeof consultationSchema>;
export type ConsultationField = keyof ConsultationRequest;
export const CONSULTATION_FIELDS = Object.keys(consultationSchema.shape) as ConsultationField[];

/** What the person typed, as strings, so the form can show it again. */
export type ConsultationValues = Partial<Record<ConsultationField, string>>;
/** Each field's first problem, as a message key (lib/i18n/messages/*.json, form.errors): the form says it in the reader's language. */
export type ConsultationErrors = Partial<Record<ConsultationField, ConsultationErrorCode>>;

export type ConsultationParse = FormParse<ConsultationRequest, ConsultationField, ConsultationErrorCode>;

export function parseConsultation(form: FormData): ConsultationParse {
  return parseForm(form, CONSULTATION_FIELDS, consultationSchema, (values) => typedDates(values, TYPED_DATES));
}
