import { getTranslations } from 'next-intl/server';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { GlossaryList } from '@/components/glossary-list';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { SiteFrame } from '@/components/site-frame';
import { getFirm, listGlossary } from '@/lib/content';
import { env } from '@/lib/env';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { pagePath } from '@/lib/routes';
import { definedTermSetJsonLd } from '@/lib/seo/json-ld';
import { translatedPageMetadata } from '@/lib/seo/metadata';

const versions = inEveryLocale((locale) => pagePath('glossary', locale));

export const generateMetadata = translatedPageMetadata('glossary', versions);

export default async function GlossaryPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('glossary');
  const glossary = listGlossary(locale);
  return (
    <SiteFrame versions={versions}>
      <PageTitle intro={t('intro')}>{t('title')}</PageTitle>
      <GlossaryList glossary={glossary} />
      <JsonLd data={definedTermSetJsonLd(glossary, t('title'), env.SITE_URL, locale)} />
      <ConsultCallToAction firm={getFirm(locale)} ownCase />
    </SiteFrame>
  );
}
