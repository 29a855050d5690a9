import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');
export const VALID_SITE = path.join(FIXTURES, 'sites/valid');

/** A throwaway copy of the valid fixture site, with extra files dropped into content/. */
export function siteWith(extraFiles: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  // Not the outline cache that other tests leave in the fixture folder: each copy starts cold.
  fs.cpSync(VALID_SITE, root, { recursive: true, filter: (source) => path.basename(source) !== '.next' });
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

/** The valid site plus every file of a fixture folder, copied into `target` (e.g. content/articles). */
export function siteWithFolder(folder: string, target: string): string {
  const source = path.join(FIXTURES, folder);
  return siteWith(
    Object.fromEntries(
      fs.readdirSync(source).map((name) => [`${target}/${name}`, fs.readFileSync(path.join(source, name), 'utf8')]),
    ),
  );
}
