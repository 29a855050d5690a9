import { getTranslations } from 'next-intl/server';
import { LanguageHelpList } from '@/components/language-help-list';
import { PageTitle } from '@/components/page-title';
import { SiteFrame } from '@/components/site-frame';
import { getContent } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { pagePath } from '@/lib/routes';
import { translatedPageMetadata } from '@/lib/seo/metadata';

const versions = inEveryLocale((locale) => pagePath('languageHelp', locale));

export const generateMetadata = translatedPageMetadata('languageHelp', versions);

export default async function LanguageHelpPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('languageHelp');
  const { firm, languageHelp } = getContent(locale);
  return (
    <SiteFrame versions={versions}>
      <PageTitle intro={t('intro')}>{t('title')}</PageTitle>
      <LanguageHelpList help={languageHelp} firm={firm} />
    </SiteFrame>
  );
}
