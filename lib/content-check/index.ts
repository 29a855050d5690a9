import {
  DEFAULT_LOCALE,
  LOCALES,
  articlePath,
  attorneyPath,
  contentPagePaths,
  firmPagePath,
  fixedPagePaths,
  practiceAreaPath,
  unlistedPagePaths,
  type Locale,
} from '@/lib/routes';
import { contentFolder, readContent, type ContentReading, type ParsedBody } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/problems';
import { MDX_COMPONENT_NAMES } from '@/lib/content/mdx-component-names';
import { isPublished } from '@/lib/content/publication';
import { checkBody, headingIds, type LinkTargets } from './body-rules';
import { checkFootnotes } from './footnote-rules';
import { checkTemplateText } from './template-rules';
import { untranslatedLines } from './untranslated-lines';
import { frontmatterAdvice } from './frontmatter-advice';
import { checkGlossaryUse } from './glossary-rules';
import { checkReadability } from './readability';
import { checkSpanishReadability } from './spanish-readability';
import { reliefCheckReviews } from './relief-check-review';
import { checkSite } from './site-rules';
import { checkTranslations, englishLinksInTranslations, untranslatedArticles } from './translation-rules';

/**
 * Every problem in `content/`, errors and warnings, sorted by file and
 * line: what `npm run content:check` prints. Uses the same loader and zod
 * schemas as the site, then adds the checks that only a reviewer needs.
 */
export function checkContent(projectRoot: string, today: string): ContentProblem[] {
  return contentReport(projectRoot, today).problems;
}

/** The problems, and for each translation the published English articles it does not have yet. */
export function contentReport(projectRoot: string, today: string) {
  const reading = readContent(projectRoot, { keepTrees: true });
  const targets = linkTargets(reading, projectRoot, today);
  const problems = [
    ...reading.problems,
    ...reading.bodies.flatMap((body) => {
      const folder = folderOf(body.file, body.locale);
      const isArticle = folder === 'articles';
      return [
        ...checkBody(body, pathOf(folder, body.slug, body.locale), targets, isArticle),
        ...checkFootnotes(body),
        ...checkTemplateText(body, isPublishedFile(reading, body, today)),
        ...checkGlossaryUse(
          body,
          siteIn(reading, body.locale).glossary,
          isArticle,
          `${contentFolder(body.locale)}/glossary.yaml`,
        ),
        // Each language by its own formula: Flesch–Kincaid for English, INFLESZ for Spanish.
        ...(isArticle ? (body.locale === DEFAULT_LOCALE ? checkReadability(body) : checkSpanishReadability(body)) : []),
      ];
    }),
    ...checkSite(reading, today),
    ...frontmatterAdvice(reading, today),
    ...checkTranslations(reading, today),
    ...englishLinksInTranslations(reading),
    ...untranslatedLines(reading),
    ...reliefCheckReviews(
      projectRoot,
      reading.content.attorneys.map((attorney) => attorney.slug),
    ).problems,
  ];
  problems.push(...textNotChecked(problems, reading));
  problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const publishedEnglish = reading.content.articles.filter((article) => isPublished(article, today)).length;
  return { problems, untranslated: untranslatedArticles(reading, today), publishedEnglish, reading };
}

/**
 * A file whose frontmatter cannot be read is not read further, so its
 * footnotes and links wait: say so, or fixing one error would seem to
 * bring three new ones.
 */
function textNotChecked(problems: readonly ContentProblem[], reading: ContentReading): ContentProblem[] {
  const read = new Set(reading.bodies.map((body) => body.file));
  const blocked = new Set(
    problems
      .filter((problem) => problem.severity === 'error' && /^frontmatter-|^file-name$/.test(problem.rule))
      .map((problem) => problem.file)
      .filter((file) => file.endsWith('.mdx') && !read.has(file)),
  );
  return [...blocked].map((file) => ({
    file,
    line: 1,
    column: 1,
    message:
      'the text of this file (footnotes, links, components) is checked once the frontmatter error is fixed: save again, or run the check again',
    rule: 'text-not-checked',
    severity: 'warning' as const,
  }));
}

/** Whether a file is on the site as of `today`: a draft or scheduled article is not; every other content file is. */
function isPublishedFile(reading: ContentReading, body: ParsedBody & { locale: Locale }, today: string): boolean {
  const article = siteIn(reading, body.locale).articles.find((candidate) => candidate.file === body.file);
  return article ? isPublished(article, today) : true;
}

function siteIn(reading: ContentReading, locale: Locale): ContentReading['content'] {
  return locale === 'en' ? reading.content : reading.translations[locale];
}

/** `content/es/articles/x.mdx` → `articles` */
function folderOf(file: string, locale: Locale): string {
  return file.slice(contentFolder(locale).length + 1).split('/')[0] ?? '';
}

/** The page a content file becomes. */
function pathOf(folder: string, slug: string, locale: Locale): string {
  switch (folder) {
    case 'articles':
      return articlePath(slug, locale);
    case 'practice-areas':
      return practiceAreaPath(slug, locale);
    case 'attorneys':
      return attorneyPath(slug, locale);
    default:
      return firmPagePath(slug, locale);
  }
}

function linkTargets(reading: ContentReading, projectRoot: string, today: string): LinkTargets {
  const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
  const published = new Set<string>();
  const unpublished = new Set<string>();
  for (const locale of LOCALES) {
    const { articles, practiceAreas, attorneys } = siteIn(reading, locale);
    for (const path of [
      ...fixedPagePaths(locale),
      ...unlistedPagePaths(locale),
      ...contentPagePaths(
        {
          articles: slugs(articles.filter((article) => isPublished(article, today))),
          practiceAreas: slugs(practiceAreas),
          attorneys: slugs(attorneys),
        },
        locale,
      ),
    ]) {
      published.add(path);
    }
    for (const article of articles.filter((candidate) => !isPublished(candidate, today))) {
      unpublished.add(articlePath(article.slug, locale));
    }
  }
  return {
    published,
    unpublished,
    anchors: new Map(
      reading.bodies.map((body) => [
        pathOf(folderOf(body.file, body.locale), body.slug, body.locale),
        headingIds(body.tree),
      ]),
    ),
    projectRoot,
    componentNames: MDX_COMPONENT_NAMES,
  };
}

/** `content/articles/x.mdx:4:1  warning: message  (rule-name)` */
export function formatCheckLine(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}`;
  const field = problem.field ? `${problem.field}: ` : '';
  // Both named, so one error stands out among warnings and can be searched for.
  const severity = problem.severity === 'warning' ? 'warning: ' : 'error: ';
  return `${where}  ${severity}${field}${problem.message}  (${problem.rule})`;
}

export function summaryLine(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
