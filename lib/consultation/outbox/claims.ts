import { randomBytes } from 'node:crypto';
import { rename, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hasErrorCode } from '@/lib/error-code';

/**
 * Who is sending a request, without lock files. To send a request a
 * process renames its `request.json` to `sending~<owner>.json`. A rename
 * either happens or it does not, and once it has, no other process can
 * rename the same file, so two processes never both hold a request. A
 * process that stopped mid-send leaves its claim behind; another takes it
 * over with the same rename, so of several that try, one wins.
 *
 * A claim is abandoned when its lease ran out (sends give up long before)
 * or, faster, when its owner ran on this machine and that process is gone.
 * The owner names its machine as well as its process id, so processes on
 * machines or containers that share the folder never judge each other by a
 * process id that means something else where they run.
 */

const CLAIM_PREFIX = 'sending~';
/** Longer than any send may take: SMTP connection, greeting and socket time-outs add up to under a minute. */
export const CLAIM_LEASE_MS = 10 * 60_000;

export type Owner = { host: string; pid: number; id: string };

export function newOwner(): Owner {
  return { host: os.hostname().replace(/[^A-Za-z0-9.-]/g, '_'), pid: process.pid, id: randomBytes(4).toString('hex') };
}

export function claimName(owner: Owner): string {
  return `${CLAIM_PREFIX}${owner.host}~${owner.pid}~${owner.id}.json`;
}

export function isClaimName(name: string): boolean {
  return name.startsWith(CLAIM_PREFIX) && name.endsWith('.json');
}

function ownerOf(name: string): Owner | undefined {
  const [host, pid, id] = name.slice(CLAIM_PREFIX.length, -'.json'.length).split('~');
  return host && id && Number.isSafeInteger(Number(pid)) ? { host, pid: Number(pid), id } : undefined;
}

/** Renames `from` to our claim in the same folder; false when another process got there first. */
export async function claim(from: string, owner: Owner, now: Date): Promise<string | undefined> {
  const mine = path.join(path.dirname(from), claimName(owner));
  try {
    await rename(from, mine);
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  // The lease runs from now, not from when the entry was first written.
  await utimes(mine, now, now);
  return mine;
}

export async function isAbandoned(file: string, me: Owner, now: Date): Promise<boolean> {
  const owner = ownerOf(path.basename(file));
  if (owner && owner.host === me.host && owner.pid !== me.pid && !processIsAlive(owner.pid)) return true;
  const info = await stat(file).catch(() => undefined);
  if (!info) return false;
  return now.getTime() - Math.max(info.mtimeMs, info.ctimeMs) > CLAIM_LEASE_MS;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'EPERM');
  }
}
