import { z } from 'zod';
import { isCalendarDate } from '@/lib/dates';

/**
 * The consultation form's rules, in one place. The Server Action validates
 * with this schema, and the form runs the same schema in the browser before
 * sending, so a person sees the same message either way.
 */

// Zod speeds up parsing by compiling code with `new Function`, which the
// site's Content-Security-Policy (no 'unsafe-eval') forbids in the browser.
// The form is small, so the plain interpreter costs nothing noticeable.
z.config({ jitless: true });

/** A few words on the kind of case: the firm asks for no more before its conflict check (ABA Model Rule 1.18). */
export const MESSAGE_MAX = 500;
export const NAME_MAX = 120;

export const LANGUAGES = { english: 'English', spanish: 'Spanish (Español)', other: 'Another language' } as const;
/** Who the request is about: the questions below speak of "the person who needs help" either way. */
export const FOR_WHOM = { self: 'Me', family: 'A family member', other: 'Someone else' } as const;
export const CITIZENSHIP = { no: 'No', yes: 'Yes', 'not-sure': 'Not sure' } as const;
export const MATTERS = {
  'facing-charges': 'Facing criminal charges now',
  convicted: 'Already convicted, in an old or a recent case',
  'ice-detention': 'Arrested or detained by immigration (ICE)',
  'immigration-letter': 'Got a letter or notice from immigration',
  'removal-proceedings': 'In removal (deportation) proceedings',
  other: 'Something else',
} as const;
export const DETENTION = {
  no: 'No',
  yes: 'Yes, detained now',
  'not-sure': 'Not sure',
} as const;
export const BEST_TIME = {
  mornings: 'Mornings',
  afternoons: 'Afternoons',
  evenings: 'Evenings',
  any: 'Any time',
} as const;
export const NOTE_MAX = 120;

function choice<T extends Record<string, string>>(options: T, message: string) {
  return z.enum(Object.keys(options) as [keyof T & string, ...(keyof T & string)[]], { error: message });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const email = z
  .string()
  .trim()
  .max(254, { error: 'Enter an email address of 254 characters or fewer' })
  .superRefine((value, ctx) => {
    const problem = emailProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s().\-]{7,25}$/, {
    error: 'Enter a phone number using digits, spaces and + ( ) -, like +1 555 010 0100',
  })
  .refine((value) => (value.match(/\d/g) ?? []).length >= 7 && (value.match(/\d/g) ?? []).length <= 15, {
    error: 'Enter a phone number with 7 to 15 digits, including the country code if outside the US',
  });

export const CONTACT_MISSING = 'Enter a phone number or an email address, so we can reach you';

export const consultationSchema = z
  .object({
    name: z
      .string({ error: 'Enter your full name' })
      .trim()
      .min(1, { error: 'Enter your full name' })
      .max(NAME_MAX, { error: `Your name must be ${NAME_MAX} characters or fewer` })
      // A line break in a name can smuggle extra headers into an email.
      .refine((name) => !/[\r\n\u0000-\u001f\u007f]/.test(name), { error: 'Enter your name on one line' }),
    forWhom: choice(FOR_WHOM, 'Tell us who needs help: you, a family member or someone else'),
    personName: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(NAME_MAX, { error: `The name must be ${NAME_MAX} characters or fewer` })
        .refine((name) => !/[\r\n\u0000-\u001f\u007f]/.test(name), { error: 'Enter the name on one line' })
        .optional(),
    ),
    relationship: z.preprocess(
      blankToUndefined,
      z.string().trim().max(60, { error: 'Please use 60 characters or fewer, for example "my husband"' }).optional(),
    ),
    phone: z.preprocess(blankToUndefined, phone.optional()),
    email: z.preprocess(blankToUndefined, email.optional()),
    language: choice(LANGUAGES, 'Choose the language you prefer'),
    citizen: choice(CITIZENSHIP, 'Tell us whether the person who needs help is a US citizen, or choose "Not sure"'),
    matter: choice(MATTERS, 'Choose what your case is about'),
    detained: choice(DETENTION, 'Tell us whether the person who needs help is detained now, or choose "Not sure"'),
    bestTime: z.preprocess(blankToUndefined, choice(BEST_TIME, 'Choose a time of day, or leave it empty').optional()),
    bestTimeNote: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(NOTE_MAX, { error: `Please shorten this note to ${NOTE_MAX} characters or fewer` })
        .optional(),
    ),
    hearingDate: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(DATE, { abort: true, error: 'Enter the hearing date as year-month-day, like 2026-12-01' })
        .refine(isCalendarDate, { error: 'Enter a real date, like 2026-12-01' })
        .optional(),
    ),
    message: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(MESSAGE_MAX, {
          error: `Please shorten this to ${MESSAGE_MAX} characters or fewer: a few words about the kind of case are enough for now`,
        })
        .optional(),
    ),
    consent: z.literal('yes', { error: 'Check the box to confirm you have read this notice' }),
  })
  // Many people have a phone and no email: either one is enough, but one is needed.
  .refine((request) => request.phone !== undefined || request.email !== undefined, {
    path: ['phone'],
    error: CONTACT_MISSING,
  })
  // The firm needs the name for its conflict check, and the relationship to know who it is talking to.
  .refine((request) => request.forWhom === 'self' || request.personName !== undefined, {
    path: ['personName'],
    error: 'Enter the name of the person who needs help',
  })
  .refine((request) => request.forWhom === 'self' || request.relationship !== undefined, {
    path: ['relationship'],
    error: 'Tell us how you know the person who needs help, for example "my brother"',
  });

/** What is wrong with an email address, in words a person can act on; undefined when it looks right. */
function emailProblem(value: string): string | undefined {
  const at = value.indexOf('@');
  if (at < 1) return 'Enter an email address with an @, like name@example.com';
  const domain = value.slice(at + 1);
  if (domain === '') return 'Add the part after the @, like example.com';
  if (!domain.includes('.')) return 'Add the part after the dot, like .com';
  if (!z.email().safeParse(value).success) return 'Enter an email address like name@example.com';
  return undefined;
}

export type ConsultationRequest = z.infer<typeof consultationSchema>;
export type ConsultationField = keyof ConsultationRequest;
export const CONSULTATION_FIELDS = Object.keys(consultationSchema.shape) as ConsultationField[];

/** What the person typed, as strings, so the form can show it again. */
export type ConsultationValues = Partial<Record<ConsultationField, string>>;
export type ConsultationErrors = Partial<Record<ConsultationField, string>>;

export type ConsultationParse =
  | { ok: true; request: ConsultationRequest; values: ConsultationValues }
  | { ok: false; errors: ConsultationErrors; values: ConsultationValues };

export function valuesFrom(form: FormData): ConsultationValues {
  const values: ConsultationValues = {};
  for (const field of CONSULTATION_FIELDS) {
    const value = form.get(field);
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

export function parseConsultation(form: FormData): ConsultationParse {
  const values = valuesFrom(form);
  const result = consultationSchema.safeParse(values);
  if (result.success) return { ok: true, request: result.data, values };
  const errors: ConsultationErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in consultationSchema.shape) {
      errors[field as ConsultationField] ??= issue.message;
    }
  }
  return { ok: false, errors, values };
}
