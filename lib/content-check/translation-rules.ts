import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { DEFAULT_LOCALE, articlePath, fixedPagePaths, type Locale } from '@/lib/routes';
import {
  TRANSLATED_LOCALES,
  contentFolder,
  type Article,
  type ContentReading,
  type TranslatedLocale,
} from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { isPublished, lastUpdated } from '@/lib/content/publication';

/**
 * Advice on translations (the errors, a wrong or doubled `translationOf`,
 * are the loader's): a translation reviewed before its English article last
 * changed may say something the English no longer does.
 */
export function checkTranslations(reading: ContentReading, today: string): ContentProblem[] {
  const english = new Map(reading.content.articles.map((article) => [article.slug, article]));
  return TRANSLATED_LOCALES.flatMap((locale) =>
    reading.translations[locale].articles.flatMap((translation): ContentProblem[] => {
      const source = translation.translationOf ? english.get(translation.translationOf) : undefined;
      if (!source || !isPublished(translation, today)) return [];
      const stale = staleTranslation(translation, source);
      if (!stale) return [];
      return [
        {
          file: translation.file,
          field: translation.translatedFrom ? 'translatedFrom' : 'translationOf',
          message: `translation may be stale: ${stale}; compare the two, bring this one up to date, set translatedFrom: ${lastUpdated(source)}, and have it reviewed again`,
          rule: 'translation-stale',
          line: lineOf(reading, translation.file, translation.translatedFrom ? 'translatedFrom' : 'translationOf'),
          column: 1,
          severity: 'warning',
        },
      ];
    }),
  );
}

/**
 * Why a translation may no longer say what its English article says, in
 * words naming both files; undefined when it follows the current English.
 * `translatedFrom` records the English version it translates; without it,
 * the translation's own review or last change stands in.
 */
export function staleTranslation(
  translation: Pick<Article, 'file' | 'translatedFrom' | 'reviewed' | 'date' | 'updated'>,
  source: Pick<Article, 'file' | 'date' | 'updated'>,
): string | undefined {
  const changed = lastUpdated(source);
  if (translation.translatedFrom) {
    return changed > translation.translatedFrom
      ? `${source.file} changed on ${changed}, after the version of ${translation.translatedFrom} that ${translation.file} translates`
      : undefined;
  }
  const checked = translation.reviewed ?? lastUpdated(translation);
  if (changed <= checked) return undefined;
  const since = translation.reviewed ? `was reviewed on ${checked}` : `was written on ${checked}`;
  return `${source.file} changed on ${changed}, after ${translation.file} ${since}`;
}

/** Published English articles that a language does not have yet, by file, for the content check's summary. */
export function untranslatedArticles(reading: ContentReading, today: string): Record<TranslatedLocale, string[]> {
  return Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => {
      const translated = new Set(reading.translations[locale].articles.map((article) => article.translationOf));
      return [
        locale,
        reading.content.articles
          .filter((article) => isPublished(article, today) && !translated.has(article.slug))
          .map((article) => article.file),
      ];
    }),
  ) as Record<TranslatedLocale, string[]>;
}

/** "Not in es yet (9 of 14): content/articles/a.mdx, …" */
export function untranslatedLine(locale: TranslatedLocale, files: readonly string[], total: number): string {
  if (files.length === 0)
    return `Every published English article has a translation in ${contentFolder(locale)}/articles.`;
  return `Not translated into ${locale} yet (${files.length} of ${total} published articles; add a file to ${contentFolder(locale)}/articles with translationOf): ${files.join(', ')}`;
}

function lineOf(reading: ContentReading, file: string, key: string): number | undefined {
  return reading.bodies.find((body) => body.file === file)?.keyLines.get(key);
}

/**
 * A page of a translation that links an English article which has a
 * translation in that language: the reader should get their own language.
 */
export function englishLinksInTranslations(reading: ContentReading): ContentProblem[] {
  return reading.bodies
    .filter((body) => body.locale !== DEFAULT_LOCALE)
    .flatMap((body) => {
      const translations = reading.translations[body.locale as TranslatedLocale].articles;
      const ownPages = pagesInLanguage(body.locale);
      const problems: ContentProblem[] = [];
      visit(body.tree, 'link', (node: Link) => {
        const [linked = '', anchor] = node.url.split('#');
        const slug = /^\/articles\/([a-z0-9-]+)\/?$/.exec(linked)?.[1];
        const translation = slug ? translations.find((article) => article.translationOf === slug) : undefined;
        const own = translation
          ? articlePath(translation.slug, body.locale)
          : ownPages.get(linked.replace(/(.)\/$/, '$1'));
        if (!own) return;
        problems.push({
          file: body.file,
          line: body.bodyLine + (node.position?.start.line ?? 1) - 1,
          column: node.position?.start.column ?? 1,
          message: `links the English ${translation ? 'article' : 'page'} ${node.url}, which this language has too; link ${own}${anchor ? `#${anchor}` : ''} instead`,
          rule: 'link-to-english',
          severity: 'error',
        });
      });
      return problems;
    });
}

/** Each fixed English page (contact, the detention page, …) and its address in `locale`, where they differ. */
function pagesInLanguage(locale: Locale): Map<string, string> {
  const english = fixedPagePaths(DEFAULT_LOCALE);
  const own = fixedPagePaths(locale);
  return new Map(
    english.flatMap((path, index) => {
      const translated = own[index];
      return translated && translated !== path ? [[path, translated] as const] : [];
    }),
  );
}
