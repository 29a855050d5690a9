import { messagesFor } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { acceptedRequest } from '@/lib/consultation/intake/intake';
import { composeConsultationEmail as composeStoredEmail } from '@/lib/consultation/mail/consultation-mail';
import { phoneForStaff, receivedInWords, type MailAddresses } from '@/lib/consultation/mail/mail-layout';
import type { ConsultationRequest } from '@/lib/consultation/form/schema';
import { callableNumber } from '@/lib/consultation/form/contact-details';
import { todayIn } from '@/lib/dates';
import { attachmentFrom, attachmentSchema, attachmentText, parseAttachment } from '@/lib/relief-check/attachment';
import { HEARING_SOON_DAYS } from '@/lib/urgency';
import { storedRequestSchema } from '@/lib/consultation/outbox/spool-format';
import { formData, VALID_REQUEST } from './support/consultation';

const addresses = { to: 'intake@stern.example', from: 'website@stern.example', timeZone: 'America/New_York' };
const receivedAt = new Date('2026-11-27T15:00:00Z');

/** A request as intake accepts it on the day it arrives where the firm is (its urgency decided then), and its email. */
function accepted(request: ConsultationRequest & { reliefCheck?: object }, at: Date, timeZone: string) {
  const { reliefCheck, ...form } = request;
  return acceptedRequest(form, reliefCheck && attachmentSchema.parse(reliefCheck), todayIn(timeZone, at));
}
function composeConsultationEmail(
  request: ConsultationRequest & { reliefCheck?: object },
  reference: string,
  at: Date,
  mailAddresses: MailAddresses,
) {
  return composeStoredEmail(accepted(request, at, mailAddresses.timeZone), reference, at, mailAddresses);
}
const isUrgent = (request: ConsultationRequest, at: Date, timeZone: string) =>
  accepted(request, at, timeZone).urgency.length > 0;

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
      expect(part).toContain('Español (Spanish)');
      expect(part).toContain('Already convicted, in an old or a recent case');
      expect(part).toContain('Drug charge, plea in 2019');
    }
  });

  it('says which edition of the site the request came from, in English for the staff', () => {
    expect(String(mail.text)).toContain('Sent from: the English site');
    const spanish = composeConsultationEmail(
      { ...VALID_REQUEST, siteLanguage: 'es' },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    for (const part of [String(spanish.text), String(spanish.html)]) {
      expect(part).toContain('the SPANISH site (the person read the site and the form in Spanish)');
    }
  });

  it('carries what the person chose to send from the relief check, in English', () => {
    const attachment = {
      answers: { court: 'state', state: 'CA', outcome: 'plea', lawyerAdvice: 'nothing', pleaYear: 2015 },
      topics: ['california', 'padilla'],
    };
    const withCheck = composeConsultationEmail(
      { ...VALID_REQUEST, reliefCheck: attachment },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    for (const part of [String(withCheck.text), String(withCheck.html)]) {
      expect(part).toContain('relief check');
      expect(part).toContain('Which state? (optional) California');
      expect(part).toContain('In what year was the plea? (optional) 2015');
      expect(part).toContain('what did the defense lawyer say about immigration? Nothing about immigration');
      expect(part).toContain('California: Penal Code §§ 1016.5 and 1473.7; Immigration advice before the plea');
    }
    expect(String(mail.text)).not.toContain('relief check');
    expect(attachmentText({ answers: { court: 'federal' }, topics: [] })).toContain(
      'Topics the check showed: not sent',
    );
  });

  it('leaves out an "I don\'t know" the person resolved: how long ago, once the date is given', () => {
    const words = messagesFor('en').reliefCheck;
    const unsureAge = { court: 'federal', judgmentAge: 'not-sure' } as const;
    expect(attachmentText({ answers: unsureAge, topics: [] })).toContain(words.questions.judgmentAge);
    const dated = attachmentText({ answers: { ...unsureAge, judgmentDate: '2026-11-30' }, topics: [] });
    expect(dated).not.toContain(words.questions.judgmentAge);
    expect(dated).toContain('2026');
  });

  it('says which contact the person gave and marks the one missing', () => {
    const phoneOnly = composeConsultationEmail(
      { ...VALID_REQUEST, email: undefined },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(phoneOnly.text)).toContain(
      'How to reach them: phone of Ana Pérez, who wrote and needs help; no email given: call, do not reply',
    );
    expect(String(phoneOnly.text)).toContain('Email: NOT GIVEN');
    expect(phoneOnly.replyTo).toBeUndefined();
    const emailOnly = composeConsultationEmail(
      { ...VALID_REQUEST, phone: undefined },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(emailOnly.html)).toContain('email of Ana Pérez, who wrote and needs help; no phone given');
    expect(String(emailOnly.text)).toContain('Phone: NOT GIVEN');
    expect(String(mail.text)).toContain('How to reach them: phone or email of Ana Pérez, who wrote and needs help');
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
    expect(html).not.toContain('<a href="https://evil');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(
      '&lt;a href=&quot;https://evil.example&quot;&gt;me&lt;/a&gt; &amp; &quot;quote&quot; &#39;s',
    );
  });
});

