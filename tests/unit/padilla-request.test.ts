import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolderOutbox } from '@/lib/consultation/folder-outbox';
import { issueFormToken, RateLimiter } from '@/lib/consultation/guard';
import { acceptPadillaRequest, type IntakeDeps } from '@/lib/consultation/intake';
import { composeRequestEmail } from '@/lib/consultation/mail';
import { parsePadilla } from '@/lib/consultation/padilla-schema';
import { readSpooledEntry, type SpooledConsultation } from '@/lib/consultation/spool-format';
import { PLEA_SOON_DAYS, pleaSoonReason } from '@/lib/urgency';
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
    const parsed = parsePadilla(formData({ ...VALID_PADILLA, pleaDate: '10/12/2026', siteLanguage: 'es' }));
    expect(parsed.ok && parsed.request.pleaDate).toBe('2026-12-10');
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
    const { submit, sent, deliver } = setUp(new Date('2026-12-07T15:00:00Z'));
    const state = await submit(VALID_PADILLA);
    await deliver();
    const [entry] = sent;
    if (!entry || state.status !== 'received') throw new Error('not received');
    const mail = composeRequestEmail(entry.request, entry.reference, new Date(entry.receivedAt), ADDRESSES);
    expect(mail.subject).toBe(
      `[URGENT · PADILLA · plea 2026-12-10, 3 days] Luis Hernández López, from Dana Whitfield [${state.reference}]`,
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
  });

  it('says when no plea date was given, and is then not urgent', async () => {
    const { submit, sent, deliver } = setUp(new Date('2026-12-07T15:00:00Z'));
    await submit({ ...VALID_PADILLA, pleaDate: '' });
    await deliver();
    const [entry] = sent;
    if (!entry) throw new Error('not sent');
    const mail = composeRequestEmail(entry.request, entry.reference, new Date(entry.receivedAt), ADDRESSES);
    expect(mail.subject).toBe(
      `[PADILLA · plea date not given] Luis Hernández López, from Dana Whitfield [${entry.reference}]`,
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
    const consultation = readSpooledEntry(entry(STORED_REQUEST));
    expect(consultation.ok && consultation.entry.request).toEqual(STORED_REQUEST);
    // A Padilla entry missing what the email needs is reported, not mistaken for a consultation.
    expect(readSpooledEntry(entry({ kind: 'padilla', lawyerName: 'D', siteLanguage: 'en', urgency: [] })).ok).toBe(
      false,
    );
  });
});
