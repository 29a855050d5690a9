import { describe, expect, it } from 'vitest';
import { callableNumber } from '@/lib/consultation/form/contact-details';
import { likelyMeantEmail } from '@/lib/consultation/form/email-slips';

describe('the phone number a person typed', () => {
  it('is shown back as they would write it, and dialled in full', () => {
    expect(callableNumber('713 555 0142')).toEqual({
      shown: '(713) 555-0142',
      international: '+1 713 555 0142',
      uri: 'tel:+17135550142',
    });
    expect(callableNumber('+52 55 1234 5678')).toMatchObject({ shown: '+52 55 1234 5678', uri: 'tel:+525512345678' });
  });

  it('is not callable with a digit missing or one too many', () => {
    for (const typed of ['713 555 014', '(646) 555-01733', '555-0142', ''])
      expect(callableNumber(typed), typed).toBeUndefined();
  });
});

describe('an email address a person typed', () => {
  it('points out a slip in a common provider’s name, keeping the rest', () => {
    expect(likelyMeantEmail('maria.lopez@gmial.com')).toBe('maria.lopez@gmail.com');
    expect(likelyMeantEmail('Rosa@HotMial.com')).toBe('Rosa@hotmail.com');
    expect(likelyMeantEmail('luis@yahooo.com')).toBe('luis@yahoo.com');
    expect(likelyMeantEmail(' ana@outlok.com ')).toBe('ana@outlook.com');
    expect(likelyMeantEmail('ana@gmail.con')).toBe('ana@gmail.com');
  });

  it('leaves an address that looks as meant alone', () => {
    for (const typed of ['ana@gmail.com', 'ana@firm.example', 'ana@yahoo.co.uk', 'not an address']) {
      expect(likelyMeantEmail(typed), typed).toBeUndefined();
    }
  });
});
