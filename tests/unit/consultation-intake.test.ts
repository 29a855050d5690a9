import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueFormToken, RateLimiter } from '@/lib/consultation/intake/guard';
import { acceptConsultation, type IntakeDeps } from '@/lib/consultation/intake/intake';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';
import { REFERENCE_PATTERN } from '@/lib/consultation/intake/reference';
import { formData, VALID_FORM } from './support/consultation';

const SECRET = 's'.repeat(40);
const served = new Date('2026-11-27T10:00:00Z');
const submittedAt = new Date('2026-11-27T10:05:00Z');

function setUp(limit = 5, dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'intake-')), 'outbox')) {
  const sent: string[] = [];
  const scheduled: (() => Promise<unknown>)[] = [];
  const lines: string[] = [];
  const outbox = createFolderOutbox({
    dir,
    maxAttempts: 3,
    retryBaseMs: 1_000,
    send: async (entry) => {
      sent.push(entry.reference);
      return 'ok';
    },
    log: (line) => lines.push(line),
  });
  const deps: IntakeDeps = {
    outbox,
    rateLimiter: new RateLimiter(limit),
    formSecret: SECRET,
    minFillMs: 3_000,
    afterResponse: (task) => scheduled.push(task),
    log: (line) => lines.push(line),
    timeZone: 'America/New_York',
    admissions: { states: ['NY'], sample: false },
  };
  const submit = (fields: Record<string, string | undefined>, now = submittedAt, clientAddress = '203.0.113.9') =>
    acceptConsultation(
      { form: formData({ formToken: issueFormToken(served, SECRET), ...fields }), clientAddress, now },
      deps,
    );
  const spooled = () => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /^[a-f0-9]{32}$/.test(name)) : []);
  const runScheduled = () => Promise.all(scheduled.splice(0).map((task) => task()));
  return { submit, sent, scheduled, lines, spooled, runScheduled, dir, deps };
}

