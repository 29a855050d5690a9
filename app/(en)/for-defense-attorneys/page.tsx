import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { PadillaForm } from '@/components/consultation/padilla-form';
import { FirmPage, firmPageMetadata } from '@/components/firm-page';
import { PhoneLink } from '@/components/phone-link';
import { issueFormToken } from '@/lib/consultation/intake/guard';
import { getFormSecret } from '@/lib/consultation/runtime';
import { getFirm } from '@/lib/content';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { requestPadillaConsultation } from './actions';

const FORM_HEADING = 'padilla-form-heading';

export async function generateMetadata({ params }: LocaleParams) {
  return firmPageMetadata('padilla', await pageLocale(params));
}

export default async function DefenseAttorneysPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  // Rendered per request: the form carries the signed time it was served (the spam time trap).
  await connection();
  const t = await getTranslations('defenseForm');
  const firm = getFirm(locale);
  const messages = messagesFor(locale);
  return (
    <FirmPage
      slug="padilla"
      locale={locale}
      lead={
        // A lawyer with a plea tomorrow goes straight to the form, which starts far down the page.
        <p className="mt-6">
          <a href={`#${FORM_HEADING}`} className="button-primary text-xl">
            {t('toForm')} <span aria-hidden="true">↓</span>
          </a>
        </p>
      }
    >
      <section aria-labelledby={FORM_HEADING} className="mt-10">
        <h2 id={FORM_HEADING} className="scroll-mt-4 text-2xl font-bold text-brand-900">
          {t('formHeading')}
        </h2>
        <p className="mt-2 mb-4 max-w-prose text-lg text-slate-700">
          {t.rich('formIntro', { call: () => <PhoneLink firm={firm} label={t('call')} /> })}
        </p>
        {/* Only the form's words travel to the browser. */}
        <NextIntlClientProvider
          messages={{ defenseForm: messages.defenseForm, form: messages.form, sample: messages.sample }}
        >
          <PadillaForm
            firm={{ phone: firm.phone, placeholders: firm.placeholders }}
            action={requestPadillaConsultation}
            formToken={issueFormToken(new Date(), getFormSecret())}
          />
        </NextIntlClientProvider>
      </section>
    </FirmPage>
  );
}
