import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { newFormId } from '@/lib/consultation/intake/reference';

const ROOT = path.resolve(__dirname, '../..');
// The command reads the firm from the content of the folder it runs in: a fixture site's, so that an article a staff member is editing cannot break this test.
const SITE = path.join(ROOT, 'tests/fixtures/sites/valid');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

async function outboxCommand(outboxDir: string, ...args: string[]) {
  const env = {
    ...process.env,
    OUTBOX_DIR: outboxDir,
    MAIL_DIR: path.join(path.dirname(outboxDir), 'mail'),
    SMTP_URL: '',
    TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
  };
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', TSX, path.join(ROOT, 'scripts/outbox.ts'), ...args],
      {
        cwd: SITE,
        env,
      },
    );
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

describe('npm run outbox', () => {
  it('reports an entry it cannot read instead of "nothing pending", exits 2, and moves it to failed/ on a flush', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-command-')), 'outbox');
    const broken = newFormId();
    fs.mkdirSync(path.join(dir, broken), { recursive: true });
    fs.writeFileSync(path.join(dir, broken, 'request.json'), '{"version":1,"name":"Ana Pérez"');

    const status = await outboxCommand(dir);
    expect(status.code).toBe(2);
    expect(status.stdout).toContain('0 pending, 1 failed');
    expect(status.stdout).toContain(`FAILED  unreadable ${broken}/request.json`);

    const flush = await outboxCommand(dir, '--flush');
    expect(flush.code).toBe(2);
    expect(flush.stdout).toContain('1 given up (failed)');
    expect(fs.readdirSync(path.join(dir, 'failed'))).toEqual([`${broken}.json`]);
    expect(flush.stdout + status.stdout).not.toContain('Ana');
  });

  it('names a file it does not know (a request an older version spooled as ABCD-EFGH.json), says what to do, and exits 2', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-command-')), 'outbox');
    fs.mkdirSync(path.join(dir, 'failed'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ABCD-EFGH.json'), '{"name":"Ana Pérez","charges":"…"}');
    fs.writeFileSync(path.join(dir, 'failed', 'notes.txt'), 'Ana Pérez');
    // A write under way is the store's own, and is not reported.
    fs.writeFileSync(path.join(dir, '.tmp-half-written'), '');

    const status = await outboxCommand(dir);
    expect(status.code).toBe(2);
    expect(status.stdout).toContain('0 pending, 0 failed, 2 unknown');
    expect(status.stdout).toContain('UNKNOWN ABCD-EFGH.json');
    expect(status.stdout).toContain('UNKNOWN failed/notes.txt');
    expect(status.stdout).not.toContain('.tmp-half-written');
    expect(status.stdout).toContain('Move it out of the outbox folder');
    expect(status.stdout).not.toContain('Ana');
  });
});