describe('what a paralegal reads', () => {
  it("gives the time received in the firm's time zone, in words", () => {
    expect(receivedInWords(new Date('2026-11-28T06:36:59.054Z'), 'America/New_York')).toBe(
      'Saturday, November 28, 2026, 1:36 AM EST',
    );
  });

  it('writes phone numbers the international way, with a link a phone can dial in the HTML part', () => {
    expect(phoneForStaff('+52 55 1234 5678')).toEqual({ shown: '+52 55 1234 5678', href: 'tel:+525512345678' });
    // As a request stored by an earlier version holds it: as typed, and dialled all the same.
    expect(phoneForStaff('(212) 555-0147')).toEqual({ shown: '(212) 555-0147', href: 'tel:2125550147' });
    const mail = composeConsultationEmail(VALID_REQUEST, 'K7Q2-M9XD', receivedAt, addresses);
    expect(String(mail.html)).toContain('<a href="tel:+12125550199">+1 212 555 0199</a>');
    expect(String(mail.text)).toContain('Phone: +1 212 555 0199');
  });

  it('carries the best time to call', () => {
    const mail = composeConsultationEmail(
      { ...VALID_REQUEST, bestTime: 'evenings', bestTimeNote: 'after 6, not Sundays' },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(mail.text)).toContain('Best time to call: Evenings: after 6, not Sundays');
  });
});

