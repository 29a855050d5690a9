import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backoffMs, createOutbox, DeliveryError, type OutboxOptions, type Sender, type SpooledConsultation } from '@/lib/consultation/outbox';
import { VALID_REQUEST } from './support/consultation';

function tempDir() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-')), 'outbox');
}

function outboxWith(send: Sender, overrides: Partial<OutboxOptions> = {}) {
  const lines: string[] = [];
  const clock = { now: new Date('2026-11-27T10:00:00Z') };
  const outbox = createOutbox({
    dir: tempDir(),
    maxAttempts: 3,
    retryBaseMs: 60_000,
    send,
    log: (line) => lines.push(line),
    now: () => clock.now,
    ...overrides,
  });
  return { outbox, lines, clock };
}

const received = new Date('2026-11-27T10:00:00Z');
const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('spooling a request', () => {
  it('writes one complete private file in a private folder, with no temp file left', async () => {
    const { outbox } = outboxWith(async () => 'ok');
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    expect(files(outbox.dir)).toEqual(['K7Q2-M9XD.json']);
    expect(mode(outbox.dir)).toBe(0o700);
    expect(mode(path.join(outbox.dir, 'K7Q2-M9XD.json'))).toBe(0o600);
    const entry = JSON.parse(fs.readFileSync(path.join(outbox.dir, 'K7Q2-M9XD.json'), 'utf8')) as SpooledConsultation;
    expect(entry).toMatchObject({ reference: 'K7Q2-M9XD', attempts: 0, request: { email: 'ana@example.com' } });
  });

  it('survives a crash before the rename: the half-written temp file is never sent and is cleaned up later', async () => {
    const sent: string[] = [];
    const { outbox, clock } = outboxWith(async (entry) => {
      sent.push(entry.reference);
      return 'ok';
    });
    await outbox.spool('AAAA-AAAA', VALID_REQUEST, received);
    // What a process killed between write and rename leaves behind.
    fs.writeFileSync(path.join(outbox.dir, '.tmp-BBBB-BBBB.json-1234'), '{"version":1,"refer', { mode: 0o600 });
    await outbox.deliverPending();
    expect(sent).toEqual(['AAAA-AAAA']);
    expect(files(outbox.dir)).toEqual(['.tmp-BBBB-BBBB.json-1234']);

    clock.now = new Date(Date.now() + 2 * 3_600_000);
    await outbox.deliverPending();
    expect(files(outbox.dir)).toEqual([]);
  });
});

describe('delivering', () => {
  it('deletes the file once the mail is accepted', async () => {
    const sent: SpooledConsultation[] = [];
    const { outbox, lines } = outboxWith(async (entry) => {
      sent.push(entry);
      return 'SMTP 250';
    });
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('delivered');
    expect(sent.map((entry) => entry.request.name)).toEqual(['Ana Pérez']);
    expect(files(outbox.dir)).toEqual([]);
    expect(lines.join('\n')).toMatch(/consultation K7Q2-M9XD delivered attempt=1/);
  });

  it('keeps a request that failed and retries it with growing delays', async () => {
    let up = false;
    const { outbox, clock } = outboxWith(async () => {
      if (!up) throw new DeliveryError('ECONNREFUSED', false);
      return 'ok';
    });
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('retry-later');
    const entry = JSON.parse(fs.readFileSync(path.join(outbox.dir, 'K7Q2-M9XD.json'), 'utf8')) as SpooledConsultation;
    expect(entry).toMatchObject({ attempts: 1, lastError: 'ECONNREFUSED', nextAttemptAt: '2026-11-27T10:01:00.000Z' });

    up = true;
    clock.now = new Date('2026-11-27T10:00:59Z');
    expect((await outbox.deliverPending()).delivered).toBe(0);
    clock.now = new Date('2026-11-27T10:01:00Z');
    expect((await outbox.deliverPending()).delivered).toBe(1);
    expect(files(outbox.dir)).toEqual([]);
  });

  it('doubles the delay after each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, 60_000))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(20, 60_000)).toBe(3_600_000);
  });

  it('moves a request the server keeps refusing (5xx) to failed/ after the last attempt, naming only its reference', async () => {
    const { outbox, lines } = outboxWith(async () => {
      throw new DeliveryError('SMTP 550', true);
    });
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('retry-later');
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('retry-later');
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('failed');
    expect(files(outbox.dir)).toEqual(['failed']);
    expect(files(path.join(outbox.dir, 'failed'))).toEqual(['K7Q2-M9XD.json']);
    expect(mode(path.join(outbox.dir, 'failed', 'K7Q2-M9XD.json'))).toBe(0o600);
    expect(await outbox.status()).toMatchObject({ pending: [], failed: [{ reference: 'K7Q2-M9XD', attempts: 3 }] });
    const log = lines.join('\n');
    expect(log).toContain('consultation K7Q2-M9XD FAILED permanently after 3 attempts (SMTP 550)');
    expect(log).not.toContain('Ana');
    expect(log).not.toContain('ana@example.com');
  });

  it('never gives up on a server that is only down', async () => {
    const { outbox } = outboxWith(async () => {
      throw new DeliveryError('ECONNREFUSED', false);
    });
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    for (let i = 0; i < 5; i++) expect(await outbox.deliver('K7Q2-M9XD')).toBe('retry-later');
    expect(files(outbox.dir)).toEqual(['K7Q2-M9XD.json']);
  });

  it('sends a request once when two deliveries race for it', async () => {
    const sent: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { outbox } = outboxWith(async (entry) => {
      sent.push(entry.reference);
      await gate;
      return 'ok';
    });
    await outbox.spool('AAAA-AAAA', VALID_REQUEST, received);
    await outbox.spool('BBBB-BBBB', VALID_REQUEST, received);
    const racing = Promise.all([outbox.deliver('AAAA-AAAA'), outbox.deliverPending({ force: true }), outbox.deliverPending({ force: true })]);
    setImmediate(release);
    const [first] = await racing;
    expect(first).toBe('delivered');
    await outbox.deliverPending({ force: true });
    expect(sent.sort()).toEqual(['AAAA-AAAA', 'BBBB-BBBB']);
    expect(files(outbox.dir)).toEqual([]);
  });

  it('takes over a request locked by a process that has died', async () => {
    const { outbox } = outboxWith(async () => 'ok');
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(path.join(outbox.dir, 'K7Q2-M9XD.lock'), JSON.stringify({ pid: dead.pid, at: received.toISOString() }));
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('delivered');
  });

  it('leaves alone a request locked by a live process', async () => {
    const { outbox } = outboxWith(async () => 'ok');
    await outbox.spool('K7Q2-M9XD', VALID_REQUEST, received);
    fs.writeFileSync(path.join(outbox.dir, 'K7Q2-M9XD.lock'), JSON.stringify({ pid: process.pid, at: received.toISOString() }));
    expect(await outbox.deliver('K7Q2-M9XD')).toBe('busy');
    expect(files(outbox.dir)).toContain('K7Q2-M9XD.json');
  });
});
