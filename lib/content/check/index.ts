import {
  articlePath,
  attorneyPath,
  contentPagePaths,
  firmPagePath,
  fixedPagePaths,
  practiceAreaPath,
  unlistedPagePaths,
} from '@/lib/routes';
import { readContent, type ContentReading } from '../load';
import type { ContentProblem } from '../problems';
import { MDX_COMPONENT_NAMES } from '../mdx-component-names';
import { isPublished } from '../publication';
import { checkBody, headingIds, type LinkTargets } from './body-rules';
import { checkGlossaryUse } from './glossary-rules';
import { checkReadability } from './readability';
import { checkSite } from './site-rules';

/**
 * Every problem in `content/`, errors and warnings, sorted by file and
 * line: what `npm run content:check` prints. Uses the same loader and zod
 * schemas as the site, then adds the checks that only a reviewer needs.
 */
export function checkContent(projectRoot: string, today: string): ContentProblem[] {
  const reading = readContent(projectRoot, { keepTrees: true });
  const targets = linkTargets(reading, projectRoot, today);
  const problems = [
    ...reading.problems,
    ...reading.bodies.flatMap((body) => {
      const folder = body.file.split('/')[1] ?? '';
      const isArticle = folder === 'articles';
      return [
        ...checkBody(body, pathOf(folder, body.slug), targets, isArticle),
        ...checkGlossaryUse(body, reading.content.glossary, isArticle),
        ...(isArticle ? checkReadability(body) : []),
      ];
    }),
    ...checkSite(reading, today),
  ];
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** The page a content file becomes. */
function pathOf(folder: string, slug: string): string {
  switch (folder) {
    case 'articles':
      return articlePath(slug);
    case 'practice-areas':
      return practiceAreaPath(slug);
    case 'attorneys':
      return attorneyPath(slug);
    default:
      return firmPagePath(slug);
  }
}

function linkTargets(reading: ContentReading, projectRoot: string, today: string): LinkTargets {
  const { articles, practiceAreas, attorneys } = reading.content;
  const published = articles.filter((article) => isPublished(article, today));
  const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
  return {
    published: new Set([
      ...fixedPagePaths(),
      ...unlistedPagePaths(),
      ...contentPagePaths({
        articles: slugs(published),
        practiceAreas: slugs(practiceAreas),
        attorneys: slugs(attorneys),
      }),
    ]),
    unpublished: new Set(
      articles.filter((article) => !isPublished(article, today)).map((article) => articlePath(article.slug)),
    ),
    anchors: new Map(
      reading.bodies.map((body) => [pathOf(body.file.split('/')[1] ?? '', body.slug), headingIds(body.tree)]),
    ),
    projectRoot,
    componentNames: MDX_COMPONENT_NAMES,
  };
}

/** `content/articles/x.mdx:4:1  warning: message  (rule-name)` */
export function formatCheckLine(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line ?? 1}:${problem.column ?? 1}`;
  const field = problem.field ? `${problem.field}: ` : '';
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${severity}${field}${problem.message}  (${problem.rule})`;
}

export function summaryLine(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
