import { describe, expect, it } from 'vitest';
import { searchDocuments } from '@/lib/search';
import { buildSiteSearch, excerptFor, searchSite } from '@/lib/search/site-search';
import { publishedContent } from './support/real-content';

const { content, articles } = publishedContent();
const siteSearch = buildSiteSearch(searchDocuments(articles, content.practiceAreas));
const urls = (query: string) => searchSite(siteSearch, query).map((hit) => hit.url);

describe('searching the articles and practice areas', () => {
  it('finds post-conviction relief articles first for "2255"', () => {
    const [first] = urls('2255');
    const firstArticle = articles.find((article) => `/articles/${article.slug}` === first);
    expect(firstArticle?.tags).toContain('post-conviction-relief');
    expect(urls('2255').slice(0, 3)).toContain('/articles/post-conviction-relief-for-noncitizens');
  });

  it('ranks a page about the words above pages that mention them in passing', () => {
    expect(urls('coram nobis')[0]).toBe('/articles/coram-nobis-when-you-are-no-longer-in-custody');
    expect(urls('pardon')[0]).toBe('/articles/pardons-and-immigration');
  });

  it('forgives a small typing mistake in a longer word', () => {
    expect(urls('compasionate')[0]).toBe('/articles/compassionate-release-and-immigration');
  });

  it('returns nothing for an empty query or a word no page has', () => {
    expect(urls('   ')).toEqual([]);
    expect(urls('xylophone')).toEqual([]);
  });

  it('marks the matched words in an excerpt from the body', () => {
    const [hit] = searchSite(siteSearch, 'pardon');
    expect(hit?.excerpt.filter((part) => part.match).map((part) => part.text.toLowerCase())).toContain('pardon');
    expect(hit?.excerpt.map((part) => part.text).join('')).toContain('governor');
  });

  it('cuts an excerpt at word boundaries around the first match', () => {
    const body = `${'word '.repeat(40)}the coram nobis petition ${'more '.repeat(60)}`;
    const excerpt = excerptFor({ body, description: 'unused' }, ['coram']);
    const text = excerpt.map((part) => part.text).join('');
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('more…')).toBe(true);
    expect(excerpt.filter((part) => part.match)).toEqual([{ text: 'coram', match: true }]);
  });
});
