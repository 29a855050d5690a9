import { Feed } from 'feed';
import { lastUpdated, type Article, type Attorney, type Firm } from '@/lib/content';
import { articlePath, attorneyPath, feedPath, homePath } from '@/lib/routes';

/** RSS 2.0 of the published articles, newest first, built with the `feed` library. */
export function articlesFeed(
  articles: readonly Article[],
  attorneys: readonly Attorney[],
  firm: Firm,
  siteUrl: string,
): string {
  const feed = new Feed({
    id: `${siteUrl}${homePath()}`,
    title: `${firm.name}: articles`,
    description: `Plain-language articles from ${firm.name} on criminal cases, convictions and immigration. General information, not legal advice.`,
    link: `${siteUrl}${homePath()}`,
    language: 'en',
    copyright: `© ${firm.legalName}`,
    updated: articles[0] ? new Date(`${lastUpdated(articles[0])}T00:00:00Z`) : undefined,
    feedLinks: { rss: `${siteUrl}${feedPath()}` },
    author: { name: firm.name, link: `${siteUrl}${homePath()}` },
  });
  for (const article of articles) {
    const url = `${siteUrl}${articlePath(article.slug)}`;
    const author = attorneys.find((attorney) => attorney.slug === article.author);
    feed.addItem({
      id: url,
      title: article.title,
      link: url,
      description: article.description,
      date: new Date(`${article.date}T00:00:00Z`),
      author: [
        { name: author?.name ?? firm.name, link: `${siteUrl}${author ? attorneyPath(author.slug) : homePath()}` },
      ],
      category: article.tags.map((tag) => ({ name: tag })),
    });
  }
  return feed.rss2();
}
