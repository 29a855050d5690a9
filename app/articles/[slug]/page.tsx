import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { findArticle, findAttorney, getFirm, lastReviewed, listArticles, listPracticeAreas, relatedArticles } from '@/lib/content';
import { loadArticleBody } from '@/lib/content/bodies';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = findArticle((await params).slug);
  if (!article) return {};
  return { title: article.title, description: article.description, alternates: { canonical: `/articles/${article.slug}` } };
}

export default async function ArticlePage({ params }: Params) {
  const article = findArticle((await params).slug);
  if (!article) notFound();
  const firm = getFirm();
  const Body = await loadArticleBody(article.slug);
  const author = article.author ? findAttorney(article.author) : undefined;
  return (
    <ArticleView
      article={article}
      byline={author?.name ?? firm.name}
      areas={listPracticeAreas().filter((area) => article.tags.includes(area.slug))}
      related={relatedArticles(article)}
      firm={firm}
      reviewed={lastReviewed(article)}
    >
      <Body />
    </ArticleView>
  );
}
