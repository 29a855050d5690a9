import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/page-title';
import { PracticeAreaList } from '@/components/practice-area-list';
import { SiteFrame } from '@/components/site-frame';
import { listPracticeAreas } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { practiceAreaIndexPath } from '@/lib/routes';

const versions = inEveryLocale(practiceAreaIndexPath);

export const generateMetadata = translatedPageMetadata('practiceAreas', versions);

export default async function PracticeAreasPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('practiceAreas');
  return (
    <SiteFrame versions={versions}>
      <PageTitle intro={t('intro')}>{t('title')}</PageTitle>
      <PracticeAreaList areas={listPracticeAreas(locale)} />
    </SiteFrame>
  );
}
