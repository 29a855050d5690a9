import { loadContent } from '@/lib/content/load';
import { publicationDay, visibleArticles } from '@/lib/content/publication';

/**
 * What the build under test published, read with the site's own loader.
 * The browser tests pick their articles, areas and firm facts from here
 * instead of naming them, so a staff pull request that edits, adds or
 * removes an article never breaks a test about something else. Rankings,
 * dates and page counts are tested on fixtures in tests/unit.
 */
const content = loadContent(process.cwd());

export const firm = content.firm;
export const articles = visibleArticles(content.articles, { today: publicationDay(), includeUnpublished: false });
export const practiceAreas = content.practiceAreas;
export const attorneys = content.attorneys;

function first<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new Error(`the site publishes no ${what}; the browser tests need one`);
  return item;
}

/** The newest published article: the first on the article index. */
export const newestArticle = first(articles, 'article');
export const anyPracticeArea = first(practiceAreas, 'practice area');
export const anyAttorney = first(attorneys, 'attorney');
