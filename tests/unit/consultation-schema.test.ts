import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { MESSAGE_MAX, NAME_MAX, NOTE_MAX, parseConsultation } from '@/lib/consultation/form/schema';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';
import { formData, VALID_FORM } from './support/consultation';

const parse = (changes: Record<string, string | undefined>) =>
  parseConsultation(formData({ ...VALID_FORM, ...changes }));
const LIMITS = { nameMax: NAME_MAX, noteMax: NOTE_MAX, messageMax: MESSAGE_MAX };
/** Each field's problem as the form shows it in `locale` (English unless told). */
const errorsOf = (changes: Record<string, string | undefined>, locale: Locale = 'en') => {
  const result = parse(changes);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'form.errors' });
  return result.ok
    ? {}
    : Object.fromEntries(Object.entries(result.errors).map(([field, code]) => [field, t(code, LIMITS)]));
};

describe('the consultation form rules', () => {
  it('accepts a complete request and trims what was typed', () => {
    const result = parse({ name: '  Ana Pérez  ', hearingDate: '2026-12-01' });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.request).toMatchObject({
        name: 'Ana Pérez',
        hearingDate: '2026-12-01',
        // Read once, here, into every form the confirmation, the outbox and the email use.
        phone: { shown: '(212) 555-0199', international: '+1 212 555 0199', uri: 'tel:+12125550199' },
      });
  });

  it('refuses a name with a line break, which could forge email headers', () => {
    expect(errorsOf({ name: 'Ana\r\nBcc: victim@example.com' })).toEqual({ name: 'Enter your name on one line' });
    expect(errorsOf({ name: 'Ana\nPérez' })).toEqual({ name: 'Enter your name on one line' });
  });

  it('asks for a name', () => {
    expect(errorsOf({ name: '   ' })).toEqual({ name: 'Enter your full name' });
  });

  it('takes a phone number alone, an email address alone, or both', () => {
    const phoneOnly = parse({ email: '' });
    expect(phoneOnly.ok && phoneOnly.request).toMatchObject({
      phone: { international: '+1 212 555 0199' },
      email: undefined,
    });
    const emailOnly = parse({ phone: '   ' });
    expect(emailOnly.ok && emailOnly.request).toMatchObject({ email: 'ana@example.com', phone: undefined });
    expect(parse({}).ok).toBe(true);
  });

  it('asks for a phone number or an email address when neither is given', () => {
    const neither = parse({ phone: '', email: undefined });
    expect(neither.ok ? {} : neither.errors).toEqual({ phone: 'contactMissing' });
    expect(errorsOf({ phone: '', email: undefined })).toEqual({
      phone: 'Enter a phone number or an email address, so we can reach you',
    });
  });

  it('lists a date in the wrong form and a missing way to reach the person in the same round', () => {
    const both = parse({ phone: '', email: undefined, hearingDate: 'next week' });
    expect(both.ok ? {} : both.errors).toEqual({ phone: 'contactMissing', hearingDate: 'hearingDateFormat' });
    const notReal = parse({ hearingDate: '2027-02-29' });
    expect(notReal.ok ? {} : notReal.errors).toEqual({ hearingDate: 'hearingDateReal' });
  });

  it('gives the same problems in Spanish, with the numbers filled in', () => {
    expect(errorsOf({ phone: '', email: undefined }, 'es')).toEqual({
      phone: 'Escriba un número de teléfono o un correo electrónico para que podamos comunicarnos con usted',
    });
    expect(errorsOf({ message: 'x'.repeat(MESSAGE_MAX + 1) }, 'es')).toEqual({
      message: `Acorte esto a ${MESSAGE_MAX} caracteres o menos: por ahora bastan unas palabras sobre el tipo de caso`,
    });
  });

  it('notes which edition the form was sent from, and never fails on it', () => {
    const spanish = parse({ siteLanguage: 'es' });
    expect(spanish.ok && spanish.request.siteLanguage).toBe('es');
    const tampered = parse({ siteLanguage: 'xx' });
    expect(tampered.ok && tampered.request.siteLanguage).toBe('en');
  });

  it('says what is missing from an email address', () => {
    expect(errorsOf({ email: 'ana' })).toEqual({ email: 'Enter an email address with an @, like name@example.com' });
    expect(errorsOf({ email: 'ana@' })).toEqual({ email: 'Add the part after the @, like example.com' });
    expect(errorsOf({ email: 'ana@example' })).toEqual({ email: 'Add the part after the dot, like .com' });
    expect(errorsOf({ email: 'ana example@x.com' })).toEqual({ email: 'Enter an email address like name@example.com' });
  });

  it('asks only for the kind of case, in at most 500 characters, and not even that', () => {
    expect(parse({ message: '' }).ok).toBe(true);
    expect(parse({ message: undefined }).ok).toBe(true);
    expect(parse({ message: 'x'.repeat(500) }).ok).toBe(true);
    expect(errorsOf({ message: 'x'.repeat(501) })).toEqual({
      message: 'Please shorten this to 500 characters or fewer: a few words about the kind of case are enough for now',
    });
  });

  it('takes phone numbers in international formats', () => {
    for (const phone of [
      '+1 (212) 555-0100',
      '+52 55 1234 5678',
      '212.555.0100',
      '(713) 555-0142',
      '+44 20 7946 0958',
    ]) {
      expect(parse({ phone }).ok, phone).toBe(true);
    }
    expect(errorsOf({ phone: 'call me' })).toEqual({
      phone: 'Enter a phone number using digits, spaces and + ( ) -, like (713) 555-0142',
    });
  });

  it('lists every problem at once, the ones across answers included', () => {
    const result = parse({
      name: '',
      forWhom: 'family',
      phone: '',
      email: undefined,
      citizen: undefined,
      consent: undefined,
    });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(
      ['citizen', 'consent', 'name', 'personName', 'phone', 'relationship'].sort(),
    );
  });

  it('takes what the locator needs about a detained person, the A-number as nine digits', () => {
    const result = parse({
      detained: 'yes',
      aNumber: 'A-12-345-678',
      countryOfBirth: 'Honduras',
      birthDate: '17/04/1998',
      arrestDate: '3/12/2026',
      heldAt: 'Conroe, Texas',
      siteLanguage: 'es',
    });
    expect(result.ok && result.request).toMatchObject({
      aNumber: '012345678',
      birthDate: '1998-04-17',
      arrestDate: '2026-12-03',
      countryOfBirth: 'Honduras',
    });
    expect(parse({ aNumber: 'A0123456789' }).ok).toBe(false);
    expect(errorsOf({ aNumber: '12345' })).toEqual({
      aNumber: 'Enter the 7 to 9 digits of the A-number, like A-012-345-678',
    });
    expect(errorsOf({ birthDate: '1990-02-30' })).toEqual({
      birthDate: 'Enter a real date as month/day/year, like 12/01/2026',
    });
  });

  it('refuses a number with a digit too many or too few, which nobody could call back', () => {
    const notCallable = {
      phone:
        "Enter a number we can call: a US number with its area code, like (713) 555-0142, or another country's number starting with + and its country code, like +52 55 1234 5678",
    };
    for (const phone of ['713 555 014', '(646) 555-01733', '555-0142', '+52 1 55 1234 5678', '+1 (5) 5']) {
      expect(errorsOf({ phone }), phone).toEqual(notCallable);
    }
    expect(errorsOf({ phone: '713 555 014' }, 'es').phone).toMatch(/^Escriba un número al que podamos llamar/);
  });

  it('wants a real hearing date when one is given, and teaches the reader’s own way of writing it', () => {
    expect(errorsOf({ hearingDate: 'next Monday' })).toEqual({
      hearingDate: 'Enter the hearing date as month/day/year, like 12/01/2026, or pick it in the calendar',
    });
    expect(errorsOf({ hearingDate: '2026-02-30' })).toEqual({
      hearingDate: 'Enter a real date as month/day/year, like 12/01/2026',
    });
    expect(errorsOf({ hearingDate: 'el lunes', siteLanguage: 'es' }, 'es')).toEqual({
      hearingDate:
        'Escriba la fecha de la audiencia como día/mes/año, por ejemplo 01/12/2026, o elíjala en el calendario',
    });
  });

  it('reads a date typed day first on the Spanish site and month first on the English one, as well as the picker’s', () => {
    const hearing = (hearingDate: string, siteLanguage: string) => {
      const result = parse({ hearingDate, siteLanguage });
      return result.ok ? result.request.hearingDate : undefined;
    };
    expect(hearing('2026-12-01', 'en')).toBe('2026-12-01');
    expect(hearing('12/01/2026', 'en')).toBe('2026-12-01');
    expect(hearing('01/12/2026', 'es')).toBe('2026-12-01');
    expect(hearing('1.12.2026', 'es')).toBe('2026-12-01');
    // 30 February is not a day, whichever order it is written in.
    expect(hearing('30/02/2026', 'es')).toBeUndefined();
    expect(hearing('13/01/2026', 'en')).toBeUndefined();
  });

  it('refuses choices that are not offered and asks for missing ones', () => {
    expect(errorsOf({ citizen: 'maybe', detained: undefined })).toEqual({
      citizen: 'Tell us whether the person who needs help is a US citizen, or choose "Not sure"',
      detained: 'Tell us whether the person who needs help is detained now, or choose "Not sure"',
    });
  });

  it('asks the name of the person who needs help and how the writer knows them, when it is not the writer', () => {
    expect(errorsOf({ forWhom: 'family' })).toEqual({
      personName: 'Enter the name of the person who needs help',
      relationship: 'Tell us how you know the person who needs help, for example "my brother"',
    });
    expect(parse({ forWhom: 'family', personName: 'Luis Pérez', relationship: 'my brother' }).ok).toBe(true);
    expect(errorsOf({ forWhom: undefined })).toEqual({
      forWhom: 'Tell us who needs help: you, a family member or someone else',
    });
  });

  it('needs the notice to be acknowledged', () => {
    expect(errorsOf({ consent: undefined })).toEqual({ consent: 'Check the box to confirm you have read this notice' });
  });

  it('keeps everything typed when something is wrong', () => {
    const result = parse({ email: 'ana@' });
    expect(result.ok).toBe(false);
    expect(result.values).toMatchObject({
      name: 'Ana Pérez',
      email: 'ana@',
      message: VALID_FORM.message,
      language: 'spanish',
    });
  });
});
