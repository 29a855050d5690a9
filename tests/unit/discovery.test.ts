import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { visibleArticles } from '@/lib/content/publication';
import { articlesFeed } from '@/lib/seo/feed';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { VALID_SITE } from './support/fixture-site';

const SITE = 'https://www.stern.example';
const content = loadContent(VALID_SITE);
const published = visibleArticles(content.articles, { today: '2026-11-27', includeUnpublished: false });

describe('the sitemap', () => {
  const urls = sitemapEntries({ en: { content, articles: published } }, SITE).map((entry) => entry.url);

  it('lists published articles with the date they were last reviewed', () => {
    expect(sitemapEntries({ en: { content, articles: published } }, SITE)).toContainEqual({
      url: `${SITE}/articles/newer-article`,
      lastModified: '2026-03-01',
    });
    expect(urls).toContain(`${SITE}/articles/older-article`);
  });

  it('leaves out drafts and posts scheduled for later', () => {
    expect(urls.some((url) => url.includes('a-draft'))).toBe(false);
    expect(urls.some((url) => url.includes('scheduled-post'))).toBe(false);
  });

  it('lists the firm pages, practice areas and attorneys', () => {
    for (const path of [
      '/',
      '/articles',
      '/about',
      '/faq',
      '/contact',
      '/privacy',
      '/disclaimer',
      '/attorneys',
      '/practice-areas/crimmigration',
      '/attorneys/jane-doe',
    ]) {
      expect(urls).toContain(path === '/' ? `${SITE}/` : `${SITE}${path}`);
    }
    expect(urls).not.toContain(`${SITE}/search`);
  });
});

describe('the RSS feed', () => {
  const xml = articlesFeed(published, content.attorneys, content.firm, SITE);

  it('is well-formed RSS 2.0 that reads back with every published article', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: {
        '@_version': string;
        channel: {
          title: string;
          link: string;
          item: { title: string; link: string; description: string; pubDate: string }[];
        };
      };
    };
    expect(parsed.rss['@_version']).toBe('2.0');
    expect(parsed.rss.channel.title).toBe('STERN Law, LLC: articles');
    expect(parsed.rss.channel.item.map((item) => item.link)).toEqual([
      `${SITE}/articles/newer-article`,
      `${SITE}/articles/older-article`,
    ]);
    expect(parsed.rss.channel.item[0]).toMatchObject({
      title: 'A newer article about relief',
      description: 'A published article from this year, used by the tests as the newer of two posts.',
      pubDate: 'Sun, 01 Feb 2026 00:00:00 GMT',
    });
  });
});
