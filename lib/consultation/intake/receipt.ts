import { seal, unseal } from '@/lib/sealed';
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
  /** The next court date the person gave, or the plea date a defense lawyer gave, still ahead: to add to a calendar. */
  hearingDate: z.string().optional(),
  pleaDate: z.string().optional(),
  /** When the receipt stops being shown (ms since the epoch). */
  expires: z.number(),
});
export type Receipt = Omit<z.infer<typeof receiptSchema>, 'expires'>;

const PURPOSE = 'consultation-receipt';

/** The receipt, encrypted and authenticated (AES-256-GCM), as a cookie value. */
export function sealReceipt(receipt: Receipt, secret: string, now: Date): string {
  return seal(JSON.stringify({ ...receipt, expires: now.getTime() + RECEIPT_MAX_AGE_SECONDS * 1000 }), secret, PURPOSE);
}

/** The receipt for `reference`, or undefined when the cookie is missing, altered, expired or about another request. */
export function openReceipt(
  value: string | undefined,
  reference: string,
  secret: string,
  now: Date,
): Receipt | undefined {
  // A cookie that does not open was altered or sealed with another secret: show nothing of it.
  const plain = unseal(value, secret, PURPOSE);
  if (plain === undefined) return undefined;
  const parsed = receiptSchema.safeParse(JSON.parse(plain));
  if (!parsed.success || parsed.data.reference !== reference || parsed.data.expires < now.getTime()) return undefined;
  const { expires: _expires, ...receipt } = parsed.data;
  return receipt;
}
