import type { ArticleFrontmatter } from './schema';
import { contentError, type ContentProblem } from './problems';
import { closestKey } from './validate';

/**
 * Which file translates which. A translated article names its English
 * article in `translationOf`; practice areas, attorneys and pages share the
 * English file name. These rules make a wrong or doubled link an error, so
 * the language switch never leads to a missing page.
 */

/** The English article an article is, or translates: the same for every language's version of it. */
export function originalSlug(article: Pick<ArticleFrontmatter, 'translationOf'> & { slug: string }): string {
  return article.translationOf ?? article.slug;
}

type Loaded<F> = readonly { document: F & { slug: string; file: string }; keyLines: ReadonlyMap<string, number> }[];

/** `translationOf` belongs in a translation only. */
export function misplacedTranslations(
  englishArticles: Loaded<ArticleFrontmatter>,
  englishFiles: readonly string[],
): ContentProblem[] {
  return englishArticles.flatMap(({ document, keyLines }) => {
    if (document.translationOf === undefined) return [];
    // Naming another English article, the file is a translation saved in the wrong folder: moving it is the fix.
    const isTranslation = document.translationOf !== document.slug && englishFiles.includes(document.translationOf);
    return [
      contentError(
        document.file,
        'translationOf',
        isTranslation
          ? `says this file translates "${document.translationOf}", so it is a translation saved in the English folder; move it to content/es/articles/${document.slug}.mdx and keep the line`
          : 'belongs only in a translation (content/es/articles/…); remove the line from the English article',
        'translation-misplaced',
        keyLines.get('translationOf'),
      ),
    ];
  });
}

/** A translated article must name an English article, and only one file may translate it. */
export function articleTranslationProblems(
  translated: Loaded<ArticleFrontmatter>,
  englishFiles: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claims = new Map<string, string[]>();
  for (const { document, keyLines } of translated) {
    const line = keyLines.get('translationOf');
    if (document.translationOf === undefined) {
      problems.push(
        contentError(
          document.file,
          'translationOf',
          'is missing; add the file name of the English article this translates, without .mdx, e.g. "translationOf: withdrawing-a-guilty-plea"',
          'translation-missing-source',
          1,
        ),
      );
      continue;
    }
    if (!englishFiles.includes(document.translationOf)) {
      problems.push(
        contentError(
          document.file,
          'translationOf',
          `"${document.translationOf}" is not an article in content/articles; ${unknownSourceFix(document.translationOf, englishFiles)}`,
          'translation-unknown-source',
          line,
        ),
      );
      continue;
    }
    claims.set(document.translationOf, [...(claims.get(document.translationOf) ?? []), document.file]);
  }
  for (const [source, files] of claims) {
    if (files.length < 2) continue;
    const order = byFirstWritten(translated);
    const [kept, ...added] = [...files].sort(order);
    // Two files equally reviewed and dated: nothing says which is the newcomer, so neither is told to go.
    const undecided = kept !== undefined && added.some((file) => order(kept, file) === 0);
    for (const file of undecided ? files : added) {
      const others = files.filter((other) => other !== file).join(', ');
      const { keyLines } = translated.find(({ document }) => document.file === file) ?? {};
      problems.push(
        contentError(
          file,
          'translationOf',
          undecided
            ? `"${source}" is also translated by ${others}; keep one translation per article: put what the newer file adds into the older one, then delete the newer file`
            : `"${source}" already has a translation, ${kept}; put what this file adds into that one and delete this file (one translation per article)`,
          'translation-duplicate',
          keyLines?.get('translationOf'),
        ),
      );
    }
  }
  return problems;
}

/** "did you mean …?" for a misspelt English file name, or how to write one. */
function unknownSourceFix(written: string, englishFiles: readonly string[]): string {
  const meant = closestKey(written, englishFiles);
  return meant ? `did you mean "${meant}"?` : 'write the file name of the English article, without .mdx';
}

/**
 * Of two translations of one article, the one that stays: the reviewed one,
 * then the one written first, so the newcomer is the file told to merge.
 */
function byFirstWritten(translated: Loaded<ArticleFrontmatter>) {
  const documentOf = (file: string) => translated.find(({ document }) => document.file === file)?.document;
  return (a: string, b: string) => {
    const first = documentOf(a);
    const second = documentOf(b);
    const reviewed = Number(Boolean(second?.reviewed)) - Number(Boolean(first?.reviewed));
    return reviewed || String(first?.date ?? '').localeCompare(String(second?.date ?? ''));
  };
}

/** A translated practice area, attorney or page must have an English file of the same name. */
export function unmatchedTranslations(
  translated: readonly { document: { slug: string; file: string } }[],
  englishFolder: string,
  englishSlugs: readonly string[],
): ContentProblem[] {
  return translated
    .filter(({ document }) => !englishSlugs.includes(document.slug))
    .map(({ document }) =>
      contentError(
        document.file,
        undefined,
        `has no English file ${englishFolder}/${document.slug}.mdx; a translation takes the same file name as the page it translates`,
        'translation-unknown-source',
        1,
      ),
    );
}
