import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresOutbox } from '@/lib/consultation/outbox/postgres/postgres-outbox';
import { createPostgresRateLimiter } from '@/lib/consultation/intake/postgres-rate-limiter';
import { newFormId } from '@/lib/consultation/intake/reference';
import { LATEST_VERSION, MIGRATIONS } from '@/lib/database/migrations';
import { openDatabase, withoutPassword, type Database } from '@/lib/database/postgres';
import { startOutageProxy } from '../../scripts/support/postgres-cluster.mts';
import { STORED_REQUEST } from './support/consultation';
import { databaseForThisFile } from './support/postgres';

/** What only the PostgreSQL store has; the promises both stores keep are in outbox-contract.test.ts. */

let databaseUrl: string;
const databases: Database[] = [];
const lines: string[] = [];

function open(url = databaseUrl): Database {
  const database = openDatabase(url, (line) => lines.push(line));
  databases.push(database);
  return database;
}

beforeAll(async () => {
  databaseUrl = await databaseForThisFile('postgres_store');
});
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.close()));
  lines.length = 0;
});

describe('the schema', () => {
  it('is created by the migrations, once, when several instances start together', async () => {
    const instances = [open(), open(), open()];
    const applied = await Promise.all(instances.map((database) => database.migrate()));
    expect(applied.flat()).toEqual(MIGRATIONS.map((migration) => migration.version));
    const recorded = await instances[0]?.query<{ version: number }>('SELECT version FROM site_migrations');
    expect(recorded?.rows.map((row) => row.version)).toEqual([LATEST_VERSION]);
    expect(await open().migrate()).toEqual([]);
  });

  it('is never needed by hand: the first query of a new instance waits for it', async () => {
    const rows = await open().query('SELECT count(*) FROM consultation_requests');
    expect(rows.rowCount).toBe(1);
  });
});

describe('the hourly limit in the database', () => {
  it('holds across instances, even when they count the same address at the same moment', async () => {
    const limiters = [createPostgresRateLimiter(open(), 2), createPostgresRateLimiter(open(), 2)];
    const now = Date.now();
    const taken = await Promise.all(
      Array.from({ length: 10 }, (_, index) => limiters[index % 2]?.take('198.51.100.7', now + index)),
    );
    expect(taken.filter(Boolean)).toHaveLength(2);
    // Another address has its own limit, and an hour later the first has room again.
    expect(await limiters[0]?.take('198.51.100.8', now)).toBe(true);
    expect(await limiters[1]?.take('198.51.100.7', now + 3_600_000 + 1)).toBe(true);
  });

  it('keeps a hash of the address, never the address', async () => {
    const database = open();
    await createPostgresRateLimiter(database, 5).take('203.0.113.9', Date.now());
    const rows = await database.query('SELECT * FROM consultation_rate_limit');
    expect(JSON.stringify(rows.rows)).not.toContain('203.0.113.9');
  });

  it('is off with a limit of 0', async () => {
    const limiter = createPostgresRateLimiter(open(), 0);
    for (let i = 0; i < 5; i++) expect(await limiter.take('198.51.100.9', Date.now())).toBe(true);
  });
});

describe('the PostgreSQL outbox', () => {
  beforeEach(async () => {
    await open().query('TRUNCATE consultation_requests');
  });

  const settings = (database: Database, sent: string[] = []) => ({
    database,
    leaseMs: 60_000,
    maxAttempts: 3,
    retryBaseMs: 60_000,
    log: (line: string) => lines.push(line),
    send: async (entry: { reference: string }) => {
      sent.push(entry.reference);
      return 'ok';
    },
  });

  it('marks a row it cannot read as failed, saying why without its contents', async () => {
    const database = open();
    const outbox = createPostgresOutbox(settings(database));
    const formId = newFormId();
    await outbox.spool(formId, 'K7Q2-M9XD', STORED_REQUEST, new Date());
    await database.query(`UPDATE consultation_requests SET request = '{"name":"Ana Pérez"}' WHERE form_id = $1`, [
      formId,
    ]);
    expect(await outbox.deliver(formId)).toBe('failed');
    expect(await outbox.status()).toMatchObject({ failed: [{ reference: 'K7Q2-M9XD' }] });
    const log = lines.join('\n');
    expect(log).toContain('K7Q2-M9XD could not be read (not a version 1 outbox entry (request.language');
    expect(log).not.toContain('Ana');
  });

  it('leaves a request written by a newer release to that release', async () => {
    const database = open();
    const sent: string[] = [];
    const outbox = createPostgresOutbox(settings(database, sent));
    const formId = newFormId();
    await outbox.spool(formId, 'NEWR-VRSN', STORED_REQUEST, new Date());
    await database.query('UPDATE consultation_requests SET format_version = 99 WHERE form_id = $1', [formId]);
    await outbox.deliverPending({ force: true });
    expect(sent).toEqual([]);
    expect((await outbox.status()).pending).toMatchObject([{ reference: 'NEWR-VRSN' }]);
  });

  it('fails at once while the database is down, and works again when it is back', async () => {
    // Other test files share the server, so the outage is a cut connection, not a stopped server.
    const proxy = await startOutageProxy(databaseUrl);
    try {
      const database = open(proxy.url);
      const outbox = createPostgresOutbox(settings(database));
      await database.migrate();
      await proxy.cut();
      // As when a server stops, the pool first learns that its idle connection is gone.
      await expect.poll(() => lines.join('\n')).toContain('database: an idle connection was lost');
      await expect(outbox.spool(newFormId(), 'DOWN-DOWN', STORED_REQUEST, new Date())).rejects.toMatchObject({
        code: 'ECONNREFUSED',
      });
      await proxy.restore();
      expect(await outbox.spool(newFormId(), 'BACK-BACK', STORED_REQUEST, new Date())).toBe('spooled');
      expect(lines.join('\n')).not.toContain('Ana');
    } finally {
      await proxy.cut();
    }
  });

  it('names its database without the password', () => {
    expect(withoutPassword('postgres://site:s3cret@db.internal:5432/site')).toBe(
      'postgres://site@db.internal:5432/site',
    );
  });
});
