import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ReliefCheck, type ArticleLink } from '@/components/relief-check/relief-check';
import { SiteFrame } from '@/components/site-frame';
import { articleInLanguage, findArticle, findPage, getFirm } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { RULES, type TopicId } from '@/lib/relief-check/rules';
import { DEFAULT_LOCALE, articlePath, pagePath, type Locale } from '@/lib/routes';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { reliefCheckStep } from './actions';

const versions = inEveryLocale((locale) => pagePath('reliefCheck', locale));

export const generateMetadata = translatedPageMetadata('reliefCheck', versions);

/** The page that explains each topic, in the reader's language, or in English (marked so) when it has no translation yet. */
function topicArticles(locale: Locale): Partial<Record<TopicId, ArticleLink>> {
  return Object.fromEntries(
    RULES.flatMap((rule) => {
      if ('page' in rule.explainedIn) {
        const page = findPage(rule.explainedIn.page, locale);
        return [[rule.id, { title: page.title, href: pagePath(rule.explainedIn.page, locale) }]];
      }
      const english = findArticle(rule.explainedIn.article);
      if (!english) return [];
      const translated = articleInLanguage(english, locale);
      const link: ArticleLink = translated
        ? { title: translated.title, href: articlePath(translated.slug, locale) }
        : { title: english.title, href: articlePath(english.slug), lang: DEFAULT_LOCALE };
      return [[rule.id, link]];
    }),
  );
}

export default async function ReliefCheckPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations('reliefCheck');
  const messages = messagesFor(locale);
  const firm = getFirm(locale);
  return (
    <SiteFrame versions={versions}>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t('title')}</h1>
      <p className="mt-3 mb-6 max-w-prose text-lg text-slate-700">{t('intro')}</p>
      {/* Only the words the check and its consultation form use travel to the browser. */}
      <NextIntlClientProvider
        messages={{ reliefCheck: messages.reliefCheck, form: messages.form, sample: messages.sample }}
      >
        <ReliefCheck
          action={reliefCheckStep}
          articles={topicArticles(locale)}
          firm={{ phone: firm.phone, placeholders: firm.placeholders }}
        />
      </NextIntlClientProvider>
    </SiteFrame>
  );
}
