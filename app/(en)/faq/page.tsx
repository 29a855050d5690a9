import { getTranslations } from 'next-intl/server';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { FaqList } from '@/components/faq-list';
import { PageTitle } from '@/components/page-title';
import { SiteFrame } from '@/components/site-frame';
import { getFirm, listFaq } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { pagePath } from '@/lib/routes';

const versions = inEveryLocale((locale) => pagePath('faq', locale));

export const generateMetadata = translatedPageMetadata('faq', versions);

export default async function FaqPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('faq');
  return (
    <SiteFrame versions={versions}>
      <PageTitle intro={t('intro')}>{t('title')}</PageTitle>
      <FaqList entries={listFaq(locale)} />
      <ConsultCallToAction firm={getFirm(locale)} ownCase />
    </SiteFrame>
  );
}
