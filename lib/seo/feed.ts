import { Feed } from 'feed';
import { createTranslator } from 'next-intl';
import { getContent, listArticles, lastUpdated, type Article, type Attorney, type Firm } from '@/lib/content';
import { env } from '@/lib/env';
import { messagesFor } from '@/lib/i18n/messages';
import { isSampleFact } from '@/lib/content/sample-fact';
import { DEFAULT_LOCALE, articlePath, attorneyPath, feedPath, homePath, type Locale } from '@/lib/routes';

/** The RSS feed of one language's published articles, as the route handlers send it. */
export function feedResponse(locale: Locale): Response {
  const content = getContent(locale);
  return new Response(articlesFeed(listArticles(locale), content.attorneys, content.firm, env.SITE_URL, locale), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}

/** RSS 2.0 of the published articles, newest first, built with the `feed` library. */
export function articlesFeed(
  articles: readonly Article[],
  attorneys: readonly Attorney[],
  firm: Firm,
  siteUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'site' });
  const feed = new Feed({
    id: `${siteUrl}${homePath(locale)}`,
    title: t('feedTitle', { firm: firm.name }),
    description: t('feedDescription', { firm: firm.name }),
    link: `${siteUrl}${homePath(locale)}`,
    language: locale,
    copyright: `© ${isSampleFact(firm, 'legalName') ? firm.name : firm.legalName}`,
    updated: articles[0] ? new Date(`${lastUpdated(articles[0])}T00:00:00Z`) : undefined,
    feedLinks: { rss: `${siteUrl}${feedPath(locale)}` },
    author: { name: firm.name, link: `${siteUrl}${homePath(locale)}` },
  });
  for (const article of articles) {
    const url = `${siteUrl}${articlePath(article.slug, locale)}`;
    const author = attorneys.find((attorney) => attorney.slug === article.author);
    feed.addItem({
      id: url,
      title: article.title,
      link: url,
      description: article.description,
      date: new Date(`${article.date}T00:00:00Z`),
      author: [
        {
          name: author?.name ?? firm.name,
          link: `${siteUrl}${author ? attorneyPath(author.slug, locale) : homePath(locale)}`,
        },
      ],
      category: article.tags.map((tag) => ({ name: tag })),
    });
  }
  return feed.rss2();
}
