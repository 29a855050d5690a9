import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L or U: a reference is read aloud over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REFERENCE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A reference such as `K7Q2-M9XD`, shown to the person and put in the email. */
export function newReference(): string {
  const pick = () => ALPHABET.charAt(randomInt(ALPHABET.length));
  const part = () => Array.from({ length: 4 }, pick).join('');
  return `${part()}-${part()}`;
}
