import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs .ci/run with `npm`, `apt-get` and `sudo` replaced by stubs that write
 * down how they were called; with `noPostgres`, `ls` finds no PostgreSQL.
 */
function runCi(env: Record<string, string>, { noPostgres = false, oldNode = false } = {}) {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-stubs-'));
  const calls = path.join(bin, 'calls.log');
  for (const command of ['npm', 'apt-get', 'sudo']) {
    const stub = `#!/bin/sh\necho "${command} $* CHROMIUM_PATH=$CHROMIUM_PATH" >> "${calls}"\n`;
    fs.writeFileSync(path.join(bin, command), stub, { mode: 0o755 });
  }
  if (noPostgres) fs.writeFileSync(path.join(bin, 'ls'), '#!/bin/sh\nexit 2\n', { mode: 0o755 });
  if (oldNode) {
    const node = '#!/bin/sh\n[ "$1" = --version ] && echo v20.9.0 && exit 0\nexit 1\n';
    fs.writeFileSync(path.join(bin, 'node'), node, { mode: 0o755 });
  }
  const result = spawnSync('bash', [path.join(ROOT, '.ci/run')], {
    env: { ...process.env, PATH: `${bin}:/usr/bin:/bin`, ...env },
    encoding: 'utf8',
  });
  return {
    status: result.status,
    stderr: result.stderr,
    calls: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8') : '',
  };
}

describe('.ci/run', () => {
  it('uses the browser CHROMIUM_PATH names, installs nothing, and runs npm ci then npm test', () => {
    const { status, calls } = runCi({ CHROMIUM_PATH: '/bin/sh' });
    expect(status).toBe(0);
    expect(calls.trim().split('\n')).toEqual(['npm ci CHROMIUM_PATH=/bin/sh', 'npm test CHROMIUM_PATH=/bin/sh']);
  });

  it('installs PostgreSQL with apt when the machine has none, then runs the tests', () => {
    const { status, calls } = runCi({ CHROMIUM_PATH: '/bin/sh' }, { noPostgres: true });
    expect(status).toBe(0);
    const lines = calls.trim().split('\n');
    expect(lines.some((line) => line.includes('apt-get install -y -qq postgresql'))).toBe(true);
    expect(lines.slice(-2)).toEqual(['npm ci CHROMIUM_PATH=/bin/sh', 'npm test CHROMIUM_PATH=/bin/sh']);
  });

  it('stops before installing anything when Node.js is older than the floor in engines', () => {
    const { status, stderr, calls } = runCi({ CHROMIUM_PATH: '/bin/sh' }, { oldNode: true });
    expect(status).toBe(1);
    expect(stderr).toContain(
      'Node.js v20.9.0: this project needs Node.js 20.19 or later on the 20 line, or 22.12 or later',
    );
    expect(calls).toBe('');
  });

  it('stops with a clear message when CHROMIUM_PATH names no browser', () => {
    const { status, stderr, calls } = runCi({ CHROMIUM_PATH: '/no/such/browser' });
    expect(status).toBe(1);
    expect(stderr).toContain('CHROMIUM_PATH is set to /no/such/browser, which is not an executable browser.');
    expect(calls).toBe('');
  });
});
