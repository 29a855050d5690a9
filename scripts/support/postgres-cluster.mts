import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { z } from '../../lib/zod.ts';

/**
 * A throwaway PostgreSQL server for tests and benchmarks: Debian's
 * `postgresql` package (`.ci/run` installs it), a fresh cluster in a
 * temporary folder, listening on 127.0.0.1 only, removed by `remove()`.
 * PostgreSQL refuses to run as root, so when we are root the cluster
 * belongs to the `postgres` user the package creates.
 *
 * One test run starts one cluster (`sharedTestCluster`) and hands it to the
 * processes that run the tests (`clusterHandle`, `attachPostgresCluster`);
 * each test file takes a database of its own (`createDatabase`), because an
 * initdb costs seconds and a database a fraction of one.
 */
export type PostgresCluster = {
  url: string;
  port: number;
  /** Stops the server (a database outage, for tests); `start()` brings it back on the same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops and deletes the cluster; does nothing on an attached one, which only its owner removes. */
  remove: () => Promise<void>;
};

/** The variable that hands a running cluster (`clusterHandle`) to the processes a test run starts. */
export const TEST_POSTGRES_ENV = 'TEST_POSTGRES_CLUSTER';

const HandleSchema = z.object({
  port: z.number().int().positive(),
  /** The folder holding the data folder, the server's socket and its log. */
  home: z.string().min(1),
  data: z.string().min(1),
  bin: z.string().min(1),
  /** Whom pg_ctl runs as: the `postgres` user when the owner is root, else null (the caller). */
  runAs: z.object({ uid: z.number().int(), gid: z.number().int() }).nullable(),
});
type Handle = z.infer<typeof HandleSchema>;

const run = promisify(execFile);
const handles = new WeakMap<PostgresCluster, Handle>();

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

function runAs(): Handle['runAs'] {
  if (process.getuid?.() !== 0) return null;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('Running as root, and there is no `postgres` user to run PostgreSQL as.');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A port on 127.0.0.1 that nothing listens on, for a moment: a server to start, or one that is down. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

function processOptions(handle: Handle) {
  return { ...(handle.runAs ?? {}), env: { ...process.env, LC_ALL: 'C' } };
}

/** The cluster a handle describes, whoever started it; `owned` says whether `remove()` may delete it. */
function controlled(handle: Handle, owned: boolean): PostgresCluster {
  const { port, home, data, bin } = handle;
  const as = processOptions(handle);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${home} -c max_connections=200`;
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-t', '60', ...args], as);
  let removed = false;
  const cluster: PostgresCluster = {
    url: `postgres://site@127.0.0.1:${port}/site`,
    port,
    stop: async () => {
      await pgCtl('-m', 'fast', 'stop');
    },
    start: async () => {
      await pgCtl('-o', options, '-l', path.join(home, 'server.log'), 'start');
    },
    remove: async () => {
      if (!owned || removed) return;
      removed = true;
      spawnSync(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], { ...as, stdio: 'ignore' });
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
  handles.set(cluster, handle);
  return cluster;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const user = runAs();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cluster-'));
  const data = path.join(home, 'data');
  if (user) fs.chownSync(home, user.uid, user.gid);
  const handle: Handle = { port: await freePort(), home, data, bin, runAs: user };
  await run(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', 'site', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
    processOptions(handle),
  );
  const cluster = controlled(handle, true);
  await cluster.start();
  await run(
    path.join(bin, 'createdb'),
    ['-h', '127.0.0.1', '-p', String(handle.port), '-U', 'site', 'site'],
    processOptions(handle),
  );
  return cluster;
}

/** What another process needs to use (`attachPostgresCluster`) a cluster this one started or attached. */
export function clusterHandle(cluster: PostgresCluster): string {
  const handle = handles.get(cluster);
  if (!handle) throw new Error('clusterHandle: this cluster was not made by startPostgresCluster or attached');
  return JSON.stringify(handle);
}

/** A cluster another process started, from its `clusterHandle`; `remove()` leaves it to that process. */
export function attachPostgresCluster(handle: string): PostgresCluster {
  let json: unknown;
  try {
    json = JSON.parse(handle);
  } catch {
    json = undefined;
  }
  const parsed = HandleSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${TEST_POSTGRES_ENV} is not what clusterHandle() (scripts/support/postgres-cluster.mts) writes; ` +
        `unset it, and the tests start a cluster of their own. What is wrong: ${
          json === undefined ? 'it is not JSON' : z.prettifyError(parsed.error)
        }`,
    );
  return controlled(parsed.data, false);
}

/**
 * A fresh, empty database `name` on the cluster (any earlier one of that
 * name is dropped first, so a rerun starts clean); resolves to its URL.
 * The name is kept to [a-z0-9_], which needs no quoting anywhere.
 */
export async function createDatabase(cluster: PostgresCluster, name: string): Promise<string> {
  const database = name
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .slice(0, 63);
  if (!/^[a-z_]/.test(database))
    throw new Error(`createDatabase: "${name}" does not start with a letter; name the database after its test file`);
  if (['postgres', 'template0', 'template1'].includes(database))
    throw new Error(`createDatabase: "${name}" is one of PostgreSQL's own databases; name it after its test file`);
  const admin = new pg.Client({ connectionString: withDatabase(cluster.url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  return withDatabase(cluster.url, database);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * The test run's cluster: the one `TEST_POSTGRES_CLUSTER` names (a driver
 * started it for several test runners; `release` leaves it running), else
 * one of its own (`release` removes it).
 */
export async function sharedTestCluster(): Promise<{ cluster: PostgresCluster; release: () => Promise<void> }> {
  const handle = process.env[TEST_POSTGRES_ENV];
  if (handle) return { cluster: attachPostgresCluster(handle), release: async () => {} };
  const cluster = await startPostgresCluster();
  return { cluster, release: cluster.remove };
}

/**
 * A database outage for one test, leaving the shared cluster running for
 * the tests beside it: a TCP proxy on 127.0.0.1 in front of the database.
 * `cut()` closes every connection through it and stops listening, so a
 * new connection gets what a stopped server gives (ECONNREFUSED), and a
 * pool learns of its lost connections a moment later, as it would; `restore()`
 * listens again on the same port. `cut()` also closes it for good.
 */
export type OutageProxy = { url: string; cut: () => Promise<void>; restore: () => Promise<void> };

export async function startOutageProxy(databaseUrl: string): Promise<OutageProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      // A reset is what a cut looks like; the pair ends through 'close' either way.
      from.on('error', () => {});
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the outage proxy has no port');
  const url = new URL(databaseUrl);
  url.port = String(address.port);
  return {
    url: url.toString(),
    cut: async () => {
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: () => listen(address.port),
  };
}
