import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { ConsultationForm } from '@/components/consultation/consultation-form';
import { ContactFacts } from '@/components/contact-facts';
import { PageTitle } from '@/components/page-title';
import { PhoneLink } from '@/components/phone-link';
import { SiteFrame } from '@/components/site-frame';
import { issueFormToken } from '@/lib/consultation/intake/guard';
import { getFormSecret } from '@/lib/consultation/runtime';
import { getFirm, listAttorneys } from '@/lib/content';
import { admissionsOf } from '@/lib/content/admissions';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { requestConsultation } from './actions';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { pagePath } from '@/lib/routes';

const versions = inEveryLocale((locale) => pagePath('contact', locale));

export const generateMetadata = translatedPageMetadata('contact', versions);

export default async function ContactPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  // Rendered per request: the form carries the signed time it was served (the spam time trap).
  await connection();
  const t = await getTranslations('contact');
  const firm = getFirm(locale);
  return (
    <SiteFrame versions={versions} quickExit>
      <PageTitle>{t('heading', { firm: firm.name })}</PageTitle>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="form-heading">
          <h2 id="form-heading" className="text-2xl font-bold text-brand-900">
            {t('formHeading')}
          </h2>
          <p className="mt-2 mb-4 max-w-prose text-lg text-slate-700">
            {t.rich('intro', { call: () => <PhoneLink firm={firm} label={t('call')} /> })}
          </p>
          {/* The form's words only (and the sample mark its phone link may carry): the rest of the page ships no messages to the browser. */}
          <NextIntlClientProvider messages={{ form: messagesFor(locale).form, sample: messagesFor(locale).sample }}>
            <ConsultationForm
              // Only what the form shows travels to the browser, not the whole firm.
              firm={{ phone: firm.phone, placeholders: firm.placeholders }}
              submit={{ action: requestConsultation }}
              formToken={issueFormToken(new Date(), getFormSecret())}
              admissions={admissionsOf(listAttorneys(locale))}
            />
          </NextIntlClientProvider>
        </section>
        <ContactFacts firm={firm} />
      </div>
    </SiteFrame>
  );
}
