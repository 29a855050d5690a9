import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-card';
import { PageTitle } from '@/components/page-title';
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
      <PageTitle intro={t('intro')}>{t('title')}</PageTitle>
      <ArticleList articles={articlesOnPage(1, locale)} />
      <Pagination page={1} pageCount={articlePageCount(locale)} />
    </SiteFrame>
  );
}
