import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-card';
import { PageTitle } from '@/components/page-title';
import { Pagination } from '@/components/pagination';
import { SiteFrame } from '@/components/site-frame';
import { articlePageCount, articlesOnPage } from '@/lib/content';
import { localeParam, pageLocale, type LocaleParams, type StaticParentParams } from '@/lib/i18n/params';
import { articleIndexPath, type Locale } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

export const dynamicParams = false;

type Params = LocaleParams<{ number: string }>;

// Page 1 lives at /articles; this route serves pages 2 and later, of each language's own articles.
// A language with no page 2 still lists "2" (which answers 404): a route that lists nothing is left
// out of the build, and its addresses would get Next.js's bare 404 instead of ours.
export function generateStaticParams({ params }: { params: StaticParentParams }) {
  const pages = Math.max(1, articlePageCount(localeParam(params)) - 1);
  return Array.from({ length: pages }, (_, index) => ({ number: String(index + 2) }));
}

function pageNumber(raw: string, locale: Locale): number | undefined {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 2 && page <= articlePageCount(locale) ? page : undefined;
}

// Page n of one language is not page n of the other: no translation, so no hreflang.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await pageLocale(params);
  const page = pageNumber((await params).number, locale);
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: 'articles' });
  return pageMetadata({
    title: t('pageTitle', { page }),
    description: t('pageDescription', { page, count: articlePageCount(locale) }),
    locale,
    versions: { [locale]: articleIndexPath(page, locale) },
  });
}

export default async function ArticlesPageN({ params }: Params) {
  const locale = await pageLocale(params);
  const page = pageNumber((await params).number, locale);
  if (!page) notFound();
  const t = await getTranslations('articles');
  return (
    <SiteFrame versions={{ [locale]: articleIndexPath(page, locale) }} fallback={(other) => articleIndexPath(1, other)}>
      <PageTitle>{t('pageTitle', { page })}</PageTitle>
      <ArticleList articles={articlesOnPage(page, locale)} />
      <Pagination page={page} pageCount={articlePageCount(locale)} />
    </SiteFrame>
  );
}
