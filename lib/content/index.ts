import { ARTICLES_PER_PAGE, DEFAULT_LOCALE, articleIndexPageCount, type Locale } from '@/lib/routes';
import { contentFolder, loadSite, type Article, type SiteContent } from './load';
import { currentVisibility, visibleArticles } from './publication';
import { originalSlug } from './translations';

export { lastUpdated } from './publication';

export type { Article, Attorney, FrameAttorney, Page, PracticeArea, SiteContent } from './load';
export type { FaqEntry, GlossaryTerm } from './schema';
export type { Firm, OpeningHours } from './firm-schema';

let cached: Record<Locale, SiteContent> | undefined;

/** One language's validated site content. Read once per process in production; afresh on each request while writing. */
export function getContent(locale: Locale = DEFAULT_LOCALE): SiteContent {
  if (process.env.NODE_ENV === 'development') return loadSite(process.cwd())[locale];
  cached ??= loadSite(process.cwd());
  return cached[locale];
}

/** The firm, with its sentences in the reader's language. */
export function getFirm(locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).firm;
}

/** Articles a reader may see now, newest first. */
export function listArticles(locale: Locale = DEFAULT_LOCALE): Article[] {
  return visibleArticles(getContent(locale).articles, currentVisibility());
}

export function findArticle(slug: string, locale: Locale = DEFAULT_LOCALE): Article | undefined {
  return listArticles(locale).find((article) => article.slug === slug);
}

export function articlePageCount(locale: Locale = DEFAULT_LOCALE): number {
  return articleIndexPageCount(listArticles(locale).length);
}

/** Page `n` (1-based) of the article index. */
export function articlesOnPage(page: number, locale: Locale = DEFAULT_LOCALE): Article[] {
  return listArticles(locale).slice((page - 1) * ARTICLES_PER_PAGE, page * ARTICLES_PER_PAGE);
}

export function articlesTagged(tag: string, locale: Locale = DEFAULT_LOCALE): Article[] {
  return listArticles(locale).filter((article) => article.tags.includes(tag));
}

export function articlesBy(authorSlug: string, locale: Locale = DEFAULT_LOCALE): Article[] {
  return listArticles(locale).filter((article) => article.author === authorSlug);
}

/** Other articles sharing the most tags with this one, newest first among equals. */
export function relatedArticles(article: Article, locale: Locale = DEFAULT_LOCALE, limit = 3): Article[] {
  return listArticles(locale)
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => article.tags.includes(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

export function listPracticeAreas(locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).practiceAreas;
}

export function findPracticeArea(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return listPracticeAreas(locale).find((area) => area.slug === slug);
}

export function listAttorneys(locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).attorneys;
}

export function findAttorney(slug: string, locale: Locale = DEFAULT_LOCALE) {
  return listAttorneys(locale).find((attorney) => attorney.slug === slug);
}

/** The older and the newer neighbour of an article in the published list. */
export function adjacentArticles(
  article: Article,
  locale: Locale = DEFAULT_LOCALE,
): { older?: Article; newer?: Article } {
  const articles = listArticles(locale);
  const index = articles.findIndex((candidate) => candidate.slug === article.slug);
  return { newer: index > 0 ? articles[index - 1] : undefined, older: articles[index + 1] };
}

export function findPage(slug: string, locale: Locale = DEFAULT_LOCALE) {
  const page = getContent(locale).pages.find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`${contentFolder(locale)}/pages/${slug}.mdx is missing; the page reads it`);
  return page;
}

/** Questions whose linked article is published; the link would otherwise lead nowhere. */
export function listFaq(locale: Locale = DEFAULT_LOCALE) {
  const published = new Set(listArticles(locale).map((article) => article.slug));
  return getContent(locale).faq.map((entry) => ({
    ...entry,
    article: published.has(entry.article) ? entry.article : undefined,
  }));
}

export function listGlossary(locale: Locale = DEFAULT_LOCALE) {
  return getContent(locale).glossary;
}

/**
 * The same article in another language, when it is published there: the
 * translation of an English article, or the English original of a translation.
 */
export function articleInLanguage(article: Article, locale: Locale): Article | undefined {
  const original = originalSlug(article);
  return listArticles(locale).find((candidate) => originalSlug(candidate) === original);
}
