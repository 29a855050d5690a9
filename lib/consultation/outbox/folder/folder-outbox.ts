import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrorCode } from '@/lib/error-code';
import { claim, isAbandoned, isClaimName, newOwner } from '@/lib/consultation/outbox/claims';
import {
  ensurePrivateDir,
  ensurePrivateDirSync,
  syncDir,
  syncDirQuickly,
  writeFileDurably,
  writeNewFile,
} from '@/lib/consultation/outbox/files';
import { isFormId } from '@/lib/consultation/intake/reference';
import {
  backoffMs,
  DELIVERED_MARK_KEPT_MS,
  failureOf,
  noDeliveries,
  type DeliveryCounts,
  type DeliveryOutcome,
  type Outbox,
  type OutboxItem,
  type OutboxSettings,
  type OutboxStatus,
  type SpoolOutcome,
} from '@/lib/consultation/outbox/outbox';
import {
  readSpooledEntry,
  SPOOL_VERSION,
  type SpooledConsultation,
  type OutboxRequest,
} from '@/lib/consultation/outbox/spool-format';

/**
 * The outbox's folder store (see outbox.ts), the default: a private folder
 * on this machine. A request is on disk, fsynced, before the person is told
 * it was received, and its contents are deleted once the mail server (or
 * the local mail folder) accepted it.
 *
 * One folder per filled-in form, named by the form's id:
 *   <form id>/request.json          waiting to be sent
 *   <form id>/sending~<owner>.json  being sent by one process (claims.ts)
 *   <form id>/delivered             sent; nothing personal is left
 *   <form id>/failed                given up; the entry is in failed/<form id>.json
 * The folder appears whole (built aside, then renamed into place) and is
 * never empty afterwards, so renaming a second copy of the same form onto
 * it fails: however often a form is posted, and by however many processes
 * sharing the folder, it is spooled once.
 */

export type FolderOutboxOptions = OutboxSettings & { dir: string };

const REQUEST_FILE = 'request.json';
const DELIVERED_MARK = 'delivered';
const FAILED_MARK = 'failed';
const TEMP_PREFIX = '.tmp-';
const FAILED_DIR = 'failed';
/** failed/<form id>.json: a request given up on. */
const isFailedEntryName = (name: string) => name.endsWith('.json') && isFormId(name.slice(0, -'.json'.length));
const TEMP_MAX_AGE_MS = 60 * 60_000;

