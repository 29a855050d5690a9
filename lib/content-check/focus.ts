import { contentFolder, TRANSLATED_LOCALES, type ContentReading } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';

/**
 * Warnings that are the firm's to clear before launch, not the author's
 * of a change: `npm run launch-check` lists them, so the content check
 * counts them in one line and keeps its lines for the change at hand.
 */
export const LAUNCH_RULES: ReadonlySet<string> = new Set(['not-reviewed', 'firm-placeholder']);

/**
 * The files a change to `files` touches: each file, and its translation
 * pair (the English article and every translation of it; a practice area,
 * attorney or page and its namesake in the other folders), so that a
 * translation broken by its English article's change is seen.
 */
export function filesInFocus(reading: ContentReading, files: readonly string[]): Set<string> {
  const focus = new Set(files.map(normalized));
  const translations = TRANSLATED_LOCALES.map((locale) => ({ locale, site: reading.translations[locale] }));
  for (const file of [...focus]) {
    const english = englishArticleOf(reading, file);
    if (english) {
      focus.add(`content/articles/${english}.mdx`);
      for (const { site } of translations) {
        for (const article of site.articles.filter((candidate) => candidate.translationOf === english))
          focus.add(article.file);
      }
    }
    const namesake = /^content\/(?:es\/)?(practice-areas|attorneys|pages)\/([^/]+\.mdx)$/.exec(file);
    if (namesake) {
      const [, folder = '', name = ''] = namesake;
      focus.add(`content/${folder}/${name}`);
      for (const { locale } of translations) focus.add(`${contentFolder(locale)}/${folder}/${name}`);
    }
  }
  return focus;
}

/** The English article slug a file is or translates, when it is an article. */
function englishArticleOf(reading: ContentReading, file: string): string | undefined {
  const english = /^content\/articles\/([^/]+)\.mdx$/.exec(file)?.[1];
  if (english) return english;
  for (const locale of TRANSLATED_LOCALES) {
    const translation = reading.translations[locale].articles.find((article) => article.file === file);
    if (translation) return translation.translationOf;
  }
  return undefined;
}

/** `./content\articles\x.mdx` → `content/articles/x.mdx`: the way problems name files. */
function normalized(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** "Before launch: 40 published texts no attorney has reviewed; 11 firm facts still placeholders. npm run launch-check lists them …" */
export function launchLine(problems: readonly ContentProblem[]): string | undefined {
  const count = (rule: string) => problems.filter((problem) => problem.rule === rule).length;
  const unreviewed = count('not-reviewed');
  const placeholders = count('firm-placeholder');
  const said = [
    unreviewed > 0
      ? `${unreviewed} published ${unreviewed === 1 ? 'article' : 'articles'} not yet reviewed by an attorney`
      : '',
    placeholders > 0 ? `${placeholders} firm ${placeholders === 1 ? 'fact' : 'facts'} still a placeholder` : '',
  ].filter(Boolean);
  if (said.length === 0) return undefined;
  return `Before launch: ${said.join('; ')}. npm run launch-check lists them (they are warnings, not errors).`;
}
