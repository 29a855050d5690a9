import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';
import { issueFormToken, RateLimiter } from '@/lib/consultation/intake/guard';
import { acceptPadillaRequest, type IntakeDeps } from '@/lib/consultation/intake/intake';
import { confirmationCall } from '@/lib/consultation/intake/confirmation-call';
import { composeRequestEmail } from '@/lib/consultation/mail/senders';
import { parsePadilla } from '@/lib/consultation/form/padilla-schema';
import { readSpooledEntry, type SpooledConsultation } from '@/lib/consultation/outbox/spool-format';
import { PLEA_CALL_NOW_DAYS, PLEA_SOON_DAYS, pleaSoonReason } from '@/lib/urgency';
import { formData, STORED_REQUEST } from './support/consultation';

const SECRET = 's'.repeat(40);
const ADDRESSES = { to: 'intake@stern.example', from: 'website@stern.example', timeZone: 'America/New_York' };

/** A defense lawyer's complete request, as the browser posts it. */
const VALID_PADILLA: Record<string, string> = {
  lawyerName: 'Dana Whitfield',
  office: 'Legal Aid, Bronx',
  email: 'dwhitfield@defender.example',
  phone: '',
  clientName: 'Luis Hernández López',
  court: 'Bronx Criminal Court, CR-012345-26BX',
  charges: 'Penal Law § 155.30(1)',
  proposedPlea: 'Penal Law § 155.25, petit larceny',
  sentenceOffered: '',
  clientStatus: 'green-card',
  priorRecord: '',
  pleaDate: '2026-12-10',
  message: '',
  consent: 'yes',
};

function setUp(now: Date) {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'padilla-')), 'outbox');
  const sent: SpooledConsultation[] = [];
  const outbox = createFolderOutbox({
    dir,
    maxAttempts: 3,
    retryBaseMs: 1_000,
    send: async (entry) => {
      sent.push(entry);
      return 'ok';
    },
    log: () => undefined,
  });
  const scheduled: (() => Promise<unknown>)[] = [];
  const deps: IntakeDeps = {
    outbox,
    rateLimiter: new RateLimiter(5),
    formSecret: SECRET,
    minFillMs: 0,
    afterResponse: (task) => scheduled.push(task),
    log: () => undefined,
    timeZone: 'America/New_York',
    admissions: { states: ['NY'], sample: false },
  };
  const submit = (fields: Record<string, string>) =>
    acceptPadillaRequest(
      {
        form: formData({ formToken: issueFormToken(new Date(now.getTime() - 60_000), SECRET), ...fields }),
        clientAddress: '203.0.113.9',
        now,
      },
      deps,
    );
  const deliver = () => Promise.all(scheduled.splice(0).map((task) => task()));
  return { submit, sent, deliver };
}

/** The complete request with some answers changed, as the form reads it. */
const parseWith = (changes: Record<string, string>) => parsePadilla(formData({ ...VALID_PADILLA, ...changes }));

/** Sends one request on `now` and reads back the email the firm receives for it. */
async function mailFor(now: Date, fields: Record<string, string>) {
  const { submit, sent, deliver } = setUp(now);
  const state = await submit(fields);
  await deliver();
  const [entry] = sent;
  if (!entry || state.status !== 'received') throw new Error('not received');
  const mail = composeRequestEmail(entry.request, entry.reference, new Date(entry.receivedAt), ADDRESSES);
  return { state, mail, reference: entry.reference };
}

