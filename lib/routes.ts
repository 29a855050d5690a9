/**
 * Pages that are routes in app/ rather than content files. The sitemap lists
 * the first group; the content check accepts links to both.
 */
export const FIXED_PAGES = ['/', '/articles', '/practice-areas', '/attorneys', '/about', '/faq', '/contact', '/privacy', '/disclaimer'] as const;
export const UNLISTED_PAGES = ['/search', '/feed.xml'] as const;

export const ARTICLES_PER_PAGE = 10;

/** Pages of the article index for this many published articles (at least one, even when empty). */
export function articleIndexPageCount(articleCount: number): number {
  return Math.max(1, Math.ceil(articleCount / ARTICLES_PER_PAGE));
}
