/**
 * `npm run new-post -- "Title of the post"`: writes
 * content/articles/<slug>.mdx with valid frontmatter (a draft dated today)
 * and a skeleton body. Never overwrites an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { scaffoldPost, slugFromTitle } from '@/lib/content/scaffold';
import { isoDate } from '@/lib/dates';

const title = process.argv.slice(2).join(' ').trim();
if (title === '') {
  console.error('Give the title in quotes: npm run new-post -- "What to ask before a plea"');
  process.exit(1);
}
const slug = slugFromTitle(title);
const file = path.join('content', 'articles', `${slug}.mdx`);
if (fs.existsSync(file)) {
  console.error(`${file} already exists; choose another title, or edit that file.`);
  process.exit(1);
}
try {
  fs.writeFileSync(file, scaffoldPost(title, isoDate(new Date())), { flag: 'wx' });
} catch (error) {
  console.error(`Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`Wrote ${file}. Preview it with npm run dev at http://localhost:3000/articles/${slug}`);
console.log('Replace the description, then run npm run content:check.');
