import { open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ensurePrivateDir, isErrorCode, syncDir, writeFileDurably } from './files';
import { consultationSchema } from './schema';

/**
 * The durable outbox. A request is written here, fsynced, before the person
 * is told it was received; it is deleted only after the mail server (or the
 * local mail folder) accepted it. Deliveries in several processes may race:
 * a lock file per request (O_EXCL) lets one of them send it.
 */

const spooledSchema = z.object({
  version: z.literal(1),
  reference: z.string(),
  receivedAt: z.iso.datetime(),
  request: consultationSchema,
  attempts: z.int().min(0),
  nextAttemptAt: z.iso.datetime(),
  /** SMTP status or error code only: an error text may quote the request. */
  lastError: z.string().optional(),
});
export type SpooledConsultation = z.infer<typeof spooledSchema>;

/** Thrown by a sender; `permanent` for a 5xx answer, which retrying will not change. */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(`delivery failed (${code})`);
    this.name = 'DeliveryError';
  }
}

/** Sends one request; resolves to a short note for the log (never contents), or throws. */
export type Sender = (entry: SpooledConsultation) => Promise<string>;

export type OutboxOptions = {
  dir: string;
  maxAttempts: number;
  /** First retry delay; each later one doubles, up to an hour. */
  retryBaseMs: number;
  send: Sender;
  log?: (line: string) => void;
  now?: () => Date;
};

export type DeliveryOutcome = 'delivered' | 'retry-later' | 'failed' | 'busy' | 'gone';

export type OutboxStatus = {
  pending: { reference: string; ageMs: number; attempts: number }[];
  failed: { reference: string; ageMs: number; attempts: number }[];
};

const MAX_BACKOFF_MS = 3_600_000;
/** A lock older than this is abandoned whatever its owner: sends time out long before. */
const LOCK_LEASE_MS = 10 * 60_000;
const TEMP_FILE_MAX_AGE_MS = 60 * 60_000;

