import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from '@/lib/zod';

/**
 * What the confirmation page shows back of a request it did not receive
 * itself (the form posted, then the browser was redirected): the number
 * and email the firm will use, and whether someone is detained. Typed data
 * never goes in the address, where it would stay in the browser's history
 * and the server's logs; it travels in a cookie the server encrypted, that
 * only names this request and expires in minutes.
 */

export const RECEIPT_COOKIE = 'consultation-receipt';
/** Long enough to read the page and come back to it once; short, for a shared phone. */
export const RECEIPT_MAX_AGE_SECONDS = 30 * 60;

const receiptSchema = z.object({
  reference: z.string(),
  /** As the person would write it, formatted: "(713) 555-0142". */
  phone: z.string().optional(),
  email: z.string().optional(),
  /** The person said someone is detained now. */
  detained: z.boolean(),
  /** The language chosen on the form (its answer key), and the name typed for another one. */
  language: z.string().optional(),
  otherLanguage: z.string().optional(),
  /** When the receipt stops being shown (ms since the epoch). */
  expires: z.number(),
});
export type Receipt = Omit<z.infer<typeof receiptSchema>, 'expires'>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'consultation-receipt', 'aes-256-gcm key', 32));
}

/** The receipt, encrypted and authenticated (AES-256-GCM), as a cookie value. */
export function sealReceipt(receipt: Receipt, secret: string, now: Date): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const plain = JSON.stringify({ ...receipt, expires: now.getTime() + RECEIPT_MAX_AGE_SECONDS * 1000 });
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The receipt for `reference`, or undefined when the cookie is missing, altered, expired or about another request. */
export function openReceipt(
  value: string | undefined,
  reference: string,
  secret: string,
  now: Date,
): Receipt | undefined {
  if (!value) return undefined;
  const bytes = Buffer.from(value, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed = receiptSchema.safeParse(JSON.parse(plain.toString('utf8')));
    if (!parsed.success || parsed.data.reference !== reference || parsed.data.expires < now.getTime()) return undefined;
    const { reference: own, phone, email, detained, language, otherLanguage } = parsed.data;
    return { reference: own, phone, email, detained, language, otherLanguage };
  } catch {
    // A cookie that does not decrypt was altered or sealed with another secret: show nothing of it.
    return undefined;
  }
}
