import { describe, expect, it } from 'vitest';
import { composeConsultationEmail, isUrgent } from '@/lib/consultation/mail';
import { VALID_REQUEST } from './support/consultation';

const addresses = { to: 'intake@stern.example', from: 'website@stern.example' };
const receivedAt = new Date('2026-11-27T15:00:00Z');

describe('the email to the firm', () => {
  const mail = composeConsultationEmail(VALID_REQUEST, 'K7Q2-M9XD', receivedAt, addresses);

  it('goes from and to the firm, with the person only in Reply-To', () => {
    expect(mail.from).toBe('website@stern.example');
    expect(mail.to).toBe('intake@stern.example');
    expect(mail.replyTo).toEqual({ name: 'Ana Pérez', address: 'ana@example.com' });
    expect(mail.cc).toBeUndefined();
    expect(mail.bcc).toBeUndefined();
  });

  it('names the person and the reference in the subject', () => {
    expect(mail.subject).toBe('Consultation request: Ana Pérez [K7Q2-M9XD]');
  });

  it('has a Message-ID derived from the reference, the same on every retry', () => {
    expect(mail.messageId).toBe('<consultation-k7q2-m9xd@stern.example>');
    expect(composeConsultationEmail(VALID_REQUEST, 'K7Q2-M9XD', receivedAt, addresses).messageId).toBe(mail.messageId);
  });

  it('carries every answer in both the text and the HTML part', () => {
    for (const part of [String(mail.text), String(mail.html)]) {
      expect(part).toContain('K7Q2-M9XD');
      expect(part).toContain('Spanish (Español)');
      expect(part).toContain('I was already convicted');
      expect(part).toContain('Drug charge, plea in 2019');
    }
  });

  it('says which contact the person gave and marks the one missing', () => {
    const phoneOnly = composeConsultationEmail(
      { ...VALID_REQUEST, email: undefined },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(phoneOnly.text)).toContain('How to reach them: phone only (no email given: call, do not reply)');
    expect(String(phoneOnly.text)).toContain('Email: NOT GIVEN');
    expect(phoneOnly.replyTo).toBeUndefined();
    const emailOnly = composeConsultationEmail(
      { ...VALID_REQUEST, phone: undefined },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(emailOnly.html)).toContain('email only (no phone given)');
    expect(String(emailOnly.text)).toContain('Phone: NOT GIVEN');
    expect(String(mail.text)).toContain('How to reach them: phone or email');
  });

  it('says when the kind of case was left empty', () => {
    const empty = composeConsultationEmail(
      { ...VALID_REQUEST, message: undefined },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(empty.text)).toContain('Kind of case, in their words:\n(left empty)');
  });

  it('escapes every value in the HTML part', () => {
    const hostile = composeConsultationEmail(
      {
        ...VALID_REQUEST,
        name: '<img src=x onerror=alert(1)>',
        message: 'Visit <a href="https://evil.example">me</a> & "quote" \'s',
      },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    const html = String(hostile.html);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a href');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(
      '&lt;a href=&quot;https://evil.example&quot;&gt;me&lt;/a&gt; &amp; &quot;quote&quot; &#39;s',
    );
  });
});

describe('urgent requests', () => {
  const subjectFor = (changes: Partial<typeof VALID_REQUEST>) =>
    composeConsultationEmail({ ...VALID_REQUEST, ...changes }, 'K7Q2-M9XD', receivedAt, addresses).subject;

  it('marks the subject when the person or a family member is detained', () => {
    expect(subjectFor({ detained: 'self' })).toBe('[URGENT] Consultation request: Ana Pérez [K7Q2-M9XD]');
    expect(subjectFor({ detained: 'family' })).toMatch(/^\[URGENT\] /);
  });

  it('marks a hearing within 14 days, not one further away or already past', () => {
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-11-27' }, receivedAt)).toBe(true);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-12-11' }, receivedAt)).toBe(true);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-12-12' }, receivedAt)).toBe(false);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-11-20' }, receivedAt)).toBe(false);
    expect(subjectFor({ hearingDate: '2026-12-01' })).toMatch(/^\[URGENT\] /);
    expect(subjectFor({})).not.toMatch(/URGENT/);
  });
});