export function createFolderOutbox(options: FolderOutboxOptions): Outbox & { dir: string } {
  const { dir, maxAttempts, retryBaseMs, send } = options;
  const log = options.log ?? ((line: string) => console.info(line));
  const now = options.now ?? (() => new Date());
  const owner = newOwner();
  const failedDir = path.join(dir, FAILED_DIR);
  const folderOf = (formId: string) => path.join(dir, formId);

  let dirReady = false;

  /**
   * Stores a request; 'duplicate' when this form was stored before, whatever
   * became of it since. The entry is written and fsynced in a private folder
   * of its own beside the outbox, then that folder is renamed into place.
   *
   * The quick calls are synchronous on purpose: the person's answer waits
   * for them anyway, and making them in one go keeps twenty simultaneous
   * posts from queueing behind each other's dozen awaits. Only the three
   * waits for the disk let other requests run meanwhile.
   */
  async function spool(
    formId: string,
    reference: string,
    request: OutboxRequest,
    receivedAt: Date,
  ): Promise<SpoolOutcome> {
    if (!isFormId(formId)) throw new Error('not a form id');
    if (!dirReady || !fs.existsSync(dir)) ensurePrivateDirSync(dir);
    dirReady = true;
    const folder = folderOf(formId);
    if (fs.existsSync(folder)) return 'duplicate';
    const entry: SpooledConsultation = {
      version: SPOOL_VERSION,
      reference,
      receivedAt: receivedAt.toISOString(),
      request,
      attempts: 0,
      nextAttemptAt: receivedAt.toISOString(),
    };
    const staging = path.join(dir, `${TEMP_PREFIX}${formId}-${randomBytes(6).toString('hex')}`);
    fs.mkdirSync(staging, { mode: 0o700 });
    try {
      await writeNewFile(path.join(staging, REQUEST_FILE), JSON.stringify(entry));
      await syncDirQuickly(staging);
      fs.renameSync(staging, folder);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (hasErrorCode(error, 'ENOTEMPTY') || hasErrorCode(error, 'EEXIST')) return 'duplicate';
      throw error;
    }
    await syncDirQuickly(dir);
    return 'spooled';
  }

  async function has(formId: string): Promise<boolean> {
    return (await stat(folderOf(formId)).catch(() => undefined)) !== undefined;
  }

  /** Tries to send one request now, whatever its back-off. */
  async function deliver(formId: string): Promise<DeliveryOutcome> {
    const folder = folderOf(formId);
    const claimed = await claimRequest(folder);
    if (claimed === 'busy' || claimed === 'gone') return claimed;
    if (await exists(path.join(folder, DELIVERED_MARK))) {
      // A process stopped between marking it sent and removing its claim.
      await unlink(claimed);
      return 'gone';
    }
    const reading = readSpooledEntry(await readFile(claimed, 'utf8'));
    if (!reading.ok) {
      await moveToFailed(formId, claimed);
      log(
        `consultation outbox: ${path.relative(dir, claimed)} could not be read (${reading.reason}); moved to failed/${formId}.json`,
      );
      return 'failed';
    }
    const { entry } = reading;
    const started = Date.now();
    try {
      const note = await send(entry);
      // The mark is empty (its time is the file's own); one folder fsync makes both changes durable.
      await writeFile(path.join(folder, DELIVERED_MARK), '', { mode: 0o600 });
      await unlink(claimed);
      await syncDir(folder);
      log(`consultation ${entry.reference} delivered attempt=${entry.attempts + 1} ${Date.now() - started}ms ${note}`);
      return 'delivered';
    } catch (error) {
      return await recordFailure(formId, claimed, entry, error);
    }
  }

  async function claimRequest(folder: string): Promise<string | 'busy' | 'gone'> {
    const waiting = await claim(path.join(folder, REQUEST_FILE), owner, now());
    if (waiting) return waiting;
    let busy = false;
    for (const name of (await namesIn(folder)).filter(isClaimName)) {
      const theirs = path.join(folder, name);
      if (!(await isAbandoned(theirs, owner, now()))) {
        busy = true;
        continue;
      }
      const taken = await claim(theirs, owner, now());
      if (taken) {
        log(`consultation outbox: took over ${path.relative(dir, theirs)}, whose sender stopped`);
        return taken;
      }
    }
    return busy ? 'busy' : 'gone';
  }

  async function recordFailure(
    formId: string,
    claimed: string,
    entry: SpooledConsultation,
    error: unknown,
  ): Promise<DeliveryOutcome> {
    const { code, permanent } = failureOf(error);
    const attempts = entry.attempts + 1;
    const updated: SpooledConsultation = {
      ...entry,
      attempts,
      lastError: code,
      nextAttemptAt: new Date(now().getTime() + backoffMs(attempts, retryBaseMs)).toISOString(),
    };
    if (permanent && attempts >= maxAttempts) {
      await writeFileDurably(claimed, JSON.stringify(updated));
      await moveToFailed(formId, claimed);
      log(
        `consultation ${entry.reference} FAILED permanently after ${attempts} attempts (${code}); moved to ${failedDir}`,
      );
      return 'failed';
    }
    await writeFileDurably(path.join(folderOf(formId), REQUEST_FILE), JSON.stringify(updated));
    await unlink(claimed);
    log(
      `consultation ${entry.reference} not delivered attempt=${attempts} (${code}); next try after ${updated.nextAttemptAt}`,
    );
    return 'retry-later';
  }

  /** The mark goes first, so the folder is never empty and the form stays known. */
  async function moveToFailed(formId: string, claimed: string): Promise<void> {
    await ensurePrivateDir(failedDir);
    await writeFileDurably(path.join(folderOf(formId), FAILED_MARK), now().toISOString());
    await rename(claimed, path.join(failedDir, `${formId}.json`));
    await syncDir(failedDir);
    await syncDir(folderOf(formId));
  }

  /** Sends every request whose retry time has come (all of them with `force`) and tidies up. */
  async function deliverPending({ force = false } = {}): Promise<DeliveryCounts> {
    const counts = noDeliveries();
    await removeAbandonedTempFiles();
    for (const formId of await formIds()) {
      const names = await namesIn(folderOf(formId));
      if (names.includes(REQUEST_FILE)) {
        if (force || (await isDue(formId))) counts[await deliver(formId)] += 1;
      } else if (names.some(isClaimName)) {
        counts[await deliver(formId)] += 1;
      } else if (names.length === 1 && names[0] === DELIVERED_MARK) {
        await forgetIfOld(formId);
      }
    }
    return counts;
  }

  async function isDue(formId: string): Promise<boolean> {
    const text = await readFile(path.join(folderOf(formId), REQUEST_FILE), 'utf8').catch(() => undefined);
    if (text === undefined) return false;
    const reading = readSpooledEntry(text);
    // An unreadable entry is due at once: deliver() moves it to failed/ and says so.
    return !reading.ok || Date.parse(reading.entry.nextAttemptAt) <= now().getTime();
  }

  async function forgetIfOld(formId: string): Promise<void> {
    const mark = path.join(folderOf(formId), DELIVERED_MARK);
    const info = await stat(mark).catch(() => undefined);
    if (!info || now().getTime() - info.mtimeMs < DELIVERED_MARK_KEPT_MS) return;
    await unlink(mark).catch(() => undefined);
    // Fails, harmlessly, if anything arrived in the folder meanwhile.
    await rmdir(folderOf(formId)).catch(() => undefined);
  }

  // Something being written when its process stopped: the person was never
  // told "received", and it holds personal details, so it goes.
  async function removeAbandonedTempFiles(): Promise<void> {
    for (const folder of [dir, ...(await formIds()).map(folderOf)]) {
      for (const name of (await namesIn(folder)).filter((candidate) => candidate.startsWith(TEMP_PREFIX))) {
        const file = path.join(folder, name);
        const info = await stat(file).catch(() => undefined);
        if (info && now().getTime() - info.mtimeMs > TEMP_MAX_AGE_MS) await rm(file, { recursive: true, force: true });
      }
    }
  }

  async function formIds(): Promise<string[]> {
    return (await namesIn(dir)).filter(isFormId).sort();
  }

  /** What waits and what failed; an entry that cannot be read counts as failed (delivery will move it there). */
  async function status(): Promise<OutboxStatus> {
    const pending: OutboxItem[] = [];
    const failed: OutboxItem[] = [];
    for (const formId of await formIds()) {
      const folder = folderOf(formId);
      const file = (await namesIn(folder)).find((name) => name === REQUEST_FILE || isClaimName(name));
      if (!file) continue;
      const item = await describe(path.join(folder, file));
      (item.readable ? pending : failed).push(item);
    }
    const failedNames = await namesIn(failedDir);
    for (const name of failedNames.filter(isFailedEntryName).sort()) {
      failed.push(await describe(path.join(failedDir, name)));
    }
    return { pending, failed, unknown: await unknownNames(failedNames) };
  }

  /**
   * Names in the folder that are none of its own: not a request's folder, not
   * failed/ and what it holds, not a temporary file of a write under way.
   */
  async function unknownNames(failedNames: readonly string[]): Promise<string[]> {
    const atTop = (await namesIn(dir)).filter(
      (name) => !isFormId(name) && name !== FAILED_DIR && !name.startsWith(TEMP_PREFIX),
    );
    const inFailed = failedNames
      .filter((name) => !isFailedEntryName(name) && !name.startsWith(TEMP_PREFIX))
      .map((name) => `${FAILED_DIR}/${name}`);
    return [...atTop, ...inFailed].sort();
  }

  async function describe(file: string): Promise<OutboxItem & { readable: boolean }> {
    const reading = readSpooledEntry(await readFile(file, 'utf8').catch(() => ''));
    if (reading.ok) {
      const { entry } = reading;
      return {
        reference: entry.reference,
        ageMs: now().getTime() - Date.parse(entry.receivedAt),
        attempts: entry.attempts,
        readable: true,
      };
    }
    const info = await stat(file).catch(() => undefined);
    return {
      reference: `unreadable ${path.relative(dir, file)}`,
      ageMs: info ? now().getTime() - info.mtimeMs : 0,
      attempts: 0,
      readable: false,
    };
  }

  /** Puts every failed request back in line, for after the cause was fixed. */
  async function retryFailed(): Promise<number> {
    let count = 0;
    for (const name of (await namesIn(failedDir)).filter((candidate) => candidate.endsWith('.json'))) {
      const formId = name.slice(0, -'.json'.length);
      if (!isFormId(formId)) continue;
      await ensurePrivateDir(folderOf(formId));
      await rename(path.join(failedDir, name), path.join(folderOf(formId), REQUEST_FILE));
      await unlink(path.join(folderOf(formId), FAILED_MARK)).catch(() => undefined);
      await syncDir(folderOf(formId));
      count += 1;
    }
    return count;
  }

  return { location: dir, dir, spool, has, deliver, deliverPending, status, retryFailed };
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

/** The names in a folder; none when it does not exist yet (nothing was ever spooled). */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT') || hasErrorCode(error, 'ENOTDIR')) return [];
    throw error;
  }
}
