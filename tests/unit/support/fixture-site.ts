import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');
export const VALID_SITE = path.join(FIXTURES, 'sites/valid');

/** A throwaway copy of the valid fixture site, with extra files dropped into content/. */
export function siteWith(extraFiles: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  fs.cpSync(VALID_SITE, root, { recursive: true });
  for (const [relative, text] of Object.entries(extraFiles)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  }
  return root;
}

/** The valid site plus one of the bad article fixtures, under the same file name. */
export function siteWithBadArticle(name: string): string {
  const text = fs.readFileSync(path.join(FIXTURES, 'bad-articles', name), 'utf8');
  return siteWith({ [`content/articles/${name}`]: text });
}
