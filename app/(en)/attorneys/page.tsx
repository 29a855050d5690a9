import { getTranslations } from 'next-intl/server';
import { AttorneyList } from '@/components/attorney-list';
import { PageTitle } from '@/components/page-title';
import { SiteFrame } from '@/components/site-frame';
import { listAttorneys } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { attorneyIndexPath } from '@/lib/routes';

const versions = inEveryLocale(attorneyIndexPath);

export const generateMetadata = translatedPageMetadata('attorneys', versions);

export default async function AttorneysPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('attorneys');
  return (
    <SiteFrame versions={versions}>
      <PageTitle>{t('title')}</PageTitle>
      <AttorneyList attorneys={listAttorneys(locale)} />
    </SiteFrame>
  );
}
