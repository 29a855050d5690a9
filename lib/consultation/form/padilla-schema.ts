import { DETAIL_MAX, LINE_MAX } from './limits';
import * as z from '@/lib/zod-mini';
import { answersOf, oneOf, optionalAnswer, parseForm, typedDates, type FormParse } from '@/lib/form-answers';
import type { Messages } from '@/lib/i18n/messages';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/routes';
import { typedTime } from '@/lib/dates';
import { CLIENT_STATUS } from '@/lib/consultation/form/answers';
import { emailAnswer, oneLine, phoneAnswer, phoneOrEmail, typedDay } from '@/lib/consultation/form/schema';

/**
 * The defense lawyer's request for a Padilla consultation (the page for
 * defense attorneys): what the firm needs to advise on the immigration
 * consequences of a proposed plea. The Server Action and the form in the
 * browser both validate with this schema; errors are message keys, under
 * defenseForm.errors in each language's message file.
 */

export type PadillaErrorCode = keyof Messages['defenseForm']['errors'];
const code = (key: PadillaErrorCode) => key;

export { DETAIL_MAX, LINE_MAX } from './limits';

const lineChecks = [
  z.trim(),
  z.maxLength(LINE_MAX, { error: code('lineTooLong') }),
  z.refine<string>(oneLine, { error: code('oneLine') }),
] as const;
const line = () => z.string().check(...lineChecks);
/** A line that must be there: blank or missing is `missing`. */
const requiredLine = (missing: PadillaErrorCode) =>
  z.string({ error: code(missing) }).check(...lineChecks, z.minLength(1, { error: code(missing) }));
/** A 24-hour time, HH:MM, as a time field sends it; `typedTime` reads the other ways people type one first. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const detail = () => z.string().check(z.trim(), z.maxLength(DETAIL_MAX, { error: code('detailTooLong') }));

export const padillaSchema = z
  .object({
    lawyerName: requiredLine('lawyerNameRequired'),
    office: optionalAnswer(line()),
    phone: optionalAnswer(phoneAnswer({ characters: code('phoneCharacters'), notCallable: code('phoneNotCallable') })),
    email: optionalAnswer(
      emailAnswer({
        tooLong: code('emailTooLong'),
        noAt: code('emailNoAt'),
        noDomain: code('emailNoDomain'),
        noDot: code('emailNoDot'),
        invalid: code('emailInvalid'),
      }),
    ),
    /** A cell number or how late the lawyer can be reached: what the firm needs when the plea is tomorrow. */
    reachableUntil: optionalAnswer(line()),
    /** The firm's conflict check runs on this name before anyone reads the details. */
    clientName: requiredLine('clientNameRequired'),
    court: optionalAnswer(line()),
    charges: z
      .string({ error: code('chargesRequired') })
      .check(
        z.trim(),
        z.minLength(1, { error: code('chargesRequired') }),
        z.maxLength(DETAIL_MAX, { error: code('detailTooLong') }),
      ),
    proposedPlea: optionalAnswer(detail()),
    sentenceOffered: optionalAnswer(detail()),
    clientStatus: oneOf(answersOf(CLIENT_STATUS), code('clientStatusRequired')),
    countryOfBirth: optionalAnswer(line()),
    /** YYYY-MM-DD: for a green card holder, the day the residence began; the firm's lawyer judges what it bears on. */
    residentSince: optionalAnswer(typedDay(code('residentSinceFormat'), code('residentSinceReal'))),
    priorRecord: optionalAnswer(detail()),
    pleaDate: optionalAnswer(typedDay(code('pleaDateFormat'), code('pleaDateReal'))),
    /** HH:MM, 24-hour. */
    pleaTime: optionalAnswer(z.string().check(z.regex(TIME, { error: code('pleaTimeFormat') }))),
    message: optionalAnswer(detail()),
    consent: z.literal('yes', { error: code('consentRequired') }),
    siteLanguage: z.catch(z.enum(LOCALES), DEFAULT_LOCALE),
  })
  .check(phoneOrEmail(code('contactMissing')));

export type PadillaRequest = z.infer<typeof padillaSchema>;
export type PadillaField = keyof PadillaRequest;
export const PADILLA_FIELDS = Object.keys(padillaSchema.shape) as PadillaField[];
export type PadillaValues = Partial<Record<PadillaField, string>>;
export type PadillaErrors = Partial<Record<PadillaField, PadillaErrorCode>>;
export type PadillaParse = FormParse<PadillaRequest, PadillaField, PadillaErrorCode>;

export function parsePadilla(form: FormData): PadillaParse {
  return parseForm(form, PADILLA_FIELDS, padillaSchema, (values) => ({
    ...typedDates(values, ['pleaDate', 'residentSince'] as const),
    ...(values.pleaTime ? { pleaTime: typedTime(values.pleaTime) } : {}),
  }));
}
