import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimName, CLAIM_LEASE_MS, newOwner } from '@/lib/consultation/outbox/claims';
import { backoffMs, DELIVERED_MARK_KEPT_MS, DeliveryError, type Sender } from '@/lib/consultation/outbox/outbox';
import { createFolderOutbox, type FolderOutboxOptions } from '@/lib/consultation/outbox/folder/folder-outbox';
import { newFormId } from '@/lib/consultation/intake/reference';
import type { OutboxRequest, SpooledConsultation, StoredRequest } from '@/lib/consultation/outbox/spool-format';
import { STORED_REQUEST } from './support/consultation';
import { runTogether } from './support/processes';

function tempDir() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-')), 'outbox');
}

function outboxWith(send: Sender, overrides: Partial<FolderOutboxOptions> = {}) {
  const lines: string[] = [];
  const clock = { now: new Date() };
  const outbox = createFolderOutbox({
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

const FORM = 'a'.repeat(32);
const received = new Date();
const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const readEntry = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as SpooledConsultation;
const later = (ms: number) => new Date(Date.now() + ms);

// The folder store's own layout; the promises both stores keep are in outbox-contract.test.ts.

describe('spooling a request', () => {
  it('writes one complete private file in a private folder named by the form, with no temp file left', async () => {
    const { outbox } = outboxWith(async () => 'ok');
    expect(await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received)).toBe('spooled');
    expect(files(outbox.dir)).toEqual([FORM]);
    expect(files(path.join(outbox.dir, FORM))).toEqual(['request.json']);
    expect(mode(outbox.dir)).toBe(0o700);
    expect(mode(path.join(outbox.dir, FORM))).toBe(0o700);
    expect(mode(path.join(outbox.dir, FORM, 'request.json'))).toBe(0o600);
    const entry = readEntry(path.join(outbox.dir, FORM, 'request.json'));
    expect(entry).toMatchObject({
      version: 1,
      reference: 'K7Q2-M9XD',
      attempts: 0,
      request: { email: 'ana@example.com' },
    });
  });

  it('stores a form once when several processes post it at the same moment', async () => {
    const dir = tempDir();
    const outcomes = await runTogether(4, ['spool', dir, FORM]);
    expect(outcomes.sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'spooled']);
    expect(files(dir)).toEqual([FORM]);
    expect(files(path.join(dir, FORM))).toEqual(['request.json']);
  });

  it('survives a crash before the rename: the half-written request is never sent and is cleaned up later', async () => {
    const sent: string[] = [];
    const { outbox, clock } = outboxWith(async (entry) => {
      sent.push(entry.reference);
      return 'ok';
    });
    await outbox.spool(FORM, 'AAAA-AAAA', STORED_REQUEST, received);
    // What a process killed while writing leaves behind.
    const staging = path.join(outbox.dir, `.tmp-${'b'.repeat(32)}-123456`);
    fs.mkdirSync(staging);
    fs.writeFileSync(path.join(staging, 'request.json'), '{"version":1,"refer', { mode: 0o600 });
    await outbox.deliverPending();
    expect(sent).toEqual(['AAAA-AAAA']);
    expect(files(outbox.dir)).toContain(path.basename(staging));

    clock.now = later(2 * 3_600_000);
    await outbox.deliverPending();
    expect(files(outbox.dir)).toEqual([FORM]);
  });

  it('still sends a request stored under rules the form no longer has', async () => {
    const sent: OutboxRequest[] = [];
    const { outbox } = outboxWith(async (entry) => {
      sent.push(entry.request);
      return 'ok';
    });
    // Accepted before the form asked for more: a short message, no email, an answer since removed.
    const older: StoredRequest = { ...STORED_REQUEST, email: undefined, message: 'short', matter: 'retired-choice' };
    await outbox.spool(FORM, 'K7Q2-M9XD', older, received);
    expect(await outbox.deliver(FORM)).toBe('delivered');
    expect(sent).toEqual([older]);
  });
});

describe('delivering', () => {
  it('keeps nothing personal once the mail is accepted, only a mark that the form was sent', async () => {
    const { outbox, lines } = outboxWith(async () => 'SMTP 250');
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    expect(await outbox.deliver(FORM)).toBe('delivered');
    expect(files(path.join(outbox.dir, FORM))).toEqual(['delivered']);
    expect(fs.readFileSync(path.join(outbox.dir, FORM, 'delivered'), 'utf8')).not.toContain('Ana');
    expect(lines.join('\n')).toMatch(/consultation K7Q2-M9XD delivered attempt=1/);
    expect(await outbox.status()).toEqual({ pending: [], failed: [], unknown: [] });
  });

  it('forgets a sent form after three days', async () => {
    const { outbox, clock } = outboxWith(async () => 'ok');
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    await outbox.deliver(FORM);
    await outbox.deliverPending();
    expect(files(outbox.dir)).toEqual([FORM]);
    clock.now = later(DELIVERED_MARK_KEPT_MS + 60_000);
    await outbox.deliverPending();
    expect(files(outbox.dir)).toEqual([]);
  });

  it('keeps a request that failed and retries it with growing delays', async () => {
    let up = false;
    const { outbox, clock } = outboxWith(async () => {
      if (!up) throw new DeliveryError('ECONNREFUSED', false);
      return 'ok';
    });
    clock.now = new Date('2026-11-27T10:00:00Z');
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, clock.now);
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    const entry = readEntry(path.join(outbox.dir, FORM, 'request.json'));
    expect(entry).toMatchObject({ attempts: 1, lastError: 'ECONNREFUSED', nextAttemptAt: '2026-11-27T10:01:00.000Z' });

    up = true;
    clock.now = new Date('2026-11-27T10:00:59Z');
    expect((await outbox.deliverPending()).delivered).toBe(0);
    clock.now = new Date('2026-11-27T10:01:00Z');
    expect((await outbox.deliverPending()).delivered).toBe(1);
    expect(files(path.join(outbox.dir, FORM))).toEqual(['delivered']);
  });

  it('doubles the delay after each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, 60_000))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffMs(20, 60_000)).toBe(3_600_000);
  });

  it('moves a request the server keeps refusing (5xx) to failed/ after the last attempt, naming only its reference', async () => {
    const { outbox, lines } = outboxWith(async () => {
      throw new DeliveryError('SMTP 550', true);
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.deliver(FORM)).toBe('failed');
    expect(files(path.join(outbox.dir, 'failed'))).toEqual([`${FORM}.json`]);
    expect(mode(path.join(outbox.dir, 'failed', `${FORM}.json`))).toBe(0o600);
    expect(await outbox.status()).toMatchObject({ pending: [], failed: [{ reference: 'K7Q2-M9XD', attempts: 3 }] });
    const log = lines.join('\n');
    expect(log).toContain('consultation K7Q2-M9XD FAILED permanently after 3 attempts (SMTP 550)');
    expect(log).not.toContain('Ana');
    expect(log).not.toContain('ana@example.com');

    expect(await outbox.retryFailed()).toBe(1);
    expect(await outbox.status()).toMatchObject({ pending: [{ reference: 'K7Q2-M9XD' }], failed: [] });
  });

  it('moves an entry it cannot read to failed/, saying only which file and why, and reports it', async () => {
    const { outbox, lines } = outboxWith(async () => 'ok');
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    const broken = newFormId();
    fs.mkdirSync(path.join(outbox.dir, broken));
    fs.writeFileSync(path.join(outbox.dir, broken, 'request.json'), '{"version":1,"request":{"name":"Ana Pérez"}}');
    const counts = await outbox.deliverPending();
    expect(counts).toMatchObject({ delivered: 1, failed: 1 });
    expect(files(path.join(outbox.dir, 'failed'))).toEqual([`${broken}.json`]);
    expect(fs.readFileSync(path.join(outbox.dir, 'failed', `${broken}.json`), 'utf8')).toContain('Ana Pérez');
    const log = lines.join('\n');
    expect(log).toMatch(
      new RegExp(
        `${broken}/sending~\\S+\\.json could not be read \\(not a version 1 outbox entry \\(reference, receivedAt`,
      ),
    );
    expect(log).not.toContain('Ana');
    expect((await outbox.status()).failed).toHaveLength(1);
  });
});

