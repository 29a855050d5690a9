import * as z from '@/lib/zod-mini';
import { attachmentSchema } from '@/lib/relief-check/attachment';

/**
 * How a consultation request is stored in the outbox while it waits for
 * delivery: one JSON document per request, in a file or a PostgreSQL row.
 * This format belongs to the outbox, not to the form: the form's rules may
 * tighten (a longer minimum, a new required field) while requests accepted
 * under the old rules still wait, and those must stay readable. So the
 * form's fields are plain text, new fields are optional, and a change that
 * stored entries cannot meet gets a new `version`.
 */
export const SPOOL_VERSION = 1;

/** Why the request is urgent, as intake decided it (lib/consultation/intake/request-urgency.ts). */
const urgentReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('detained'), certain: z.boolean() }),
  z.object({ kind: z.literal('removal-proceedings') }),
  z.object({ kind: z.literal('hearing'), date: z.string(), daysAway: z.int() }),
  z.object({
    kind: z.literal('appeal-deadline'),
    court: z.enum(['federal', 'state']),
    lastDay: z.optional(z.string()),
  }),
  z.object({ kind: z.literal('plea-not-sentenced'), certain: z.boolean() }),
  z.object({ kind: z.literal('charged-no-plea'), certain: z.boolean(), courtDate: z.optional(z.string()) }),
  z.object({ kind: z.literal('ice-hold') }),
  z.object({ kind: z.literal('removal-order') }),
]);

const text = z.string();
const maybeText = z.optional(z.string());

export const storedRequestSchema = z.object({
  name: text,
  personName: maybeText,
  relationship: maybeText,
  bestTime: maybeText,
  bestTimeNote: maybeText,
  email: maybeText,
  phone: maybeText,
  language: text,
  /** The language's name as typed, when the answer was "another language"; stored since issue 42. */
  otherLanguage: maybeText,
  /** `yes` or `no` when answered; stored since issue 42. */
  interpreter: maybeText,
  citizen: text,
  matter: text,
  detained: text,
  forWhom: text,
  hearingDate: maybeText,
  /** The state of the criminal case, by its code, when the form was asked it; stored since issue 42. */
  caseState: maybeText,
  /**
   * The state of the case when none of the firm's lawyers was admitted there as the
   * request came in (the form's answer, else the relief check's), by its code; since issue 42.
   */
  outOfState: maybeText,
  /** About a detained person, when the form was sent with them: what the ICE locator needs. */
  countryOfBirth: maybeText,
  birthDate: maybeText,
  /** Nine digits. */
  aNumber: maybeText,
  heldAt: maybeText,
  arrestDate: maybeText,
  message: maybeText,
  /** The edition the form was sent from: `en`, `es`. */
  siteLanguage: text,
  /**
   * What the person chose to send from the relief check. Answers the check no
   * longer offers drop the attachment, never the request: it is still delivered.
   */
  reliefCheck: z.catch(z.optional(attachmentSchema), undefined),
  urgency: z.array(urgentReasonSchema),
});
export type StoredRequest = z.infer<typeof storedRequestSchema>;

/** A defense lawyer's request for a Padilla consultation (lib/consultation/form/padilla-schema.ts), told apart by `kind`. */
export const storedPadillaRequestSchema = z.object({
  kind: z.literal('padilla'),
  lawyerName: text,
  office: maybeText,
  phone: maybeText,
  email: maybeText,
  /** Added after the first Padilla requests were stored, like every field below marked "later": optional. */
  reachableUntil: maybeText,
  clientName: text,
  court: maybeText,
  charges: text,
  proposedPlea: maybeText,
  sentenceOffered: maybeText,
  clientStatus: text,
  /** Later. */
  countryOfBirth: maybeText,
  /** Later. YYYY-MM-DD. */
  residentSince: maybeText,
  priorRecord: maybeText,
  /** YYYY-MM-DD. */
  pleaDate: maybeText,
  /** Later. HH:MM, 24-hour. */
  pleaTime: maybeText,
  message: maybeText,
  siteLanguage: text,
  urgency: z.array(z.object({ kind: z.literal('plea-soon'), date: z.string(), daysAway: z.int() })),
});
export type StoredPadillaRequest = z.infer<typeof storedPadillaRequestSchema>;

/** Whatever the outbox holds: a consultation request (stored before there was a `kind`, so it has none) or a Padilla request. */
export type OutboxRequest = StoredRequest | StoredPadillaRequest;

export function isPadillaRequest(request: OutboxRequest): request is StoredPadillaRequest {
  return 'kind' in request && request.kind === 'padilla';
}

const entryOf = <R extends z.ZodMiniType>(request: R) =>
  z.object({
    version: z.literal(SPOOL_VERSION),
    reference: z.string(),
    receivedAt: z.iso.datetime(),
    request,
    attempts: z.int().check(z.gte(0)),
    nextAttemptAt: z.iso.datetime(),
    /** SMTP status or error code only: an error text may quote the request. */
    lastError: z.optional(z.string()),
  });
const consultationEntrySchema = entryOf(storedRequestSchema);
const padillaEntrySchema = entryOf(storedPadillaRequestSchema);
export type SpooledConsultation = Omit<z.infer<typeof consultationEntrySchema>, 'request'> & { request: OutboxRequest };

export type EntryReading = { ok: true; entry: SpooledConsultation } | { ok: false; reason: string };

/**
 * Reads a stored entry. The reason for a bad one names only what is wrong
 * and where (a field's path), never a value: it goes to the log.
 */
export function readSpooledEntry(text: string): EntryReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  return readSpooledData(data);
}

/** The same, for an entry already parsed from JSON (the PostgreSQL store keeps its fields in columns). */
export function readSpooledData(data: unknown): EntryReading {
  // Told apart by `kind` before reading, so a bad entry's reason names the field that is wrong.
  const request = typeof data === 'object' && data !== null && 'request' in data ? data.request : undefined;
  const padilla = typeof request === 'object' && request !== null && 'kind' in request && request.kind === 'padilla';
  const result = (padilla ? padillaEntrySchema : consultationEntrySchema).safeParse(data);
  if (result.success) return { ok: true, entry: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || 'the entry'))];
  return { ok: false, reason: `not a version ${SPOOL_VERSION} outbox entry (${fields.join(', ')})` };
}
