import type { ReactNode } from 'react';
import {
  adjacentArticles,
  findAttorney,
  getFirm,
  listAttorneys,
  listPracticeAreas,
  relatedArticles,
  type Article,
} from '@/lib/content';
import { licenceGap } from '@/lib/content/licence';
import { attorneyPath, pagePath, type Locale } from '@/lib/routes';
import { ArticleView } from './article-view';
import { reviewOf } from './review-line';

/** An article with what the site shows around it (byline, areas, related, review, licence): its page, and the editor's preview. */
export function ArticleOnSite({
  article,
  locale,
  children,
}: {
  article: Article;
  locale: Locale;
  children: ReactNode;
}) {
  const firm = getFirm(locale);
  const author = article.author ? findAttorney(article.author, locale) : undefined;
  return (
    <ArticleView
      article={article}
      byline={
        author
          ? { name: author.name, href: attorneyPath(author.slug, locale) }
          : { name: firm.name, href: pagePath('about', locale) }
      }
      areas={listPracticeAreas(locale).filter((area) => article.tags.includes(area.slug))}
      related={relatedArticles(article, locale)}
      neighbours={adjacentArticles(article, locale)}
      firm={firm}
      review={reviewOf(article, locale)}
      licence={licenceGap(article.jurisdiction, listAttorneys(locale))}
    >
      {children}
    </ArticleView>
  );
}
