import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-card';
import { Pagination } from '@/components/pagination';
import { SiteFrame } from '@/components/site-frame';
import { articlePageCount, articlesOnPage } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { articleIndexPath } from '@/lib/routes';

const versions = inEveryLocale((locale) => articleIndexPath(1, locale));

export const generateMetadata = translatedPageMetadata('articles', versions);

export default async function ArticlesPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('articles');
  return (
    <SiteFrame versions={versions}>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">{t('intro')}</p>
      <ArticleList articles={articlesOnPage(1, locale)} />
      <Pagination page={1} pageCount={articlePageCount(locale)} />
    </SiteFrame>
  );
}