describe('urgent requests', () => {
  const subjectFor = (changes: Partial<typeof VALID_REQUEST>) =>
    composeConsultationEmail({ ...VALID_REQUEST, ...changes }, 'K7Q2-M9XD', receivedAt, addresses).subject;

  it('marks the subject when the person who needs help is, or may be, detained', () => {
    expect(subjectFor({ detained: 'yes' })).toBe('[URGENT · DETAINED] Ana Pérez [K7Q2-M9XD]');
    expect(subjectFor({ detained: 'not-sure' })).toBe('[URGENT · MAYBE DETAINED] Ana Pérez [K7Q2-M9XD]');
  });

  it('says why it is urgent, in words, naming the person who needs help', () => {
    const forBrother = {
      ...VALID_REQUEST,
      forWhom: 'family' as const,
      personName: 'Luis Pérez',
      relationship: 'my brother',
    };
    const mail = composeConsultationEmail({ ...forBrother, detained: 'yes' }, 'K7Q2-M9XD', receivedAt, addresses);
    expect(String(mail.text)).toMatch(/^URGENT: Detained: Luis Pérez \(my brother\)$/m);
    expect(String(mail.text)).toContain('Needs help: A family member: Luis Pérez (my brother)');
    expect(String(mail.text)).toContain('Written by: Ana Pérez');
    // Received 2026-11-27 15:00 UTC is 10:00 in New York; a hearing on 2026-12-02 is 5 days away there.
    const hearing = composeConsultationEmail(
      { ...VALID_REQUEST, hearingDate: '2026-12-02' },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(hearing.text)).toMatch(/^URGENT: Hearing on 2026-12-02, in 5 days$/m);
  });

  const TZ = addresses.timeZone;

  it('marks a hearing within 30 days, as the relief check does, not one further away or already past', () => {
    expect(HEARING_SOON_DAYS).toBe(30);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-11-27' }, receivedAt, TZ)).toBe(true);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-12-27' }, receivedAt, TZ)).toBe(true);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-12-28' }, receivedAt, TZ)).toBe(false);
    expect(isUrgent({ ...VALID_REQUEST, hearingDate: '2026-11-20' }, receivedAt, TZ)).toBe(false);
    expect(subjectFor({ hearingDate: '2026-12-01' })).toBe(
      '[URGENT · HEARING 2026-12-01, 4 days] Ana Pérez [K7Q2-M9XD]',
    );
    expect(subjectFor({})).not.toMatch(/URGENT/);
  });

  it('marks removal proceedings even with no hearing date', () => {
    const mail = composeConsultationEmail(
      { ...VALID_REQUEST, matter: 'removal-proceedings' },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(mail.subject).toBe('[URGENT · IN REMOVAL PROCEEDINGS] Ana Pérez [K7Q2-M9XD]');
    expect(String(mail.text)).toMatch(/^URGENT: In removal \(deportation\) proceedings; next hearing date not given$/m);
    // With a hearing date given, the email does not say it was not.
    const withHearing = composeConsultationEmail(
      { ...VALID_REQUEST, matter: 'removal-proceedings', hearingDate: '2027-03-01' },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(withHearing.text)).toMatch(
      /^URGENT: In removal \(deportation\) proceedings; next hearing 2027-03-01 \(in 94 days\), as they gave it$/m,
    );
    expect(String(withHearing.text)).not.toContain('hearing date not given');
    expect(String(withHearing.text)).toContain('Next hearing: 2027-03-01');
    // A hearing date given only in the relief check's answers is read the same way.
    const inCheck = composeConsultationEmail(
      {
        ...VALID_REQUEST,
        matter: 'removal-proceedings',
        reliefCheck: { answers: { status: 'removal-proceedings', hearingDate: '2027-02-15' }, topics: [] },
      },
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    expect(String(inCheck.text)).toMatch(/^URGENT: In removal \(deportation\) proceedings; next hearing 2027-02-15/m);
    expect(String(inCheck.text)).not.toContain('next hearing date not given');
    // The summary row too: the date the person entered in the check, and where it came from.
    expect(String(inCheck.text)).toContain('Next hearing: 2027-02-15 (given in the relief check)');
    expect(String(inCheck.text)).not.toContain('Next hearing: not given');
  });

  it('is urgent for the same reasons the relief check answers sent with it show, in words', () => {
    const withCheck = (answers: Record<string, unknown>) =>
      composeConsultationEmail(
        { ...VALID_REQUEST, reliefCheck: { answers, topics: [] } },
        'K7Q2-M9XD',
        receivedAt,
        addresses,
      );
    // Received on 2026-11-27 in New York: a federal judgment on 2026-11-20 has its day 14 on 2026-12-04.
    const appeal = withCheck({ court: 'federal', outcome: 'plea', judgmentDate: '2026-11-20' });
    expect(appeal.subject).toBe('[URGENT · APPEAL DUE 2026-12-04, 7 days] Ana Pérez [K7Q2-M9XD]');
    expect(String(appeal.text)).toMatch(
      /^URGENT: Federal appeal: judgment 2026-11-20, estimated last day \(day 14, moved past weekends and federal holidays\) is 2026-12-04, 7 days left$/m,
    );
    const notSentenced = withCheck({ court: 'state', state: 'NY', outcome: 'plea-not-sentenced' });
    expect(String(notSentenced.text)).toMatch(/^URGENT: Pleaded, not yet sentenced/m);
    // Charged with no plea yet: the court date given in the check, counted from the day received.
    const charged = withCheck({ court: 'state', state: 'TX', outcome: 'charged-no-plea', courtDate: '2026-11-30' });
    expect(String(charged.text)).toMatch(
      /^URGENT: Charged, no plea yet: immigration advice before the plea; next court date 2026-11-30 \(in 3 days\)$/m,
    );
    expect(String(withCheck({ status: 'removal-proceedings' }).text)).toMatch(/^URGENT: In removal/m);
    expect(String(withCheck({ custody: 'immigration-detention' }).text)).toMatch(/^URGENT: Detained: /m);
    // An old federal judgment with nothing pending is not urgent.
    expect(withCheck({ court: 'federal', outcome: 'plea', judgmentAge: 'over-1-year' }).subject).not.toMatch(/URGENT/);
  });
});

