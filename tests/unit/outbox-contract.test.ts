import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS } from '@/lib/consultation/outbox/claims';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';
import {
  DELIVERED_MARK_KEPT_MS,
  DeliveryError,
  type Outbox,
  type OutboxSettings,
  type Sender,
} from '@/lib/consultation/outbox/outbox';
import { createPostgresOutbox } from '@/lib/consultation/outbox/postgres/postgres-outbox';
import { newFormId } from '@/lib/consultation/intake/reference';
import { openDatabase, type Database } from '@/lib/database/postgres';
import { STORED_REQUEST } from './support/consultation';
import { databaseForThisFile } from './support/postgres';

/**
 * The promises every outbox store keeps (lib/consultation/outbox/outbox.ts), run
 * against both: the folder and a real PostgreSQL server. What only one
 * store has (the folder's file layout, PostgreSQL's migrations) is tested
 * beside it.
 */

type Store = {
  /** Two senders on the same store: two processes, or two instances. */
  open: (settings: OutboxSettings) => Outbox;
  /** Everything the store holds, as text, to look for a request's contents. */
  storedText: () => Promise<string>;
};

let url: string;
const databases: Database[] = [];

beforeAll(async () => {
  url = await databaseForThisFile('outbox_contract');
});
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.close()));
});

function folderStore(): Store {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-contract-')), 'outbox');
  const readAll = (folder: string): string =>
    fs.existsSync(folder)
      ? fs
          .readdirSync(folder, { withFileTypes: true })
          .map((entry) =>
            entry.isDirectory()
              ? readAll(path.join(folder, entry.name))
              : fs.readFileSync(path.join(folder, entry.name), 'utf8'),
          )
          .join('\n')
      : '';
  return { open: (settings) => createFolderOutbox({ ...settings, dir }), storedText: async () => readAll(dir) };
}

async function postgresStore(): Promise<Store> {
  const open = () => {
    const database = openDatabase(url, () => {});
    databases.push(database);
    return database;
  };
  const admin = open();
  await admin.query('TRUNCATE consultation_requests, consultation_rate_limit');
  return {
    // Each sender has a pool of its own, as each instance has.
    open: (settings) => createPostgresOutbox({ ...settings, database: open(), leaseMs: CLAIM_LEASE_MS }),
    storedText: async () => JSON.stringify((await admin.query('SELECT * FROM consultation_requests')).rows),
  };
}

const STORES: [string, () => Promise<Store>][] = [
  ['the folder store', async () => folderStore()],
  ['the PostgreSQL store', postgresStore],
];

const FORM = 'a'.repeat(32);
// Now, not a fixed day: the folder store also reads its files' own times.
const received = new Date();

