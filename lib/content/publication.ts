import { isoDate } from '@/lib/dates';
import type { Article } from './load';

export type Visibility = {
  /** `YYYY-MM-DD`; a post dated later is scheduled, not yet published. */
  today: string;
  /** Drafts and scheduled posts are shown while writing (`next dev`), never in a production build. */
  includeUnpublished: boolean;
};

/**
 * The day the site publishes as of. next.config.mjs fixes it once when a
 * build starts and compiles it into the server, so the static pages, the
 * sitemap, the feed and the per-request search all agree on what is
 * published: a post scheduled for a later day waits for the next build in
 * all of them, instead of turning up in search with a link to a page the
 * build left out. Outside a build (scripts, tests) it is today.
 */
export function publicationDay(now = new Date()): string {
  return process.env.SITE_PUBLISHED_AS_OF ?? isoDate(now);
}

export function currentVisibility(): Visibility {
  return { today: publicationDay(), includeUnpublished: process.env.NODE_ENV === 'development' };
}

export function isPublished(article: Pick<Article, 'draft' | 'date'>, today: string): boolean {
  return article.draft !== true && article.date <= today;
}

export function visibleArticles<A extends Pick<Article, 'draft' | 'date'>>(
  articles: readonly A[],
  visibility: Visibility,
): A[] {
  return visibility.includeUnpublished
    ? [...articles]
    : articles.filter((article) => isPublished(article, visibility.today));
}

/** The last day the article's text changed: `updated`, or the publish date. The attorney's review is `reviewed`. */
export function lastUpdated(article: Pick<Article, 'date' | 'updated'>): string {
  return article.updated ?? article.date;
}
