import { pagePath, type Locale } from '@/lib/routes';

/**
 * Pages that are prose in the article's layout (about, privacy, the
 * disclaimer, "charged with a crime"): an article stands for them in the
 * tests that go through one page of each kind.
 */
export function sameLayoutAsAnArticle(locale: Locale): Set<string> {
  return new Set([
    pagePath('about', locale),
    pagePath('privacy', locale),
    pagePath('disclaimer', locale),
    pagePath('charged', locale),
  ]);
}
