import { describe, expect, it } from 'vitest';
import { acceptedRequest } from '@/lib/consultation/intake/intake';
import { composeRequestEmail } from '@/lib/consultation/mail/senders';
import { parseConsultation } from '@/lib/consultation/form/schema';
import { readSpooledEntry } from '@/lib/consultation/outbox/spool-format';
import { formData, VALID_FORM } from './support/consultation';

// The language to speak, the box for another one, and the interpreter: on the form, in the email, in the outbox.

const addresses = { to: 'intake@stern.example', from: 'website@stern.example', timeZone: 'America/New_York' };
const receivedAt = new Date('2026-11-27T15:00:00Z');

function emailFor(answers: Record<string, string>) {
  const parsed = parseConsultation(formData({ ...VALID_FORM, ...answers }));
  if (!parsed.ok) throw new Error(`expected a valid form, got ${JSON.stringify(parsed.errors)}`);
  return composeRequestEmail(
    acceptedRequest(parsed.request, undefined, '2026-11-27'),
    'K7Q2-M9XD',
    receivedAt,
    addresses,
  );
}

describe('the language question', () => {
  it('takes each of the ten languages and English', () => {
    for (const language of ['english', 'spanish', 'chinese', 'haitian-creole', 'arabic', 'urdu', 'polish']) {
      expect(parseConsultation(formData({ ...VALID_FORM, language })).ok, language).toBe(true);
    }
  });

  it('wants the name of the language when "Another language" is chosen', () => {
    const parsed = parseConsultation(formData({ ...VALID_FORM, language: 'other', otherLanguage: '  ' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.otherLanguage).toBe('otherLanguageRequired');
    expect(parseConsultation(formData({ ...VALID_FORM, language: 'other', otherLanguage: 'Wolof' })).ok).toBe(true);
  });

  it('refuses a language name on two lines, which could add a line to the email subject', () => {
    const parsed = parseConsultation(
      formData({ ...VALID_FORM, language: 'other', otherLanguage: 'Wolof\nBcc: x@y.z' }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.otherLanguage).toBe('otherLanguageTooLong');
  });

  it('takes yes, no or no answer to the interpreter question, and nothing else', () => {
    for (const interpreter of ['yes', 'no', '']) {
      expect(parseConsultation(formData({ ...VALID_FORM, interpreter })).ok, interpreter).toBe(true);
    }
    const parsed = parseConsultation(formData({ ...VALID_FORM, interpreter: 'maybe' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.interpreter).toBe('interpreterInvalid');
  });
});

describe('the email, for a person who needs an interpreter', () => {
  it('says it in the subject, with the language by its own name', () => {
    const mail = emailFor({ language: 'haitian-creole', interpreter: 'yes' });
    expect(mail.subject).toBe('Consultation request: Ana Pérez · INTERPRETER: Kreyòl ayisyen [K7Q2-M9XD]');
  });

  it('names the language and its English name, and that an interpreter is needed, in both parts', () => {
    const mail = emailFor({ language: 'haitian-creole', interpreter: 'yes' });
    expect(String(mail.text)).toContain('Preferred language: Kreyòl ayisyen (Haitian Creole)');
    expect(String(mail.text)).toContain('Needs an interpreter: YES');
    expect(String(mail.html)).toContain('<td>Kreyòl ayisyen (Haitian Creole)</td>');
  });

  it('gives the language typed for another one, in the row and the subject', () => {
    const mail = emailFor({ language: 'other', otherLanguage: 'Wolof', interpreter: 'yes' });
    expect(mail.subject).toBe('Consultation request: Ana Pérez · INTERPRETER: Wolof [K7Q2-M9XD]');
    expect(String(mail.text)).toContain('Preferred language: Another language: Wolof');
  });

  it('leaves the subject as it was when no interpreter is needed', () => {
    expect(emailFor({ language: 'haitian-creole', interpreter: 'no' }).subject).toBe(
      'Consultation request: Ana Pérez [K7Q2-M9XD]',
    );
  });

  it('keeps the urgent tag first', () => {
    const mail = emailFor({ language: 'arabic', interpreter: 'yes', detained: 'yes' });
    expect(mail.subject).toBe('[URGENT · DETAINED] Ana Pérez · INTERPRETER: العربية [K7Q2-M9XD]');
  });
});

describe('requests spooled before the form asked which language', () => {
  // Written as version 1 stored them: "other" with no name, no interpreter answer.
  const before = JSON.stringify({
    version: 1,
    reference: 'OLD1-REQ2',
    receivedAt: '2026-11-20T15:00:00.000Z',
    request: {
      name: 'Jean Baptiste',
      phone: '+1 212 555 0123',
      language: 'other',
      citizen: 'no',
      matter: 'facing-charges',
      detained: 'no',
      forWhom: 'self',
      siteLanguage: 'en',
      urgency: [],
    },
    attempts: 0,
    nextAttemptAt: '2026-11-20T15:00:00.000Z',
  });

  it('are still read and delivered, saying the language was not asked', () => {
    const reading = readSpooledEntry(before);
    if (!reading.ok) throw new Error(reading.reason);
    const mail = composeRequestEmail(reading.entry.request, reading.entry.reference, receivedAt, addresses);
    expect(mail.subject).toBe('Consultation request: Jean Baptiste [OLD1-REQ2]');
    expect(String(mail.text)).toContain(
      'Preferred language: Another language (not named: the form did not ask which then)',
    );
    expect(String(mail.text)).toContain('Needs an interpreter: not answered');
  });

  it('read "spanish" as the language it was', () => {
    const reading = readSpooledEntry(before.replace('"language":"other"', '"language":"spanish"'));
    if (!reading.ok) throw new Error(reading.reason);
    const mail = composeRequestEmail(reading.entry.request, reading.entry.reference, receivedAt, addresses);
    expect(String(mail.text)).toContain('Preferred language: Español (Spanish)');
  });
});
