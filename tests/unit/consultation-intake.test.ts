import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueFormToken, RateLimiter } from '@/lib/consultation/guard';
import { acceptConsultation, type IntakeDeps } from '@/lib/consultation/intake';
import { createOutbox } from '@/lib/consultation/outbox';
import { REFERENCE_PATTERN } from '@/lib/consultation/reference';
import { formData, VALID_FORM } from './support/consultation';

const SECRET = 's'.repeat(40);
const served = new Date('2026-11-27T10:00:00Z');
const submittedAt = new Date('2026-11-27T10:05:00Z');

function setUp(limit = 5) {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'intake-')), 'outbox');
  const sent: string[] = [];
  const scheduled: (() => Promise<unknown>)[] = [];
  const lines: string[] = [];
  const outbox = createOutbox({
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
  };
  const submit = (fields: Record<string, string | undefined>, now = submittedAt, clientAddress = '203.0.113.9') =>
    acceptConsultation({ form: formData({ formToken: issueFormToken(served, SECRET), ...fields }), clientAddress, now }, deps);
  const spooled = () => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')) : []);
  return { submit, sent, scheduled, lines, spooled };
}

describe('accepting a consultation request', () => {
  it('stores the request before answering "received", then delivers it after the answer', async () => {
    const { submit, sent, scheduled, spooled } = setUp();
    const state = await submit(VALID_FORM);
    expect(state.status).toBe('received');
    if (state.status !== 'received') return;
    expect(state.reference).toMatch(REFERENCE_PATTERN);
    expect(spooled()).toEqual([`${state.reference}.json`]);
    expect(sent).toEqual([]);

    await Promise.all(scheduled.map((task) => task()));
    expect(sent).toEqual([state.reference]);
    expect(spooled()).toEqual([]);
  });

  it('gives back the errors and everything typed, and stores nothing, when a field is wrong', async () => {
    const { submit, spooled, scheduled } = setUp();
    const state = await submit({ ...VALID_FORM, email: 'ana@' });
    expect(state).toEqual({
      status: 'invalid',
      errors: { email: 'Enter an email address like name@example.com' },
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
    expect(third).toMatchObject({ status: 'try-again', message: expect.stringContaining('call us') });
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
    for (const value of ['Ana', 'ana@', 'example.com', 'deportation', '555']) expect(log).not.toContain(value);
  });
});
