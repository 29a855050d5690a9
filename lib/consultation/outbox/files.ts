import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { chmod, mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';

/** A folder only this server's user can read: requests hold criminal and immigration details. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/**
 * Writes a file so that it is either absent or complete and on disk, even if
 * the process or the machine dies midway: temp file (mode 0600), fsync,
 * rename over the target, fsync the folder so the rename itself is durable.
 */
export async function writeFileDurably(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.tmp-${path.basename(target)}-${randomBytes(6).toString('hex')}`);
  const file = await open(temp, 'wx', 0o600);
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, target);
  await syncDir(dir);
}

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * For the short path between a post and its answer: the quick calls are
 * made synchronously, in one go, and only the waits for the disk (fsync)
 * leave the event loop free for other requests.
 */
export function ensurePrivateDirSync(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Creates `target` (it must not exist yet) with mode 0600 and waits until it is on disk. */
export async function writeNewFile(target: string, data: string): Promise<void> {
  const descriptor = fs.openSync(target, 'wx', 0o600);
  try {
    fs.writeFileSync(descriptor, data);
    await fsyncDescriptor(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

/** Waits until a folder's entries (a file created or renamed in it) are on disk. */
export async function syncDirQuickly(dir: string): Promise<void> {
  const descriptor = fs.openSync(dir, 'r');
  try {
    await fsyncDescriptor(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

function fsyncDescriptor(descriptor: number): Promise<void> {
  return new Promise((resolve, reject) => fs.fsync(descriptor, (error) => (error ? reject(error) : resolve())));
}
