import { createHash, randomBytes } from 'node:crypto';

/**
 * The two names of a request. The form id (32 hex characters, random) is
 * given to each copy of the form when it is served and names the request
 * on disk. The reference (`K7Q2-M9XD`) is derived from it for people: it is
 * shown on the confirmation and in the email, and read aloud over the phone,
 * so it has no 0/O, 1/I/L or U. Deriving it means every repeat post of the
 * same form, in any process, shows the same reference.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;
const FORM_ID_PATTERN = /^[a-f0-9]{32}$/;

export function newFormId(): string {
  return randomBytes(16).toString('hex');
}

export function isFormId(value: string): boolean {
  return FORM_ID_PATTERN.test(value);
}

export function referenceFor(formId: string): string {
  const digest = createHash('sha256').update(`reference:${formId}`).digest();
  const characters = Array.from(digest.subarray(0, 8), (byte) => ALPHABET.charAt(byte % ALPHABET.length));
  return `${characters.slice(0, 4).join('')}-${characters.slice(4).join('')}`;
}
