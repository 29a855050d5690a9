import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { currentVisibility, visibleArticles } from '@/lib/content/publication';
import { VALID_SITE } from './support/fixture-site';

const { articles } = loadContent(VALID_SITE);
const slugs = (list: readonly { slug: string }[]) => list.map((article) => article.slug);

describe('which articles a reader sees', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('leaves drafts and future posts out of a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(slugs(visibleArticles(articles, currentVisibility(new Date('2026-11-27T12:00:00Z'))))).toEqual([
      'newer-article',
      'older-article',
    ]);
  });

  it('shows drafts and future posts while writing with next dev', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(slugs(visibleArticles(articles, currentVisibility()))).toEqual([
      'scheduled-post',
      'newer-article',
      'a-draft',
      'older-article',
    ]);
  });

  it('publishes a scheduled post on its date', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(slugs(visibleArticles(articles, currentVisibility(new Date('2099-01-01T00:00:00Z'))))).toContain('scheduled-post');
    expect(slugs(visibleArticles(articles, currentVisibility(new Date('2098-12-31T23:59:59Z'))))).not.toContain('scheduled-post');
  });
});