describe.each(STORES)('%s', (_name, makeStore) => {
  async function outboxWith(send: Sender, overrides: Partial<OutboxSettings> = {}) {
    const store = await makeStore();
    const lines: string[] = [];
    const clock = { now: received };
    const settings: OutboxSettings = {
      maxAttempts: 3,
      retryBaseMs: 60_000,
      send,
      log: (line) => lines.push(line),
      now: () => clock.now,
      ...overrides,
    };
    return { outbox: store.open(settings), another: () => store.open(settings), store, lines, clock };
  }
  const after = (ms: number) => new Date(received.getTime() + ms);

  it('stores a form once, however often it is posted: waiting, sent or given up', async () => {
    const sent: string[] = [];
    const { outbox, store } = await outboxWith(
      async (entry) => {
        sent.push(entry.reference);
        if (entry.reference === 'FAIL-FAIL') throw new DeliveryError('SMTP 550', true);
        return 'ok';
      },
      { maxAttempts: 1 },
    );
    expect(await outbox.has(FORM)).toBe(false);
    expect(await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received)).toBe('spooled');
    expect(await outbox.has(FORM)).toBe(true);
    expect(await outbox.spool(FORM, 'K7Q2-M9XD', { ...STORED_REQUEST, name: 'Changed' }, received)).toBe('duplicate');
    expect(await store.storedText()).not.toContain('Changed');

    expect(await outbox.deliver(FORM)).toBe('delivered');
    expect(await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received)).toBe('duplicate');
    expect((await outbox.deliverPending({ force: true })).delivered).toBe(0);

    const failing = newFormId();
    await outbox.spool(failing, 'FAIL-FAIL', STORED_REQUEST, received);
    expect(await outbox.deliver(failing)).toBe('failed');
    expect(await outbox.spool(failing, 'FAIL-FAIL', STORED_REQUEST, received)).toBe('duplicate');
    expect(sent).toEqual(['K7Q2-M9XD', 'FAIL-FAIL']);
  });

  it('stores a form once when it reaches two senders at the same moment', async () => {
    const { outbox, another } = await outboxWith(async () => 'ok');
    const outcomes = await Promise.all(
      [outbox, another(), outbox, another()].map((each) => each.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received)),
    );
    expect(outcomes.sort()).toEqual(['duplicate', 'duplicate', 'duplicate', 'spooled']);
    expect((await outbox.status()).pending).toHaveLength(1);
  });

  it('keeps the request as it was sent, and nothing of it once the mail server accepted it', async () => {
    const sent: unknown[] = [];
    const { outbox, store, lines } = await outboxWith(async (entry) => {
      sent.push(entry.request);
      return 'SMTP 250';
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    expect(await store.storedText()).toContain('Ana Pérez');
    expect(await outbox.deliver(FORM)).toBe('delivered');
    expect(sent).toEqual([STORED_REQUEST]);
    const left = await store.storedText();
    for (const detail of ['Ana Pérez', 'ana@example.com', 'Drug charge', '555']) expect(left).not.toContain(detail);
    expect(lines.join('\n')).toMatch(/consultation K7Q2-M9XD delivered attempt=1/);
    expect(await outbox.status()).toEqual({ pending: [], failed: [], unknown: [] });
  });

  it('forgets a sent form after three days', async () => {
    const { outbox, clock } = await outboxWith(async () => 'ok');
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    await outbox.deliver(FORM);
    await outbox.deliverPending();
    expect(await outbox.has(FORM)).toBe(true);
    // The folder store dates its mark by the file's own time, which is now.
    clock.now = new Date(Date.now() + DELIVERED_MARK_KEPT_MS + 60_000);
    await outbox.deliverPending();
    expect(await outbox.has(FORM)).toBe(false);
  });

  it('keeps a request that failed and retries it with growing delays', async () => {
    let up = false;
    const { outbox, clock } = await outboxWith(async () => {
      if (!up) throw new DeliveryError('ECONNREFUSED', false);
      return 'ok';
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.status()).toMatchObject({ pending: [{ reference: 'K7Q2-M9XD', attempts: 1 }], failed: [] });
    up = true;
    clock.now = after(59_000);
    expect((await outbox.deliverPending()).delivered).toBe(0);
    clock.now = after(60_000);
    expect((await outbox.deliverPending()).delivered).toBe(1);
    expect(await outbox.status()).toEqual({ pending: [], failed: [], unknown: [] });
  });

  it('waits twice as long after a second failure', async () => {
    const { outbox, clock } = await outboxWith(async () => {
      throw new DeliveryError('ECONNREFUSED', false);
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    await outbox.deliver(FORM);
    clock.now = after(60_000);
    expect(await outbox.deliverPending()).toMatchObject({ 'retry-later': 1 });
    clock.now = after(60_000 + 119_000);
    expect(await outbox.deliverPending()).toMatchObject({ 'retry-later': 0 });
    clock.now = after(60_000 + 120_000);
    expect(await outbox.deliverPending()).toMatchObject({ 'retry-later': 1 });
  });

  it('gives up on a request the server keeps refusing (5xx) after the last attempt, naming only its reference', async () => {
    let refusing = true;
    const { outbox, lines } = await outboxWith(async () => {
      if (refusing) throw new DeliveryError('SMTP 550', true);
      return 'ok';
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.deliver(FORM)).toBe('failed');
    expect(await outbox.status()).toMatchObject({ pending: [], failed: [{ reference: 'K7Q2-M9XD', attempts: 3 }] });
    expect((await outbox.deliverPending({ force: true })).delivered).toBe(0);
    const log = lines.join('\n');
    expect(log).toContain('consultation K7Q2-M9XD FAILED permanently after 3 attempts (SMTP 550)');
    expect(log).not.toContain('Ana');

    refusing = false;
    expect(await outbox.retryFailed()).toBe(1);
    expect(await outbox.status()).toMatchObject({ pending: [{ reference: 'K7Q2-M9XD' }], failed: [] });
    expect((await outbox.deliverPending({ force: true })).delivered).toBe(1);
    expect(await outbox.status()).toEqual({ pending: [], failed: [], unknown: [] });
  });

  it('never gives up on a server that is only down, and a forced run ends', async () => {
    const { outbox } = await outboxWith(async () => {
      throw new DeliveryError('ECONNREFUSED', false);
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    for (let i = 0; i < 5; i++) expect(await outbox.deliver(FORM)).toBe('retry-later');
    expect(await outbox.deliverPending({ force: true })).toMatchObject({ 'retry-later': 1, failed: 0 });
    expect(await outbox.status()).toMatchObject({ pending: [{ attempts: 6 }], failed: [] });
  });

  it('sends a request once when deliveries race for it, in one sender or two', async () => {
    const sent: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { outbox, another } = await outboxWith(async (entry) => {
      sent.push(entry.reference);
      await gate;
      return 'ok';
    });
    const other = another();
    const forms = Array.from({ length: 8 }, () => newFormId());
    for (const [index, formId] of forms.entries())
      await outbox.spool(formId, `REF${index}-TEST`, STORED_REQUEST, received);
    const racing = Promise.all([
      outbox.deliver(forms[0] ?? ''),
      other.deliver(forms[0] ?? ''),
      outbox.deliverPending({ force: true }),
      other.deliverPending({ force: true }),
      other.deliverPending({ force: true }),
    ]);
    setTimeout(release, 50);
    await racing;
    await outbox.deliverPending({ force: true });
    expect(sent.sort()).toEqual(forms.map((_, index) => `REF${index}-TEST`));
  });

  it('leaves a request to its sender until the lease runs out, then another sender takes it over', async () => {
    const sent: string[] = [];
    let first = true;
    const { outbox, another, clock, lines } = await outboxWith(async (entry) => {
      if (first) {
        first = false;
        // The first sender stops mid-send and never comes back.
        return new Promise<string>(() => {});
      }
      sent.push(entry.reference);
      return 'ok';
    });
    await outbox.spool(FORM, 'K7Q2-M9XD', STORED_REQUEST, received);
    void outbox.deliver(FORM);
    const other = another();
    await expect.poll(() => other.deliver(FORM)).toBe('busy');
    expect(sent).toEqual([]);
    clock.now = after(CLAIM_LEASE_MS + 60_000);
    expect(await other.deliverPending()).toMatchObject({ delivered: 1 });
    expect(sent).toEqual(['K7Q2-M9XD']);
    expect(lines.join('\n')).toMatch(/took over .*whose sender .*stopped/);
  });
});