export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export function createOutbox(options: OutboxOptions) {
  const { dir, maxAttempts, retryBaseMs, send } = options;
  const log = options.log ?? ((line: string) => console.info(line));
  const now = options.now ?? (() => new Date());
  const failedDir = path.join(dir, 'failed');
  const entryPath = (reference: string) => path.join(dir, `${reference}.json`);
  const lockPath = (reference: string) => path.join(dir, `${reference}.lock`);

  async function spool(reference: string, request: SpooledConsultation['request'], receivedAt: Date): Promise<void> {
    await ensurePrivateDir(dir);
    const entry: SpooledConsultation = {
      version: 1,
      reference,
      receivedAt: receivedAt.toISOString(),
      request,
      attempts: 0,
      nextAttemptAt: receivedAt.toISOString(),
    };
    await writeFileDurably(entryPath(reference), JSON.stringify(entry));
  }

  async function readEntry(file: string): Promise<SpooledConsultation | undefined> {
    try {
      return spooledSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      if (isErrorCode(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  async function acquireLock(reference: string): Promise<boolean> {
    for (let tries = 0; tries < 2; tries++) {
      try {
        const handle = await open(lockPath(reference), 'wx', 0o600);
        await handle.writeFile(JSON.stringify({ pid: process.pid, at: now().toISOString() }));
        await handle.close();
        return true;
      } catch (error) {
        if (!isErrorCode(error, 'EEXIST')) throw error;
        if (!(await removeLockIfAbandoned(reference))) return false;
      }
    }
    return false;
  }

  async function removeLockIfAbandoned(reference: string): Promise<boolean> {
    let owner: { pid?: unknown; at?: unknown };
    let raw: string;
    try {
      raw = await readFile(lockPath(reference), 'utf8');
      owner = JSON.parse(raw) as typeof owner;
    } catch (error) {
      // Gone already (released), or half-written by a process that died while creating it.
      if (isErrorCode(error, 'ENOENT')) return true;
      owner = {};
      raw = '';
    }
    const age = typeof owner.at === 'string' ? now().getTime() - Date.parse(owner.at) : Infinity;
    if (typeof owner.pid === 'number' && processIsAlive(owner.pid) && age < LOCK_LEASE_MS) return false;
    // Only remove the lock we judged abandoned, not one a faster process has just taken.
    const current = await readFile(lockPath(reference), 'utf8').catch(() => undefined);
    if (current !== undefined && current !== raw) return false;
    await unlink(lockPath(reference)).catch((error: unknown) => {
      if (!isErrorCode(error, 'ENOENT')) throw error;
    });
    log(`consultation ${reference} lock of a stopped process released`);
    return true;
  }

  async function releaseLock(reference: string): Promise<void> {
    await unlink(lockPath(reference)).catch((error: unknown) => {
      if (!isErrorCode(error, 'ENOENT')) throw error;
    });
  }

  /** Tries to deliver one spooled request now, whatever its backoff. */
  async function deliver(reference: string): Promise<DeliveryOutcome> {
    if (!(await acquireLock(reference))) return 'busy';
    try {
      const entry = await readEntry(entryPath(reference));
      if (!entry) return 'gone';
      const started = Date.now();
      try {
        const note = await send(entry);
        await unlink(entryPath(reference));
        await syncDir(dir);
        log(`consultation ${reference} delivered attempt=${entry.attempts + 1} ${Date.now() - started}ms ${note}`);
        return 'delivered';
      } catch (error) {
        return await recordFailure(entry, error);
      }
    } finally {
      await releaseLock(reference);
    }
  }

  async function recordFailure(entry: SpooledConsultation, error: unknown): Promise<DeliveryOutcome> {
    const code = error instanceof DeliveryError ? error.code : errorCode(error);
    const permanent = error instanceof DeliveryError && error.permanent;
    const attempts = entry.attempts + 1;
    const updated: SpooledConsultation = {
      ...entry,
      attempts,
      lastError: code,
      nextAttemptAt: new Date(now().getTime() + backoffMs(attempts, retryBaseMs)).toISOString(),
    };
    if (permanent && attempts >= maxAttempts) {
      await ensurePrivateDir(failedDir);
      await writeFileDurably(path.join(failedDir, `${entry.reference}.json`), JSON.stringify(updated));
      await unlink(entryPath(entry.reference));
      await syncDir(dir);
      log(`consultation ${entry.reference} FAILED permanently after ${attempts} attempts (${code}); moved to ${failedDir}`);
      return 'failed';
    }
    await writeFileDurably(entryPath(entry.reference), JSON.stringify(updated));
    log(`consultation ${entry.reference} not delivered attempt=${attempts} (${code}); next try after ${updated.nextAttemptAt}`);
    return 'retry-later';
  }

  async function pendingReferences(): Promise<string[]> {
    return (await namesIn(dir)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length)).sort();
  }

  /** Delivers every request whose retry time has come (all of them with `force`). */
  async function deliverPending({ force = false } = {}): Promise<Record<DeliveryOutcome, number>> {
    const counts: Record<DeliveryOutcome, number> = { delivered: 0, 'retry-later': 0, failed: 0, busy: 0, gone: 0 };
    await removeAbandonedTempFiles();
    for (const reference of await pendingReferences()) {
      const entry = await readEntry(entryPath(reference)).catch(() => undefined);
      if (!entry) continue;
      if (!force && Date.parse(entry.nextAttemptAt) > now().getTime()) continue;
      counts[await deliver(reference)] += 1;
    }
    return counts;
  }

  // A temp file that was never renamed belongs to a request whose sender was
  // never told "received"; it only holds personal details, so it goes.
  async function removeAbandonedTempFiles(): Promise<void> {
    for (const name of (await namesIn(dir)).filter((candidate) => candidate.startsWith('.tmp-'))) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && now().getTime() - info.mtimeMs > TEMP_FILE_MAX_AGE_MS) await unlink(file).catch(() => undefined);
    }
  }

  async function describe(folder: string): Promise<OutboxStatus['pending']> {
    const described: OutboxStatus['pending'] = [];
    for (const name of (await namesIn(folder)).filter((candidate) => candidate.endsWith('.json')).sort()) {
      const entry = await readEntry(path.join(folder, name)).catch(() => undefined);
      if (entry) {
        described.push({ reference: entry.reference, ageMs: now().getTime() - Date.parse(entry.receivedAt), attempts: entry.attempts });
      }
    }
    return described;
  }

  async function status(): Promise<OutboxStatus> {
    return { pending: await describe(dir), failed: await describe(failedDir) };
  }

  return { spool, deliver, deliverPending, status, dir };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** The files of a folder; none when the folder does not exist yet (nothing was ever spooled). */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrorCode(error, 'EPERM');
  }
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number') return `SMTP ${responseCode}`;
    if (typeof code === 'string') return code;
  }
  return 'unknown error';
}
