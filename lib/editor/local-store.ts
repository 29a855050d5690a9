import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ContentStore, SaveOutcome, SaveRequest, StoredFile } from './store';

function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Files under `root` on this machine: what `npm run dev` serves is what the editor just wrote. */
export function localStore(root: string): ContentStore {
  const absolute = (file: string) => path.join(root, file);
  return {
    async read(file: string): Promise<StoredFile | undefined> {
      if (!fs.existsSync(absolute(file))) return undefined;
      const text = fs.readFileSync(absolute(file), 'utf8');
      return { text, version: versionOf(text) };
    },
    async save({ file, text, baseVersion }: SaveRequest): Promise<SaveOutcome> {
      const target = absolute(file);
      const current = fs.existsSync(target) ? versionOf(fs.readFileSync(target, 'utf8')) : null;
      if (baseVersion === null && current !== null) return { saved: false, reason: 'already-exists' };
      if (baseVersion !== null && current !== baseVersion) return { saved: false, reason: 'changed-since-opened' };
      fs.mkdirSync(path.dirname(target), { recursive: true });
      // Written beside it and renamed, so the dev server never reads half a file; a dot file, which the content reader skips.
      const temporary = path.join(
        path.dirname(target),
        `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`,
      );
      fs.writeFileSync(temporary, text);
      fs.renameSync(temporary, target);
      return { saved: true, version: versionOf(text) };
    },
    async openChanges() {
      return [];
    },
    async checkRoot() {
      return { root, done: () => undefined };
    },
  };
}
