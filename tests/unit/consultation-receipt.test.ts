import { describe, expect, it } from 'vitest';
import { openReceipt, RECEIPT_MAX_AGE_SECONDS, sealReceipt, type Receipt } from '@/lib/consultation/intake/receipt';

const SECRET = 'a test secret of some length';
const RECEIPT: Receipt = {
  reference: 'AB12-CD34',
  phone: '(713) 555-0142',
  email: 'rosa@example.org',
  detained: true,
  // The confirmation names the language chosen, and an interpreter when the firm gets one for it.
  language: 'other',
  otherLanguage: 'Wolof',
};
const NOW = new Date('2026-12-03T15:00:00Z');

describe('the receipt the confirmation page reads back', () => {
  it('opens for its own request within its time', () => {
    const sealed = sealReceipt(RECEIPT, SECRET, NOW);
    expect(openReceipt(sealed, 'AB12-CD34', SECRET, NOW)).toEqual(RECEIPT);
    const lastSecond = new Date(NOW.getTime() + RECEIPT_MAX_AGE_SECONDS * 1000);
    expect(openReceipt(sealed, 'AB12-CD34', SECRET, lastSecond)).toEqual(RECEIPT);
  });

  it('keeps what was typed out of sight: the cookie holds none of it in the clear', () => {
    const sealed = sealReceipt(RECEIPT, SECRET, NOW);
    for (const typed of ['713', '0142', 'rosa', 'AB12', 'Wolof']) expect(sealed).not.toContain(typed);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('rosa');
  });

  it('shows nothing once expired, for another request, under another secret, or when altered', () => {
    const sealed = sealReceipt(RECEIPT, SECRET, NOW);
    const late = new Date(NOW.getTime() + RECEIPT_MAX_AGE_SECONDS * 1000 + 1);
    expect(openReceipt(sealed, 'AB12-CD34', SECRET, late)).toBeUndefined();
    expect(openReceipt(sealed, 'ZZ99-ZZ99', SECRET, NOW)).toBeUndefined();
    expect(openReceipt(sealed, 'AB12-CD34', 'another secret', NOW)).toBeUndefined();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(openReceipt(bytes.toString('base64url'), 'AB12-CD34', SECRET, NOW)).toBeUndefined();
    for (const junk of [undefined, '', 'x', 'not base64 at all!!']) {
      expect(openReceipt(junk, 'AB12-CD34', SECRET, NOW)).toBeUndefined();
    }
  });
});