describe('two senders for one request', () => {
  it('sends each request once when several processes deliver the same folder at the same moment', async () => {
    const { outbox } = outboxWith(async () => 'ok');
    const forms = Array.from({ length: 6 }, () => newFormId());
    for (const [index, formId] of forms.entries())
      await outbox.spool(formId, `REF${index}-TEST`, STORED_REQUEST, received);
    const sentLog = path.join(path.dirname(outbox.dir), 'sent.log');
    fs.writeFileSync(sentLog, '');
    const outcomes = await runTogether(3, ['deliver', outbox.dir, sentLog]);
    const sends = fs
      .readFileSync(sentLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[0]);
    expect(sends.sort()).toEqual(forms.map((_, index) => `REF${index}-TEST`));
    expect(outcomes.reduce((total, outcome) => total + Number(outcome.replace('delivered=', '')), 0)).toBe(6);
  });

  function leaveClaim(dir: string, owner: { host: string; pid: number }) {
    const folder = path.join(dir, FORM);
    const claimed = path.join(folder, claimName({ ...owner, id: 'abcd1234' }));
    fs.renameSync(path.join(folder, 'request.json'), claimed);
    return claimed;
  }

  it('takes over a request whose sender on this machine has stopped', async () => {
    const { outbox, lines } = outboxWith(async () => 'ok');
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    leaveClaim(outbox.dir, { host: newOwner().host, pid: dead.pid ?? 0 });
    expect(await outbox.deliver(FORM)).toBe('delivered');
    expect(lines.join('\n')).toMatch(/took over .*sending~.*, whose sender stopped/);
  });

  it('leaves a request to a live sender, and to a sender on another machine, until its lease runs out', async () => {
    for (const owner of [
      { host: newOwner().host, pid: process.ppid },
      { host: 'another-machine', pid: 1 },
    ]) {
      const { outbox, clock } = outboxWith(async () => 'ok');
      await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
      const claimed = leaveClaim(outbox.dir, owner);
      expect(await outbox.deliver(FORM)).toBe('busy');
      expect(fs.existsSync(claimed)).toBe(true);
      clock.now = later(CLAIM_LEASE_MS + 60_000);
      expect(await outbox.deliver(FORM)).toBe('delivered');
    }
  });
});
