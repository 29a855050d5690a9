import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleOnSite } from '@/components/article/article-on-site';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { SiteFrame } from '@/components/site-frame';
import {
  articleInLanguage,
  findArticle,
  findAttorney,
  getFirm,
  lastUpdated,
  listArticles,
  type Article,
} from '@/lib/content';
import { loadArticleBody } from '@/lib/content/bodies';
import { currentReview } from '@/lib/content/review';
import { env } from '@/lib/env';
import { localeParam, pageLocale, type LocaleParams, type StaticParentParams } from '@/lib/i18n/params';
import { versionsWhere, type PageVersions } from '@/lib/i18n/versions';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { articleIndexPath, articlePath, type Locale } from '@/lib/routes';

export const dynamicParams = false;

type Params = LocaleParams<{ slug: string }>;

export function generateStaticParams({ params }: { params: StaticParentParams }) {
  return listArticles(localeParam(params)).map((article) => ({ slug: article.slug }));
}

/** This article in each language it is published in. */
function versionsOf(article: Article): PageVersions {
  return versionsWhere((locale) => {
    const version = articleInLanguage(article, locale);
    return version && articlePath(version.slug, locale);
  });
}

async function articleFor(params: Params['params']): Promise<{ article: Article | undefined; locale: Locale }> {
  const locale = await pageLocale(params);
  return { article: findArticle((await params).slug, locale), locale };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { article, locale } = await articleFor(params);
  if (!article) return {};
  return pageMetadata({
    title: article.title,
    description: article.description,
    locale,
    versions: versionsOf(article),
    type: 'article',
    publishedTime: article.date,
    modifiedTime: lastUpdated(article),
    ownShareImage: true,
  });
}

export default async function ArticlePage({ params }: Params) {
  const { article, locale } = await articleFor(params);
  if (!article) notFound();
  const t = await getTranslations('articles');
  const firm = getFirm(locale);
  const Body = await loadArticleBody(article.slug, locale);
  const author = article.author ? findAttorney(article.author, locale) : undefined;
  const review = currentReview(article);
  const reviewer = review && findAttorney(review.reviewedBy, locale);
  return (
    <SiteFrame versions={versionsOf(article)} fallback={(other) => articleIndexPath(1, other)}>
      <Breadcrumbs
        trail={[
          { name: t('title'), path: articleIndexPath(1, locale) },
          { name: article.title, path: articlePath(article.slug, locale) },
        ]}
      />
      <JsonLd data={blogPostingJsonLd(article, { author, reviewer }, firm, env.SITE_URL, locale)} />
      <ArticleOnSite article={article} locale={locale}>
        <Body />
      </ArticleOnSite>
    </SiteFrame>
  );
}
