import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';
import { smtpSender } from '@/lib/consultation/mail/senders';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { newFormId } from '@/lib/consultation/intake/reference';
import { acceptedRequest } from '@/lib/consultation/intake/intake';
import { STORED_REQUEST, VALID_REQUEST } from './support/consultation';

const FORM = 'c'.repeat(32);

const ROOT = path.resolve(__dirname, '../..');
// One process, not tsx's wrapper and its child: SIGKILL must kill the process that holds the outbox lock.
const NODE_WITH_TSX = [process.execPath, '--import', 'tsx'] as const;
const addresses = { to: 'intake@stern.example', from: 'website@stern.example', timeZone: 'America/New_York' };
const sinks: SmtpSink[] = [];
const servers: net.Server[] = [];

afterEach(async () => {
  await Promise.all(sinks.splice(0).map((sink) => sink.close()));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function sink(port = 0) {
  const started = await startSmtpSink(port);
  sinks.push(started);
  return started;
}

function outboxFor(port: number) {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'smtp-outbox-')), 'outbox');
  return createFolderOutbox({
    dir,
    maxAttempts: 2,
    retryBaseMs: 1_000,
    send: smtpSender(`smtp://127.0.0.1:${port}`, addresses),
    log: () => {},
  });
}

describe('delivery to a real SMTP server', () => {
  it('arrives with the firm in From and To, the person in Reply-To, and both parts', async () => {
    const server = await sink();
    const outbox = outboxFor(server.port);
    await outbox.spool(
      FORM,
      'K7Q2-M9XD',
      acceptedRequest({ ...VALID_REQUEST, detained: 'yes' }, undefined, '2026-11-27'),
      new Date(),
    );
    expect(await outbox.deliver(FORM)).toBe('delivered');

    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail?.from).toBe('website@stern.example');
    expect(mail?.to).toEqual(['intake@stern.example']);
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.subject).toBe('[URGENT · DETAINED] Ana Pérez [K7Q2-M9XD]');
    expect(parsed.from?.text).toBe('website@stern.example');
    expect(parsed.replyTo?.value[0]?.address).toBe('ana@example.com');
    expect(parsed.messageId).toBe('<consultation-k7q2-m9xd@stern.example>');
    expect(parsed.text).toContain('Drug charge, plea in 2019');
    expect(parsed.html).toContain('Español (Spanish)');
  });

  it('accepts requests while the server is down and delivers each exactly once when it is back', async () => {
    const first = await sink();
    const port = first.port;
    await first.close();
    sinks.pop();

    const outbox = outboxFor(port);
    const references = ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC'];
    for (const reference of references) await outbox.spool(newFormId(), reference, STORED_REQUEST, new Date());
    expect(await outbox.deliverPending({ force: true })).toMatchObject({ delivered: 0, 'retry-later': 3 });
    expect((await outbox.status()).pending.map((item) => item.reference).sort()).toEqual(references);

    const back = await sink(port);
    expect(await outbox.deliverPending({ force: true })).toMatchObject({ delivered: 3 });
    expect(await outbox.deliverPending({ force: true })).toMatchObject({ delivered: 0 });
    const ids = await Promise.all(back.received.map(async (mail) => (await simpleParser(mail.raw)).messageId));
    expect(ids.sort()).toEqual(
      references.map((reference) => `<consultation-${reference.toLowerCase()}@stern.example>`),
    );
  });

  it('treats a 5xx answer as permanent and moves the request to failed/ after the last attempt', async () => {
    const server = await sink();
    server.rejectWith = 550;
    const outbox = outboxFor(server.port);
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, new Date());
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.deliver(FORM)).toBe('failed');
    expect(await outbox.status()).toMatchObject({ pending: [], failed: [{ reference: 'K7Q2-M9XD' }] });
  });

  it('still delivers a request whose server process was killed right after it said "received"', async () => {
    // An SMTP server that accepts connections and never answers: delivery hangs mid-send.
    const blackHole = net.createServer(() => {});
    servers.push(blackHole);
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const blackHolePort = (blackHole.address() as net.AddressInfo).port;

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-'));
    const env = {
      ...process.env,
      OUTBOX_DIR: path.join(dataDir, 'outbox'),
      CONSULT_TO: 'intake@stern.example',
      CONSULT_FROM: 'website@stern.example',
    };
    const child = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX.slice(1), 'tests/support/accept-then-wait.ts'], {
      cwd: ROOT,
      env: { ...env, SMTP_URL: `smtp://127.0.0.1:${blackHolePort}` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const reference = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /received ([A-Z0-9-]{9})/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${output}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const server = await sink();
    // Asynchronously: the SMTP server runs in this process and must keep answering.
    const flush = await promisify(execFile)(
      NODE_WITH_TSX[0],
      [...NODE_WITH_TSX.slice(1), 'scripts/outbox.ts', '--flush'],
      {
        cwd: ROOT,
        env: { ...env, SMTP_URL: `smtp://127.0.0.1:${server.port}` },
      },
    );
    expect(flush.stdout).toContain('flush: 1 delivered');
    expect(flush.stdout).toContain('0 pending, 0 failed');
    expect(flush.stdout).not.toContain('Crash Test');
    expect(server.received).toHaveLength(1);
    const parsed = await simpleParser(server.received[0]?.raw ?? Buffer.alloc(0));
    expect(parsed.subject).toBe(`[URGENT · DETAINED · IN REMOVAL PROCEEDINGS] Crash Test [${reference}]`);
  });

  it('delivers what a previous process left in the outbox as soon as a server starts', async () => {
    const server = await sink();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-'));
    const leftOver = createFolderOutbox({
      dir: path.join(dataDir, 'outbox'),
      maxAttempts: 2,
      retryBaseMs: 1_000,
      send: async () => 'unused',
      log: () => {},
    });
    await leftOver.spool(FORM, 'LEFT-OVER', STORED_REQUEST, new Date());

    const started = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX.slice(1), 'tests/support/start-services.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        OUTBOX_DIR: path.join(dataDir, 'outbox'),
        SMTP_URL: `smtp://127.0.0.1:${server.port}`,
        OUTBOX_RETRY_MS: '60000',
      },
      stdio: 'ignore',
    });
    try {
      await expect.poll(() => server.received.length, { timeout: 15_000 }).toBe(1);
      await expect.poll(async () => (await leftOver.status()).pending.length).toBe(0);
    } finally {
      started.kill('SIGKILL');
    }
    expect((await simpleParser(server.received[0]?.raw ?? Buffer.alloc(0))).subject).toContain('[LEFT-OVER]');
  });
});
