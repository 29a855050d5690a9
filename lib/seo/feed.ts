import { Feed } from 'feed';
import type { Article, Attorney, Firm } from '@/lib/content';

/** RSS 2.0 of the published articles, newest first, built with the `feed` library. */
export function articlesFeed(articles: readonly Article[], attorneys: readonly Attorney[], firm: Firm, siteUrl: string): string {
  const feed = new Feed({
    id: `${siteUrl}/`,
    title: `${firm.name}: articles`,
    description: `Plain-language articles from ${firm.name} on criminal cases, convictions and immigration. General information, not legal advice.`,
    link: `${siteUrl}/`,
    language: 'en',
    copyright: `© ${firm.legalName}`,
    updated: articles[0] ? new Date(`${articles[0].updated ?? articles[0].date}T00:00:00Z`) : undefined,
    feedLinks: { rss: `${siteUrl}/feed.xml` },
    author: { name: firm.name, link: `${siteUrl}/` },
  });
  for (const article of articles) {
    const url = `${siteUrl}/articles/${article.slug}`;
    const author = attorneys.find((attorney) => attorney.slug === article.author);
    feed.addItem({
      id: url,
      title: article.title,
      link: url,
      description: article.description,
      date: new Date(`${article.date}T00:00:00Z`),
      author: [{ name: author?.name ?? firm.name, link: author ? `${siteUrl}/attorneys/${author.slug}` : `${siteUrl}/` }],
      category: article.tags.map((tag) => ({ name: tag })),
    });
  }
  return feed.rss2();
}
