import { cookies } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/page-title';
import { ReliefCheck } from '@/components/relief-check/relief-check';
import { SiteFrame } from '@/components/site-frame';
import { getFirm, listAttorneys } from '@/lib/content';
import { admissionsOf } from '@/lib/content/admissions';
import { checkStateAt, PLACE_PARAM, sealedCheckState } from '@/lib/consultation/intake/check-revisit';
import { getFormSecret } from '@/lib/consultation/runtime';
import { messagesFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { START } from '@/lib/relief-check/flow';
import { RELIEF_CHECK_ANCHOR } from '@/lib/relief-check/form-fields';
import { topicLinks } from '@/lib/relief-check/links';
import { pagePath } from '@/lib/routes';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { reliefCheckStep } from './actions';

const versions = inEveryLocale((locale) => pagePath('reliefCheck', locale));

export const generateMetadata = translatedPageMetadata('reliefCheck', versions);

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReliefCheckPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const place = (await searchParams)[PLACE_PARAM];
  // With JavaScript off, every step is a page of its own, shown again from the sealed cookie; the check's own
  // address is its first step (the page Back returns to at the end), the start when there is no cookie.
  const revisited = checkStateAt(typeof place === 'string' ? place : 'step-0', sealedCheckState(await cookies()), {
    secret: getFormSecret(),
    now: new Date(),
    timeZone: getFirm().timeZone,
  });
  const t = await getTranslations('reliefCheck');
  const messages = messagesFor(locale);
  const firm = getFirm(locale);
  return (
    <SiteFrame versions={versions} quickExit>
      <PageTitle intro={t('intro')}>{t('title')}</PageTitle>
      {/* Only the words the check and its consultation form use travel to the browser. */}
      <NextIntlClientProvider
        messages={{
          reliefCheck: messages.reliefCheck,
          form: messages.form,
          sample: messages.sample,
          calendar: messages.calendar,
        }}
      >
        {/* Without JavaScript, each step's redirect comes back to this place on the page (#check). */}
        <div id={RELIEF_CHECK_ANCHOR} className="mt-6 scroll-mt-2">
          <ReliefCheck
            action={reliefCheckStep.bind(null, locale)}
            initialState={revisited ?? START}
            links={topicLinks(locale)}
            firm={{ phone: firm.phone, placeholders: firm.placeholders }}
            admissions={admissionsOf(listAttorneys(locale))}
          />
        </div>
      </NextIntlClientProvider>
    </SiteFrame>
  );
}
