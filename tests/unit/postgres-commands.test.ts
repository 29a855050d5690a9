import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPostgresOutbox } from '@/lib/consultation/outbox/postgres/postgres-outbox';
import { DeliveryError } from '@/lib/consultation/outbox/outbox';
import { newFormId } from '@/lib/consultation/intake/reference';
import { openDatabase } from '@/lib/database/postgres';
import { freePort } from '../../scripts/support/postgres-cluster.mts';
import { STORED_REQUEST } from './support/consultation';
import { databaseForThisFile } from './support/postgres';

/**
 * `npm run db:migrate`, `npm run outbox` and the flush route on the
 * PostgreSQL store (the folder's commands: outbox-command.test.ts).
 */

const ROOT = path.resolve(__dirname, '../..');
let databaseUrl: string;
let mailDir: string;

beforeAll(async () => {
  databaseUrl = await databaseForThisFile('postgres_commands');
  mailDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pg-commands-')), 'mail');
});

async function command(script: string, args: string[] = [], url = databaseUrl) {
  const env = { ...process.env, DATABASE_URL: url, SMTP_URL: '', MAIL_DIR: mailDir };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('the PostgreSQL commands', () => {
  it('db:migrate creates the schema once and then says it is current', async () => {
    const first = await command('scripts/db-migrate.ts');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(`${databaseUrl}: applied 1; schema at version 1`);
    expect((await command('scripts/db-migrate.ts')).stdout).toContain('schema already at version 1');
  });

  it('outbox reports pending and failed requests by reference only, and --retry-failed delivers them', async () => {
    const database = openDatabase(databaseUrl, () => {});
    const refusing = createPostgresOutbox({
      database,
      leaseMs: 60_000,
      maxAttempts: 1,
      retryBaseMs: 60_000,
      log: () => {},
      send: async () => {
        throw new DeliveryError('SMTP 550', true);
      },
    });
    const failed = newFormId();
    await refusing.spool(failed, 'FAIL-REF2', STORED_REQUEST, new Date());
    expect(await refusing.deliver(failed)).toBe('failed');
    await refusing.spool(newFormId(), 'WAIT-REF3', STORED_REQUEST, new Date());
    await database.close();

    const status = await command('scripts/outbox.ts');
    expect(status.code).toBe(2);
    expect(status.stdout).toContain(`outbox ${databaseUrl}: 1 pending, 1 failed`);
    expect(status.stdout).toMatch(/pending WAIT-REF3 {2}age 0 min {2}attempts 0/);
    expect(status.stdout).toMatch(/FAILED {2}FAIL-REF2 {2}age 0 min {2}attempts 1/);
    expect(status.stdout).not.toContain('Ana');

    const retried = await command('scripts/outbox.ts', ['--retry-failed']);
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain('retry: 1 failed requests put back in line');
    expect(retried.stdout).toContain('flush: 2 delivered');
    expect(retried.stdout).toContain('0 pending, 0 failed');
    expect(fs.readdirSync(mailDir).sort()).toEqual(['consultation-FAIL-REF2.eml', 'consultation-WAIT-REF3.eml']);
  });

  it('outbox says the database cannot be reached, with its code only', async () => {
    // Other test files share the server, so this one points at a port nothing listens on instead of stopping it.
    const down = await command('scripts/outbox.ts', [], `postgres://site@127.0.0.1:${await freePort()}/site`);
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('npm run outbox: could not read the outbox (ECONNREFUSED)');
  });

  it('the flush route sends what is due for a scheduler with the token, and nothing for anyone else', async () => {
    const token = 't'.repeat(40);
    const saved = { ...process.env };
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl,
      SMTP_URL: '',
      MAIL_DIR: mailDir,
      OUTBOX_FLUSH_TOKEN: token,
    });
    try {
      vi.resetModules();
      const { flushOutbox } = await import('@/lib/consultation/outbox/flush');
      const database = openDatabase(databaseUrl, () => {});
      const waiting = createPostgresOutbox({
        database,
        leaseMs: 60_000,
        maxAttempts: 3,
        retryBaseMs: 60_000,
        log: () => {},
        send: async () => 'not used',
      });
      await waiting.spool(newFormId(), 'FLSH-REF4', STORED_REQUEST, new Date());
      await database.close();
      const call = (authorization?: string) =>
        flushOutbox(
          new Request('http://localhost/api/outbox/flush', {
            method: 'POST',
            headers: authorization ? { authorization } : {},
          }),
        );

      for (const wrong of [undefined, 'Bearer nope', token, `Basic ${token}`])
        expect((await call(wrong)).status).toBe(401);
      expect(fs.existsSync(path.join(mailDir, 'consultation-FLSH-REF4.eml'))).toBe(false);

      const done = await call(`Bearer ${token}`);
      expect(done.status).toBe(200);
      expect(await done.json()).toEqual({ delivered: 1, retryLater: 0, failed: 0, busy: 0 });
      expect(fs.existsSync(path.join(mailDir, 'consultation-FLSH-REF4.eml'))).toBe(true);
    } finally {
      process.env = saved;
      vi.resetModules();
    }
  });
});
