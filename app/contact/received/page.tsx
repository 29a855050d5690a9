import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Confirmation } from '@/components/consultation/confirmation';
import { REFERENCE_PATTERN } from '@/lib/consultation/reference';
import { getFirm } from '@/lib/content';
import { consultationReceivedPath } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<{ reference?: string | string[]; call?: string | string[] }> };

export const metadata: Metadata = pageMetadata({
  title: 'We have received your request',
  description: 'Your consultation request has reached the firm.',
  path: consultationReceivedPath(),
  noIndex: true,
});

export default async function ConsultationReceivedPage({ searchParams }: Props) {
  const params = await searchParams;
  const reference = Array.isArray(params.reference) ? params.reference[0] : params.reference;
  const callFirst = params.call === 'first';
  if (!reference || !REFERENCE_PATTERN.test(reference)) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold text-green-900 sm:text-4xl">We have received your request</h1>
      <Confirmation reference={reference} firm={getFirm()} callFirst={callFirst} />
    </>
  );
}
