import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Outline } from './outline';

// Bump when Outline or outlineOf changes, so old entries are not reused.
const VERSION = 1;
const CACHE_FILE = '.next/cache/content-outlines.json';

/**
 * Outlines of MDX bodies by content hash, kept on disk between processes.
 * A build parses every article in several processes (the content check,
 * page-data collection, each static-generation worker); with the cache only
 * the first one pays for parsing. A changed body has a new hash, so a stale
 * outline is never used.
 */
export function createOutlineCache(projectRoot: string) {
  const file = path.join(projectRoot, CACHE_FILE);
  let entries: Record<string, Outline> = {};
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, Outline> };
    if (stored.version === VERSION && stored.entries) entries = stored.entries;
  } catch {
    // No cache yet, or a damaged one: start empty.
  }
  let added = false;
  return {
    key: (body: string) => createHash('sha1').update(body).digest('base64url'),
    get: (key: string): Outline | undefined => entries[key],
    set(key: string, outline: Outline) {
      entries[key] = outline;
      added = true;
    },
    /** Writes new entries; several processes may race, and the rename keeps the file whole. */
    save() {
      if (!added) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ version: VERSION, entries }));
        fs.renameSync(temp, file);
        added = false;
      } catch {
        // A read-only checkout only loses the speed-up.
      }
    },
  };
}
