import type { ArticleFrontmatter } from './schema';
import { contentError, type ContentProblem } from './problems';

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
export function misplacedTranslations(englishArticles: Loaded<ArticleFrontmatter>): ContentProblem[] {
  return englishArticles.flatMap(({ document, keyLines }) =>
    document.translationOf === undefined
      ? []
      : [
          contentError(
            document.file,
            'translationOf',
            'belongs only in a translation (content/es/articles/…); remove the line from the English article',
            'translation-misplaced',
            keyLines.get('translationOf'),
          ),
        ],
  );
}

/** A translated article must name an English article, and only one file may translate it. */
export function articleTranslationProblems(
  translated: Loaded<ArticleFrontmatter>,
  englishSlugs: readonly string[],
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
    if (!englishSlugs.includes(document.translationOf)) {
      problems.push(
        contentError(
          document.file,
          'translationOf',
          `"${document.translationOf}" is not an article in content/articles; write the file name of the English article, without .mdx`,
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
    for (const file of files) {
      const others = files.filter((other) => other !== file).join(', ');
      const { keyLines } = translated.find(({ document }) => document.file === file) ?? {};
      problems.push(
        contentError(
          file,
          'translationOf',
          `"${source}" is also translated by ${others}; keep one translation per article and delete or merge the other`,
          'translation-duplicate',
          keyLines?.get('translationOf'),
        ),
      );
    }
  }
  return problems;
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