describe('a defense lawyer’s Padilla request', () => {
  it('needs the lawyer, a way back, the client’s name, the charges and the status, and lists every problem at once', () => {
    const parsed = parsePadilla(formData({ consent: 'yes', pleaDate: '31/02/2027', siteLanguage: 'es' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      lawyerName: 'lawyerNameRequired',
      phone: 'contactMissing',
      clientName: 'clientNameRequired',
      charges: 'chargesRequired',
      clientStatus: 'clientStatusRequired',
      pleaDate: 'pleaDateFormat',
    });
  });

  it('reads a plea date typed día/mes/año on the Spanish site', () => {
    const parsed = parseWith({ pleaDate: '10/12/2026', siteLanguage: 'es' });
    expect(parsed.ok && parsed.request.pleaDate).toBe('2026-12-10');
  });

  it('reads the plea time, the lawyer’s cell, the client’s country of birth and residence date', () => {
    const parsed = parseWith({
      pleaTime: '09:30',
      reachableUntil: 'cell (917) 555-0142 until 9 PM',
      countryOfBirth: 'Dominican Republic',
      residentSince: '6/15/2012',
    });
    expect(parsed.ok && parsed.request).toMatchObject({
      pleaTime: '09:30',
      reachableUntil: 'cell (917) 555-0142 until 9 PM',
      countryOfBirth: 'Dominican Republic',
      residentSince: '2012-06-15',
    });
  });

  it.each([
    ['09:30', '09:30'],
    ['09:30:00', '09:30'],
    ['9:30', '09:30'],
    ['9.30 AM', '09:30'],
    ['12:15 pm', '12:15'],
    ['12 a.m.', '00:00'],
    ['2:00 p. m.', '14:00'],
    ['9 am', '09:00'],
  ])('reads a plea time typed as “%s” as %s', (typed, time) => {
    const parsed = parseWith({ pleaTime: typed });
    expect(parsed.ok && parsed.request.pleaTime).toBe(time);
  });

  it.each(['25:00', '9', '13 pm', 'morning', '9:75'])('asks for a plea time it can read, not “%s”', (typed) => {
    const parsed = parseWith({ pleaTime: typed });
    expect(!parsed.ok && parsed.errors).toEqual({ pleaTime: 'pleaTimeFormat' });
  });

  it('asks for a residence date it can read, in the reader’s order, and a country on one line', () => {
    const parsed = parseWith({
      residentSince: '31/02/2012',
      countryOfBirth: 'Mexico\nBcc: x@example.com',
      siteLanguage: 'es',
    });
    expect(!parsed.ok && parsed.errors).toEqual({ residentSince: 'residentSinceFormat', countryOfBirth: 'oneLine' });
    const spanish = parseWith({ residentSince: '15/6/2012', siteLanguage: 'es' });
    expect(spanish.ok && spanish.request.residentSince).toBe('2012-06-15');
  });

  it.each([
    // [today where the firm is, plea date, urgent?]
    ['2026-12-03', '2026-12-03', true],
    ['2026-12-03', '2026-12-10', true],
    ['2026-12-03', '2026-12-11', false],
    ['2026-12-03', '2026-12-02', false],
    ['2026-12-28', '2027-01-04', true],
    ['2028-02-29', '2028-03-07', true],
    ['2028-02-29', '2028-03-08', false],
    ['2027-03-10', '2027-03-17', true],
  ])('counts the days from %s to a plea on %s in calendar days (urgent: %s)', (today, plea, urgent) => {
    expect(PLEA_SOON_DAYS).toBe(7);
    expect(pleaSoonReason(plea, today) !== undefined).toBe(urgent);
  });

  it('is urgent by the firm’s day, not the server’s: 8 days from New York’s New Year’s Eve is not urgent', async () => {
    // 04:30 UTC on 1 January is still 31 December in New York.
    const { submit, sent, deliver } = setUp(new Date('2027-01-01T04:30:00Z'));
    const late = await submit({ ...VALID_PADILLA, pleaDate: '2027-01-08' });
    expect(late).toMatchObject({ status: 'received', urgent: false });
    const soon = await submit({ ...VALID_PADILLA, clientName: 'Rosa Díaz', pleaDate: '2027-01-07' });
    expect(soon).toMatchObject({ status: 'received', urgent: true });
    await deliver();
    // The outbox sends in the order of the forms' random ids: the two may come in either order.
    const requests = sent.map((entry) => entry.request);
    expect(requests).toHaveLength(2);
    expect(requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'padilla', pleaDate: '2027-01-08', urgency: [] }),
        expect.objectContaining({
          kind: 'padilla',
          pleaDate: '2027-01-07',
          urgency: [{ kind: 'plea-soon', date: '2027-01-07', daysAway: 7 }],
        }),
      ]),
    );
  });

  it('arrives with the plea date in the subject, urgent within 7 days, and the facts a paralegal needs', async () => {
    const { mail, reference } = await mailFor(new Date('2026-12-07T15:00:00Z'), VALID_PADILLA);
    expect(mail.subject).toBe(
      `[URGENT · PADILLA · plea 2026-12-10, 3 days] Luis Hernández López, from Dana Whitfield [${reference}]`,
    );
    expect(mail.replyTo).toEqual({ name: 'Dana Whitfield', address: 'dwhitfield@defender.example' });
    const text = String(mail.text);
    expect(text).toMatch(/^URGENT: Plea on 2026-12-10, in 3 days/);
    expect(text).toContain('Defense lawyer: Dana Whitfield, Legal Aid, Bronx');
    expect(text).toContain('How to reach them: email of the defense lawyer; no phone given');
    expect(text).toContain('Client (run the conflict check): Luis Hernández López');
    expect(text).toContain("Client's immigration status: Green card (lawful permanent resident)");
    expect(text).toContain('Charges, with statute sections:\nPenal Law § 155.30(1)');
    expect(text).toContain('Sentence offered:\n(not given)');
    expect(String(mail.html)).toContain('<th align="left">Plea date</th><td>2026-12-10 (in 3 days)</td>');
    // DACA has crime bars of its own: the firm reads it by name.
    const daca = await mailFor(new Date('2026-12-07T15:00:00Z'), { ...VALID_PADILLA, clientStatus: 'daca' });
    expect(String(daca.mail.text)).toContain(
      "Client's immigration status: DACA (Deferred Action for Childhood Arrivals)",
    );
  });

  it('opens with the plea’s day and time and the offer when the plea is tomorrow, and asks the lawyer to call now', async () => {
    const { state, mail, reference } = await mailFor(new Date('2026-12-07T22:00:00Z'), {
      ...VALID_PADILLA,
      pleaDate: '2026-12-08',
      pleaTime: '09:30',
      proposedPlea: 'Penal Law § 155.25,\npetit larceny',
      sentenceOffered: 'Conditional discharge',
      reachableUntil: 'cell (917) 555-0142 until 10 PM',
      countryOfBirth: 'Dominican Republic',
      residentSince: '2012-06-15',
    });
    expect(state).toMatchObject({ status: 'received', urgent: true, callNow: true });
    expect(mail.subject).toBe(
      `[URGENT · PADILLA · plea 2026-12-08 at 09:30, 1 day] Luis Hernández López, from Dana Whitfield [${reference}]`,
    );
    const text = String(mail.text);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'URGENT: Plea on 2026-12-08 at 09:30, tomorrow: the advice is needed before it',
      'Offer: Penal Law § 155.25, petit larceny; Conditional discharge',
      'Reach them before the plea: cell (917) 555-0142 until 10 PM',
      '',
    ]);
    expect(text).toContain('Plea date: 2026-12-08 at 09:30 (tomorrow)');
    expect(text).toContain("Client's country of birth: Dominican Republic");
    expect(text).toContain('Permanent resident since: 2012-06-15');
    expect(String(mail.html)).toContain('<p style="font-weight:bold">Offer: Penal Law § 155.25, petit larceny;');
  });

  it('opens with the plea and the offer when the plea is not close, too', async () => {
    const { mail } = await mailFor(new Date('2026-12-07T15:00:00Z'), {
      ...VALID_PADILLA,
      pleaDate: '2027-01-20',
      pleaTime: '14:00',
    });
    expect(mail.subject).toMatch(/^\[PADILLA · plea 2027-01-20 at 14:00\] /);
    expect(String(mail.text).split('\n').slice(0, 2)).toEqual([
      'Plea on 2027-01-20 at 14:00, in 44 days',
      'Offer: Penal Law § 155.25, petit larceny; sentence not given',
    ]);
  });

  it.each([
    // [today where the firm is, plea date, call now?]
    ['2026-12-07', '2026-12-07', true],
    ['2026-12-07', '2026-12-08', true],
    ['2026-12-07', '2026-12-09', false],
    ['2026-12-31', '2027-01-01', true],
  ])('on %s, a plea on %s asks the lawyer to call now: %s', async (today, plea, callNow) => {
    expect(PLEA_CALL_NOW_DAYS).toBe(1);
    const { submit } = setUp(new Date(`${today}T15:00:00Z`));
    expect(await submit({ ...VALID_PADILLA, pleaDate: plea })).toMatchObject({
      status: 'received',
      urgent: true,
      callNow,
    });
  });

  it('says when no plea date was given, and is then not urgent', async () => {
    const { mail, reference } = await mailFor(new Date('2026-12-07T15:00:00Z'), { ...VALID_PADILLA, pleaDate: '' });
    expect(mail.subject).toBe(
      `[PADILLA · plea date not given] Luis Hernández López, from Dana Whitfield [${reference}]`,
    );
    expect(String(mail.text)).not.toContain('URGENT');
  });

  it('shares the outbox with consultation requests: each entry reads back as what it was', () => {
    const entry = (request: unknown) =>
      JSON.stringify({
        version: 1,
        reference: 'K7Q2-M9XD',
        receivedAt: '2026-12-07T15:00:00.000Z',
        request,
        attempts: 0,
        nextAttemptAt: '2026-12-07T15:00:00.000Z',
      });
    const padilla = readSpooledEntry(
      entry({
        kind: 'padilla',
        lawyerName: 'D',
        clientName: 'L',
        charges: 'C',
        clientStatus: 'visa',
        siteLanguage: 'en',
        urgency: [],
      }),
    );
    expect(padilla.ok && 'kind' in padilla.entry.request && padilla.entry.request.kind).toBe('padilla');
    // Stored before the plea time, the cell and the client's birth country and residence were asked: still delivered.
    if (!padilla.ok) throw new Error(padilla.reason);
    const mail = composeRequestEmail(padilla.entry.request, 'K7Q2-M9XD', new Date(padilla.entry.receivedAt), ADDRESSES);
    expect(mail.subject).toBe('[PADILLA · plea date not given] L, from D [K7Q2-M9XD]');
    expect(String(mail.text)).toMatch(/^Plea date not given\nOffer: not given\n\n/);
    expect(String(mail.text)).toContain('Permanent resident since: not given');
    const consultation = readSpooledEntry(entry(STORED_REQUEST));
    expect(consultation.ok && consultation.entry.request).toEqual(STORED_REQUEST);
    // A Padilla entry missing what the email needs is reported, not mistaken for a consultation.
    expect(readSpooledEntry(entry({ kind: 'padilla', lawyerName: 'D', siteLanguage: 'en', urgency: [] })).ok).toBe(
      false,
    );
  });
});

describe('the confirmation after a request', () => {
  it('tells a defense lawyer whose plea is today or tomorrow to call now, without the days the firm takes to answer', () => {
    expect(confirmationCall({ request: 'padilla', call: 'now', detained: false })).toEqual({
      first: true,
      words: 'padilla.callNow',
      replyTime: false,
    });
  });

  it('puts the call first for a plea within days, and keeps it last otherwise', () => {
    expect(confirmationCall({ request: 'padilla', call: 'first', detained: false })).toEqual({
      first: true,
      words: 'padilla.callFirst',
      replyTime: true,
    });
    expect(confirmationCall({ request: 'padilla', call: undefined, detained: false })).toEqual({
      first: false,
      words: 'padilla.callIfUrgent',
      replyTime: true,
    });
  });

  it('speaks to a family as before: a detention named, urgency first, or the call last', () => {
    const words = (call: 'first' | undefined, detained: boolean) =>
      confirmationCall({ request: 'consultation', call, detained }).words;
    expect(words(undefined, true)).toBe('callFirstDetained');
    expect(words('first', false)).toBe('callFirst');
    expect(words(undefined, false)).toBe('callIfUrgent');
  });
});
