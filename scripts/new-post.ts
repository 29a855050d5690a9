/**
 * `npm run new-post -- "Title of the post"`: writes
 * content/articles/<slug>.mdx with valid frontmatter (a draft dated today)
 * and a skeleton body.
 *
 * `npm run new-post -- --translate <english-slug> "Título en español"`:
 * writes content/es/articles/<slug of the Spanish title>.mdx, a Spanish
 * draft of that English article with translationOf and translatedFrom
 * filled in and the English text to translate.
 *
 * Never overwrites an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { articleFrontmatterSchema } from '@/lib/content/schema';
import { scaffoldPost, scaffoldTranslation, slugFromTitle } from '@/lib/content/scaffold';
import { isoDate } from '@/lib/dates';

const args = process.argv.slice(2);
const today = isoDate(new Date());

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function write(file: string, text: string) {
  if (fs.existsSync(file)) fail(`${file} already exists; choose another title, or edit that file.`);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    fail(`Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (args[0] === '--translate') {
  const [, englishSlug, ...titleWords] = args;
  const spanishTitle = titleWords.join(' ').trim();
  if (!englishSlug || spanishTitle === '') {
    fail(
      'Give the English file name and the Spanish title: npm run new-post -- --translate pardons-and-immigration "Indultos e inmigración"',
    );
  }
  const englishFile = path.join('content', 'articles', `${englishSlug}.mdx`);
  if (!fs.existsSync(englishFile))
    fail(`${englishFile} does not exist; use the file name of an English article without .mdx.`);
  const parsed = parseFrontmatter(fs.readFileSync(englishFile, 'utf8'));
  const frontmatter = articleFrontmatterSchema.safeParse(parsed.data);
  if (!frontmatter.success)
    fail(`${englishFile} has frontmatter problems; run npm run content:check and fix them first.`);
  const english = frontmatter.data;
  const file = path.join('content', 'es', 'articles', `${slugFromTitle(spanishTitle)}.mdx`);
  write(
    file,
    scaffoldTranslation(
      {
        slug: englishSlug,
        title: english.title,
        jurisdiction: english.jurisdiction,
        tags: english.tags,
        version: english.updated ?? english.date,
        body: parsed.body,
      },
      spanishTitle,
      today,
    ),
  );
  console.log(`Wrote ${file}, a draft of ${englishFile} in Spanish.`);
  console.log('Translate the text and the description, remove draft: true, then run npm run content:check.');
} else {
  const title = args.join(' ').trim();
  if (title === '') fail('Give the title in quotes: npm run new-post -- "What to ask before a plea"');
  const slug = slugFromTitle(title);
  const file = path.join('content', 'articles', `${slug}.mdx`);
  write(file, scaffoldPost(title, today));
  console.log(`Wrote ${file}. Preview it with npm run dev at http://localhost:3000/articles/${slug}`);
  console.log('Replace the description, then run npm run content:check.');
}
