import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Confirmation } from '@/components/consultation/confirmation';
import { SiteFrame } from '@/components/site-frame';
import { openReceipt, RECEIPT_COOKIE } from '@/lib/consultation/intake/receipt';
import { REFERENCE_PATTERN } from '@/lib/consultation/intake/reference';
import { getFormSecret } from '@/lib/consultation/runtime';
import { getFirm } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { consultationReceivedPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = LocaleParams & {
  searchParams: Promise<{ reference?: string | string[]; call?: string | string[]; request?: string | string[] }>;
};

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'received' });
  return pageMetadata({
    title: t('title'),
    description: t('description'),
    locale,
    versions: { [locale]: consultationReceivedPath(undefined, {}, locale) },
    noIndex: true,
  });
}

export default async function ConsultationReceivedPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const reference = Array.isArray(query.reference) ? query.reference[0] : query.reference;
  const call = query.call === 'now' ? 'now' : query.call === 'first' ? 'first' : undefined;
  const request = query.request === 'padilla' ? 'padilla' : 'consultation';
  if (!reference || !REFERENCE_PATTERN.test(reference)) notFound();
  const t = await getTranslations('received');
  // What the person typed is shown back only from the encrypted cookie the form's action set, never from the address.
  const receipt = openReceipt((await cookies()).get(RECEIPT_COOKIE)?.value, reference, getFormSecret(), new Date());
  return (
    // The language switch leads to the same confirmation, reference kept, in the other language.
    <SiteFrame versions={inEveryLocale((other) => consultationReceivedPath(reference, { call, request }, other))}>
      <h1 className="text-3xl font-bold text-green-900 sm:text-4xl">
        {request === 'padilla' ? t('padilla.title') : t('title')}
      </h1>
      <Confirmation reference={reference} firm={getFirm(locale)} call={call} receipt={receipt} request={request} />
    </SiteFrame>
  );
}
