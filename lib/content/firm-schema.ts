import { z } from '@/lib/zod';
import { CALL_LANGUAGE_CODES } from '@/lib/languages';
import { list, shown, text } from './fields';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: (issue) => `expected a 24-hour time such as "09:00", got ${JSON.stringify(issue.input)}`,
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Facts a firm may still have to confirm. */
export const SAMPLE_FIRM_FACTS = [
  'legalName',
  'phone',
  'email',
  'address',
  'hours',
  'languages',
  'interpreters',
  'areaServed',
  'emergency',
  'afterHours',
  'replyTime',
  'firstConsultation',
  'timeZone',
] as const;

/** The firm's facts: the one place its name, phone, address and hours live. */
export const firmSchema = z.strictObject({
  name: text(2, 80),
  legalName: text(2, 120),
  tagline: text(10, 200),
  summary: text(50, 300),
  /**
   * Where and how often the firm keeps copies of this website, as New York's
   * advertising rule asks (Rules of Professional Conduct, Rule 7.1(k)); the
   * launch check asks for it.
   */
  websiteCopies: text(10, 240).optional(),
  phone: z.string().regex(/^\+\d[\d ]{6,20}$/, {
    error: 'expected an international number such as "+1 555 010 0100"',
  }),
  email: z.email({ error: 'expected an email address such as "intake@example.com"' }),
  address: z.strictObject({
    street: text(2, 120),
    locality: text(2, 80),
    region: text(2, 80),
    postalCode: text(2, 20),
    country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as "US"' }),
  }),
  hours: list(
    z.strictObject({
      days: z.array(z.enum(DAYS)).min(1),
      opens: time,
      closes: time,
    }),
    'opening hours',
  ).min(1),
  emergency: text(10, 200),
  /** What happens when someone calls outside office hours, in one or two sentences. */
  afterHours: text(10, 240),
  /** How soon the firm answers a consultation request. */
  replyTime: text(10, 200),
  /** Whether the first consultation is free, and how long it is. */
  firstConsultation: text(10, 200),
  /** The firm's time zone (IANA name), for times in the emails staff read. */
  timeZone: z.string().refine(isTimeZone, {
    error: (issue) => `expected a time zone name such as "America/New_York", got ${JSON.stringify(issue.input)}`,
  }),
  languages: list(text(2, 40), 'languages').min(1),
  /**
   * The languages (codes of lib/languages.ts) the firm gets an interpreter
   * for, on calls and at meetings. Pages mention interpreters only for these.
   */
  interpreters: list(
    z.enum(CALL_LANGUAGE_CODES, {
      error: (issue) => `expected one of ${CALL_LANGUAGE_CODES.join(', ')}, got ${shown(issue.input)}`,
    }),
    'language codes',
  ).default([]),
  areaServed: list(text(2, 80), 'places served').min(1),
  /** Facts the firm has not confirmed yet: shown marked as samples, left out of structured data. */
  placeholders: z
    .array(
      z.enum(SAMPLE_FIRM_FACTS, {
        error: (issue) =>
          `expected one of ${SAMPLE_FIRM_FACTS.join(', ')}, got ${JSON.stringify(issue.input)}; list only fields of this file`,
      }),
    )
    .default([]),
});

export type Firm = z.infer<typeof firmSchema>;

/** content/es/firm.yaml: the firm's sentences in Spanish. Facts (name, phone, address) stay in content/firm.yaml. */
export const firmTranslationSchema = firmSchema.pick({
  tagline: true,
  summary: true,
  emergency: true,
  afterHours: true,
  replyTime: true,
  firstConsultation: true,
  languages: true,
  areaServed: true,
});
export type FirmTranslation = z.infer<typeof firmTranslationSchema>;
export type FirmFact = (typeof SAMPLE_FIRM_FACTS)[number];

export type OpeningHours = Firm['hours'][number];
