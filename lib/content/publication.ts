import type { Article } from './load';

export type Visibility = {
  /** `YYYY-MM-DD` of today; a post dated later is scheduled, not yet published. */
  today: string;
  /** Drafts and scheduled posts are shown while writing (`next dev`), never in a production build. */
  includeUnpublished: boolean;
};

export function currentVisibility(now = new Date()): Visibility {
  return {
    today: now.toISOString().slice(0, 10),
    includeUnpublished: process.env.NODE_ENV === 'development',
  };
}

export function isPublished(article: Pick<Article, 'draft' | 'date'>, today: string): boolean {
  return article.draft !== true && article.date <= today;
}

export function visibleArticles<A extends Pick<Article, 'draft' | 'date'>>(articles: readonly A[], visibility: Visibility): A[] {
  return visibility.includeUnpublished ? [...articles] : articles.filter((article) => isPublished(article, visibility.today));
}
