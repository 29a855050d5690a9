import { z } from '@/lib/zod';

/**
 * How a consultation request is stored in the outbox while it waits for
 * delivery. This format belongs to the outbox, not to the form: the form's
 * rules may tighten (a longer minimum, a new required field) while requests
 * accepted under the old rules still wait on disk, and those must stay
 * readable. So every field here is plain text, new fields are optional, and
 * a change that old entries cannot meet gets a new `version`.
 */
export const SPOOL_VERSION = 1;

export const storedRequestSchema = z.object({
  name: z.string(),
  forWhom: z.string().optional(),
  personName: z.string().optional(),
  relationship: z.string().optional(),
  bestTime: z.string().optional(),
  bestTimeNote: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  language: z.string(),
  citizen: z.string(),
  matter: z.string(),
  detained: z.string(),
  hearingDate: z.string().optional(),
  /** About a detained person, when the form was sent with them: what the ICE locator needs. */
  countryOfBirth: z.string().optional(),
  birthDate: z.string().optional(),
  /** Nine digits. */
  aNumber: z.string().optional(),
  heldAt: z.string().optional(),
  arrestDate: z.string().optional(),
  message: z.string().optional(),
  /** The edition the form was sent from (`en`, `es`); absent in entries stored before the Spanish edition. */
  siteLanguage: z.string().optional(),
  /** The relief check's answers and topics in English, as entries stored before the attachment below kept them. */
  reliefCheck: z.string().optional(),
  /** What the person chose to send from the relief check, as JSON (lib/relief-check/attachment.ts); read again, never trusted, when the email is written. */
  reliefCheckAttachment: z.string().optional(),
});
export type StoredRequest = z.infer<typeof storedRequestSchema>;

export const spooledEntrySchema = z.object({
  version: z.literal(SPOOL_VERSION),
  reference: z.string(),
  receivedAt: z.iso.datetime(),
  request: storedRequestSchema,
  attempts: z.int().min(0),
  nextAttemptAt: z.iso.datetime(),
  /** SMTP status or error code only: an error text may quote the request. */
  lastError: z.string().optional(),
});
export type SpooledConsultation = z.infer<typeof spooledEntrySchema>;

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
  const result = spooledEntrySchema.safeParse(data);
  if (result.success) return { ok: true, entry: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.join('.') || 'the entry'))];
  return { ok: false, reason: `not a version ${SPOOL_VERSION} outbox entry (${fields.join(', ')})` };
}