describe('the two requests a paralegal triages in ten seconds', () => {
  // Received on 2026-12-03 at 10:00 in New York.
  const thursday = new Date('2026-12-03T15:00:00Z');

  it('a mother writing for her detained son: who, who wrote, whose phone, and what the locator needs', () => {
    const mail = composeConsultationEmail(
      {
        ...VALID_REQUEST,
        name: 'Rosa Hernández',
        forWhom: 'family',
        personName: 'Luis Hernández López',
        relationship: 'mother',
        phone: callableNumber('713 555 0142'),
        email: 'rosa.hernandez@gmial.com',
        matter: 'ice-detention',
        detained: 'yes',
        siteLanguage: 'es',
        countryOfBirth: 'Honduras',
        birthDate: '1998-04-17',
        aNumber: '012345678',
        heldAt: 'Montgomery Processing Center, Conroe, Texas',
        arrestDate: '2026-12-03',
      },
      'K7Q2-M9XD',
      thursday,
      addresses,
    );
    expect(mail.subject).toBe(
      '[URGENT · DETAINED] Luis Hernández López — written by Rosa Hernández (mother) [K7Q2-M9XD]',
    );
    const text = String(mail.text);
    expect(text.split('\n')[0]).toBe('URGENT: Detained: Luis Hernández López (mother)');
    expect(text).toContain('How to reach them: phone or email of Rosa Hernández, who wrote (not Luis Hernández López)');
    expect(text).toContain('Phone: +1 713 555 0142');
    expect(text).toContain('Email: rosa.hernandez@gmial.com (CHECK: a typo? probably rosa.hernandez@gmail.com)');
    expect(text).toContain("Detainee: A-number: A-012-345-678 (012345678 for the locator and EOIR's line)");
    expect(text).toContain('Detainee: country of birth: Honduras');
    expect(text).toContain('Detainee: held at: Montgomery Processing Center, Conroe, Texas');
    expect(String(mail.html)).toContain('<a href="tel:+17135550142">+1 713 555 0142</a>');
  });

  it('a man sentenced in federal court eight days ago: the deadline and its days left come first', () => {
    const mail = composeConsultationEmail(
      {
        ...VALID_REQUEST,
        name: 'Marco Ruiz',
        reliefCheck: {
          answers: { court: 'federal', outcome: 'plea', judgmentDate: '2026-11-25', custody: 'neither' },
          topics: ['federal-appeal'],
        },
      },
      'K7Q2-M9XD',
      thursday,
      addresses,
    );
    expect(mail.subject).toBe('[URGENT · APPEAL DUE 2026-12-09, 6 days] Marco Ruiz [K7Q2-M9XD]');
    expect(String(mail.text).split('\n')[0]).toBe(
      'URGENT: Federal appeal: judgment 2026-11-25, estimated last day (day 14, moved past weekends and federal holidays) is 2026-12-09, 6 days left',
    );
  });
});

