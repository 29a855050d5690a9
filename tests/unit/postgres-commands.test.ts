import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresOutbox } from '@/lib/consultation/postgres-outbox';
import { DeliveryError } from '@/lib/consultation/outbox';
import { newFormId } from '@/lib/consultation/reference';
import { openDatabase } from '@/lib/database/postgres';
import { startPostgresCluster, type PostgresCluster } from '../../scripts/support/postgres-cluster.mts';
import { STORED_REQUEST } from './support/consultation';

/** `npm run db:migrate` and `npm run outbox` on the PostgreSQL store (the folder's: outbox-command.test.ts). */

const ROOT = path.resolve(__dirname, '../..');
let cluster: PostgresCluster;
let mailDir: string;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  mailDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pg-commands-')), 'mail');
}, 60_000);
afterAll(async () => {
  await cluster.remove();
});

async function command(script: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: cluster.url, SMTP_URL: '', MAIL_DIR: mailDir };
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
    expect(first.stdout).toContain(`postgres://site@127.0.0.1:${cluster.port}/site: applied 1; schema at version 1`);
    expect((await command('scripts/db-migrate.ts')).stdout).toContain('schema already at version 1');
  });

  it('outbox reports pending and failed requests by reference only, and --retry-failed delivers them', async () => {
    const database = openDatabase(cluster.url, () => {});
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
    expect(status.stdout).toContain(`outbox postgres://site@127.0.0.1:${cluster.port}/site: 1 pending, 1 failed`);
    expect(status.stdout).toMatch(/pending WAIT-REF3 {2}age 0 min {2}attempts 0/);
    expect(status.stdout).toMatch(/FAILED {2}FAIL-REF2 {2}age 0 min {2}attempts 1/);
    expect(status.stdout).not.toContain('Ana');

    const retried = await command('scripts/outbox.ts', '--retry-failed');
    expect(retried.code).toBe(0);
    expect(retried.stdout).toContain('retry: 1 failed requests put back in line');
    expect(retried.stdout).toContain('flush: 2 delivered');
    expect(retried.stdout).toContain('0 pending, 0 failed');
    expect(fs.readdirSync(mailDir).sort()).toEqual(['consultation-FAIL-REF2.eml', 'consultation-WAIT-REF3.eml']);
  });

  it('outbox says the database cannot be reached, with its code only', async () => {
    await cluster.stop();
    try {
      const down = await command('scripts/outbox.ts');
      expect(down.code).toBe(1);
      expect(down.stderr).toContain('npm run outbox: could not read the outbox (ECONNREFUSED)');
    } finally {
      await cluster.start();
    }
  });
});
