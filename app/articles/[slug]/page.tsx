import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { reviewOf } from '@/components/article/review-line';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import {
  adjacentArticles,
  findArticle,
  findAttorney,
  getFirm,
  lastUpdated,
  listArticles,
  listPracticeAreas,
  relatedArticles,
} from '@/lib/content';
import { loadArticleBody } from '@/lib/content/bodies';
import { env } from '@/lib/env';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { articleIndexPath, articlePath, attorneyPath, pagePath } from '@/lib/routes';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = findArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    path: articlePath(article.slug),
    type: 'article',
    publishedTime: article.date,
    modifiedTime: lastUpdated(article),
  });
}

export default async function ArticlePage({ params }: Params) {
  const article = findArticle((await params).slug);
  if (!article) notFound();
  const firm = getFirm();
  const Body = await loadArticleBody(article.slug);
  const author = article.author ? findAttorney(article.author) : undefined;
  const reviewer = article.reviewedBy ? findAttorney(article.reviewedBy) : undefined;
  const review = reviewOf(article);
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Articles', path: articleIndexPath() },
          { name: article.title, path: articlePath(article.slug) },
        ]}
      />
      <JsonLd data={blogPostingJsonLd(article, { author, reviewer }, firm, env.SITE_URL)} />
      <ArticleView
        article={article}
        byline={
          author ? { name: author.name, href: attorneyPath(author.slug) } : { name: firm.name, href: pagePath('about') }
        }
        areas={listPracticeAreas().filter((area) => article.tags.includes(area.slug))}
        related={relatedArticles(article)}
        neighbours={adjacentArticles(article)}
        firm={firm}
        review={review}
      >
        <Body />
      </ArticleView>
    </>
  );
}
