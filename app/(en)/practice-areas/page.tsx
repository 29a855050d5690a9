import { getTranslations } from 'next-intl/server';
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
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">{t('intro')}</p>
      <PracticeAreaList areas={listPracticeAreas(locale)} />
    </SiteFrame>
  );
}
