import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { currentVisibility, publicationDay, visibleArticles } from '@/lib/content/publication';
import { VALID_SITE } from './support/fixture-site';

const { articles } = loadContent(VALID_SITE);
const slugs = (list: readonly { slug: string }[]) => list.map((article) => article.slug);

describe('which articles a reader sees', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('leaves drafts and future posts out of a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_PUBLISHED_AS_OF', '2026-11-27');
    expect(slugs(visibleArticles(articles, currentVisibility()))).toEqual(['newer-article', 'older-article']);
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

  it('publishes a scheduled post with the first build on or after its date', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_PUBLISHED_AS_OF', '2099-01-01');
    expect(slugs(visibleArticles(articles, currentVisibility()))).toContain('scheduled-post');
    vi.stubEnv('SITE_PUBLISHED_AS_OF', '2098-12-31');
    expect(slugs(visibleArticles(articles, currentVisibility()))).not.toContain('scheduled-post');
  });

  it('publishes as of the day the build fixed, not the day a request arrives', () => {
    vi.stubEnv('SITE_PUBLISHED_AS_OF', '2026-01-15');
    expect(publicationDay(new Date('2026-06-01T12:00:00Z'))).toBe('2026-01-15');
    vi.stubEnv('SITE_PUBLISHED_AS_OF', undefined);
    expect(publicationDay(new Date('2026-06-01T12:00:00Z'))).toBe('2026-06-01');
  });

  it('has the build fix that day once and compile it into the server', async () => {
    vi.stubEnv('SITE_PUBLISHED_AS_OF', undefined);
    const configFile = path.resolve(__dirname, '../../next.config.mjs');
    const { default: config } = (await import(/* @vite-ignore */ configFile)) as {
      default: (phase: string) => { env?: Record<string, string> };
    };
    const day = config('phase-production-server').env?.SITE_PUBLISHED_AS_OF;
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(process.env.SITE_PUBLISHED_AS_OF).toBe(day);
  });
});