describe('accepting a consultation request', () => {
  it('decides once whether it is urgent, and stores that and the relief check as they are read, not as text', async () => {
    const { deps, spooled, dir } = setUp();
    // 2026-11-27 in New York: a federal judgment of 2026-11-20 has its last day to appeal on 2026-12-04.
    const reliefCheck = {
      answers: { court: 'federal' as const, outcome: 'plea' as const, judgmentDate: '2026-11-20' },
      topics: ['federal-appeal' as const],
    };
    const state = await acceptConsultation(
      {
        form: formData({ formToken: issueFormToken(served, SECRET), ...VALID_FORM }),
        clientAddress: '203.0.113.9',
        now: submittedAt,
        reliefCheck,
      },
      deps,
    );
    expect(state).toMatchObject({ status: 'received', urgent: true });
    const [folder = ''] = spooled();
    const stored: unknown = JSON.parse(fs.readFileSync(path.join(dir, folder, 'request.json'), 'utf8'));
    expect(stored).toMatchObject({
      request: {
        reliefCheck,
        urgency: [{ kind: 'appeal-deadline', court: 'federal', lastDay: '2026-12-04' }],
      },
    });
    // The contact page's form is urgent only for what it says.
    const plain = await setUp().submit(VALID_FORM);
    expect(plain).toMatchObject({ status: 'received', urgent: false });
  });

  it('stores the request before answering "received", then delivers it after the answer', async () => {
    const { submit, sent, scheduled, spooled } = setUp();
    const state = await submit(VALID_FORM);
    expect(state.status).toBe('received');
    if (state.status !== 'received') return;
    expect(state.reference).toMatch(REFERENCE_PATTERN);
    expect(spooled()).toHaveLength(1);
    expect(sent).toEqual([]);

    await Promise.all(scheduled.map((task) => task()));
    expect(sent).toEqual([state.reference]);
  });

  it('answers a repeat post of the same form with the same reference, storing and sending nothing new', async () => {
    const { deps, sent, spooled, runScheduled, dir } = setUp(1);
    const form = formData({ formToken: issueFormToken(served, SECRET), ...VALID_FORM });
    const post = (address = '203.0.113.9') =>
      acceptConsultation({ form, clientAddress: address, now: submittedAt }, deps);
    const first = await post();
    const [second, third] = await Promise.all([post(), post()]);
    expect(first.status).toBe('received');
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    await runScheduled();
    // After the email went, a refresh or a retry is still the same request, and the rate limit was not spent on it.
    expect(await post()).toEqual(first);
    // Likewise for a new server process sharing the folder (after a restart, or beside this one).
    const restarted = setUp(1, dir);
    const again = await acceptConsultation({ form, clientAddress: '203.0.113.9', now: submittedAt }, restarted.deps);
    expect(again).toEqual(first);
    await restarted.runScheduled();
    expect(spooled()).toHaveLength(1);
    expect(sent.concat(restarted.sent)).toHaveLength(1);
  });

  it('offers a fresh form when the one sent was served more than a day ago, keeping what was typed', async () => {
    const { submit, spooled } = setUp();
    const state = await submit(VALID_FORM, new Date(served.getTime() + 25 * 3_600_000));
    expect(state).toMatchObject({
      status: 'try-again',
      values: { name: 'Ana Pérez' },
      formToken: expect.stringMatching(/^\d+\.[a-f0-9]{32}\./),
    });
    expect(spooled()).toEqual([]);
  });

  it('gives back the errors and everything typed, and stores nothing, when a field is wrong', async () => {
    const { submit, spooled, scheduled } = setUp();
    const state = await submit({ ...VALID_FORM, email: 'ana@' });
    expect(state).toEqual({
      status: 'invalid',
      errors: { email: 'emailNoDomain' },
      values: expect.objectContaining({ name: 'Ana Pérez', email: 'ana@', message: VALID_FORM.message }),
    });
    expect(spooled()).toEqual([]);
    expect(scheduled).toEqual([]);
  });

  it('answers a filled honeypot as if received, and stores and sends nothing', async () => {
    const { submit, spooled, scheduled } = setUp();
    const state = await submit({ ...VALID_FORM, website: 'http://spam.example' });
    expect(state.status).toBe('received');
    expect(spooled()).toEqual([]);
    expect(scheduled).toEqual([]);
  });

  it('asks to try again, keeping what was typed, when the form comes back faster than a person types', async () => {
    const { submit, spooled } = setUp();
    const state = await submit(VALID_FORM, new Date(served.getTime() + 1_000));
    expect(state).toMatchObject({ status: 'try-again', values: { name: 'Ana Pérez' } });
    expect(spooled()).toEqual([]);
  });

  it('refuses more requests per hour from one address than the limit, pointing to the phone', async () => {
    const { submit, spooled } = setUp(2);
    expect((await submit(VALID_FORM)).status).toBe('received');
    expect((await submit(VALID_FORM)).status).toBe('received');
    const third = await submit(VALID_FORM);
    expect(third).toMatchObject({ status: 'try-again', reason: 'rateLimited' });
    expect(third).not.toHaveProperty('formToken');
    expect((await submit(VALID_FORM, submittedAt, '198.51.100.1')).status).toBe('received');
    expect(spooled()).toHaveLength(3);
  });

  it('logs the reference, outcome and timing, never what the person wrote', async () => {
    const { submit, lines, scheduled } = setUp();
    await submit(VALID_FORM);
    await submit({ ...VALID_FORM, email: 'ana@' });
    await Promise.all(scheduled.map((task) => task()));
    const log = lines.join('\n');
    expect(log).toMatch(/^consultation [A-Z0-9]{4}-[A-Z0-9]{4} received \d+ms$/m);
    expect(log).toMatch(/^consultation - invalid fields=email \d+ms$/m);
    for (const value of ['Ana', 'ana@', 'example.com', 'Drug charge', '555']) expect(log).not.toContain(value);
  });

  it('answers "not saved", never "received", while the store cannot be reached, keeping what was typed', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const failing = async () => {
      throw down;
    };
    for (const broken of ['outbox.has', 'rateLimiter.take', 'outbox.spool'] as const) {
      const { deps, scheduled, lines } = setUp();
      const withBroken: IntakeDeps = {
        ...deps,
        outbox: { ...deps.outbox, ...(broken === 'outbox.has' ? { has: failing } : {}) },
        rateLimiter: broken === 'rateLimiter.take' ? { take: failing } : deps.rateLimiter,
      };
      if (broken === 'outbox.spool') withBroken.outbox = { ...withBroken.outbox, spool: failing };
      const state = await acceptConsultation(
        {
          form: formData({ formToken: issueFormToken(served, SECRET), ...VALID_FORM }),
          clientAddress: '203.0.113.9',
          now: submittedAt,
        },
        withBroken,
      );
      expect(state, broken).toMatchObject({ status: 'try-again', reason: 'notSaved', values: { name: 'Ana Pérez' } });
      expect(scheduled, broken).toHaveLength(0);
      expect(lines.join('\n'), broken).toMatch(/NOT stored \(ECONNREFUSED\)/);
    }
  });
});
