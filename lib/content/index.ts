import { ARTICLES_PER_PAGE, articleIndexPageCount } from '@/lib/routes';
import { loadContent, type Article, type SiteContent } from './load';
import { currentVisibility, visibleArticles } from './publication';

export { lastUpdated } from './publication';

export type { Article, Attorney, Page, PracticeArea, SiteContent } from './load';
export type { FaqEntry, GlossaryTerm } from './schema';
export type { Firm, OpeningHours } from './firm-schema';

let cached: SiteContent | undefined;

/** The validated site content. Read once per process in production; afresh on each request while writing. */
export function getContent(): SiteContent {
  if (process.env.NODE_ENV === 'development') return loadContent(process.cwd());
  cached ??= loadContent(process.cwd());
  return cached;
}

export function getFirm() {
  return getContent().firm;
}

/** Articles a reader may see now, newest first. */
export function listArticles(): Article[] {
  return visibleArticles(getContent().articles, currentVisibility());
}

export function findArticle(slug: string): Article | undefined {
  return listArticles().find((article) => article.slug === slug);
}

export function articlePageCount(): number {
  return articleIndexPageCount(listArticles().length);
}

/** Page `n` (1-based) of the article index. */
export function articlesOnPage(page: number): Article[] {
  return listArticles().slice((page - 1) * ARTICLES_PER_PAGE, page * ARTICLES_PER_PAGE);
}

export function articlesTagged(tag: string): Article[] {
  return listArticles().filter((article) => article.tags.includes(tag));
}

export function articlesBy(authorSlug: string): Article[] {
  return listArticles().filter((article) => article.author === authorSlug);
}

/** Other articles sharing the most tags with this one, newest first among equals. */
export function relatedArticles(article: Article, limit = 3): Article[] {
  return listArticles()
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => article.tags.includes(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

export function listPracticeAreas() {
  return getContent().practiceAreas;
}

export function findPracticeArea(slug: string) {
  return listPracticeAreas().find((area) => area.slug === slug);
}

export function listAttorneys() {
  return getContent().attorneys;
}

export function findAttorney(slug: string) {
  return listAttorneys().find((attorney) => attorney.slug === slug);
}

/** The older and the newer neighbour of an article in the published list. */
export function adjacentArticles(article: Article): { older?: Article; newer?: Article } {
  const articles = listArticles();
  const index = articles.findIndex((candidate) => candidate.slug === article.slug);
  return { newer: index > 0 ? articles[index - 1] : undefined, older: articles[index + 1] };
}

export function findPage(slug: string) {
  const page = getContent().pages.find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`content/pages/${slug}.mdx is missing; the /${slug} page reads it`);
  return page;
}

/** Questions whose linked article is published; the link would otherwise lead nowhere. */
export function listFaq() {
  const published = new Set(listArticles().map((article) => article.slug));
  return getContent().faq.map((entry) => ({
    ...entry,
    article: published.has(entry.article) ? entry.article : undefined,
  }));
}

export function listGlossary() {
  return getContent().glossary;
}