describe('the relief check attached to a request', () => {
  it('is read only when it is the answers and topics the check gives, never as it came', () => {
    expect(parseAttachment(JSON.stringify({ answers: { court: 'federal' }, topics: ['federal-appeal'] }))).toEqual({
      answers: { court: 'federal' },
      topics: ['federal-appeal'],
    });
    expect(parseAttachment(JSON.stringify({ answers: { court: 'martian' }, topics: [] }))).toBeUndefined();
    expect(parseAttachment(JSON.stringify({ answers: {}, topics: ['you-are-eligible'] }))).toBeUndefined();
    expect(parseAttachment('{not json')).toBeUndefined();
    expect(attachmentFrom(formData({}))).toBeUndefined();
  });
});

describe('a criminal case where none of the firm’s lawyers is admitted', () => {
  const admissions = { states: ['NY'] as const, sample: false };
  const stored = (request: ConsultationRequest, reliefCheck?: object) =>
    acceptedRequest(request, reliefCheck && attachmentSchema.parse(reliefCheck), '2026-11-27', admissions);

  it('is decided when the request comes in, from the form’s state or else the relief check’s for a state case', () => {
    expect(stored({ ...VALID_REQUEST, caseState: 'TX' }).outOfState).toBe('TX');
    expect(stored({ ...VALID_REQUEST, caseState: 'NY' })).not.toHaveProperty('outOfState');
    expect(stored(VALID_REQUEST, { answers: { court: 'state', state: 'TX' }, topics: [] }).outOfState).toBe('TX');
    // A federal court admits lawyers court by court: the state alone says nothing.
    expect(stored(VALID_REQUEST, { answers: { court: 'federal', state: 'TX' }, topics: [] })).not.toHaveProperty(
      'outOfState',
    );
    // The form's answer wins over the check's.
    expect(
      stored({ ...VALID_REQUEST, caseState: 'NY' }, { answers: { court: 'state', state: 'TX' }, topics: [] }),
    ).not.toHaveProperty('outOfState');
  });

  it('is said on the email’s first lines, after any urgent reason, and the state is in the table', () => {
    const quiet = composeStoredEmail(stored({ ...VALID_REQUEST, caseState: 'TX' }), 'K7Q2-M9XD', receivedAt, addresses);
    const lines = String(quiet.text).split('\n');
    expect(lines[0]).toBe(
      'OUT OF STATE: Texas. None of our attorneys is admitted there: advise on the immigration side; the criminal case needs a lawyer admitted in Texas.',
    );
    expect(String(quiet.text)).toContain('State of the criminal case: Texas');
    const urgent = composeStoredEmail(
      stored({ ...VALID_REQUEST, caseState: 'TX', detained: 'yes' }),
      'K7Q2-M9XD',
      receivedAt,
      addresses,
    );
    const urgentLines = String(urgent.text).split('\n');
    expect(urgentLines[0]).toMatch(/^URGENT: Detained/);
    expect(urgentLines[1]).toMatch(/^OUT OF STATE: Texas\./);
    expect(String(composeStoredEmail(stored(VALID_REQUEST), 'K7Q2-M9XD', receivedAt, addresses).text)).not.toContain(
      'OUT OF STATE',
    );
  });

  it('keeps the court date a person charged gave in the check when the request is read back from the outbox', () => {
    const request = stored(VALID_REQUEST, {
      answers: { court: 'state', state: 'NY', outcome: 'charged-no-plea', courtDate: '2026-11-30' },
      topics: [],
    });
    expect(storedRequestSchema.parse(JSON.parse(JSON.stringify(request))).urgency).toContainEqual({
      kind: 'charged-no-plea',
      certain: true,
      courtDate: '2026-11-30',
    });
  });
});
