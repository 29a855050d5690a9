import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A throwaway PostgreSQL server for tests and benchmarks: Debian's
 * `postgresql` package (`.ci/run` installs it), a fresh cluster in a
 * temporary folder, listening on 127.0.0.1 only, removed by `remove()`.
 * PostgreSQL refuses to run as root, so when we are root the cluster
 * belongs to the `postgres` user the package creates.
 */
export type PostgresCluster = {
  url: string;
  port: number;
  /** Stops the server (a database outage, for tests); `start()` brings it back on the same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  remove: () => Promise<void>;
};

const run = promisify(execFile);

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => fs.existsSync(path.join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest)
    throw new Error('PostgreSQL is not installed: `apt-get install -y postgresql` (.ci/run does this by itself).');
  return path.join(root, newest, 'bin');
}

function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('Running as root, and there is no `postgres` user to run PostgreSQL as.');
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const user = runAs();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cluster-'));
  const data = path.join(home, 'data');
  if (user) fs.chownSync(home, user.uid, user.gid);
  const as = { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } };
  await run(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', 'site', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
    as,
  );
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${home} -c max_connections=200`;
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', ...args], as);
  const start = async () => {
    await pgCtl('-o', options, '-l', path.join(home, 'server.log'), 'start');
  };
  await start();
  await run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'site', 'site'], as);
  let removed = false;
  return {
    url: `postgres://site@127.0.0.1:${port}/site`,
    port,
    stop: async () => {
      await pgCtl('-m', 'fast', 'stop');
    },
    start,
    remove: async () => {
      if (removed) return;
      removed = true;
      spawnSync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], { ...as, stdio: 'ignore' });
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
