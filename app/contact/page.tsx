import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ConsultationForm } from '@/components/consultation/consultation-form';
import { ContactFacts } from '@/components/contact-facts';
import { PhoneLink } from '@/components/phone-link';
import { issueFormToken } from '@/lib/consultation/guard';
import { getFormSecret } from '@/lib/consultation/runtime';
import { getFirm } from '@/lib/content';
import { requestConsultation } from './actions';
import { pageMetadata } from '@/lib/seo/metadata';
import { pagePath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Contact and consultation requests',
  description:
    'Ask for a consultation about a criminal case, a conviction or deportation. Tell us briefly what happened and we will contact you.',
  path: pagePath('contact'),
});

export default async function ContactPage() {
  // Rendered per request: the form carries the signed time it was served (the spam time trap).
  await connection();
  const firm = getFirm();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Contact {firm.name}</h1>
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="form-heading">
          <h2 id="form-heading" className="text-2xl font-bold text-brand-900">
            Request a consultation
          </h2>
          <p className="mt-2 mb-4 max-w-prose text-lg text-slate-700">
            Answer a few questions so the right person can call you back. All fields are required unless they say
            optional. If someone is detained now, <PhoneLink firm={firm} label="call" /> instead.
          </p>
          <ConsultationForm action={requestConsultation} formToken={issueFormToken(new Date(), getFormSecret())} />
        </section>
        <ContactFacts firm={firm} />
      </div>
    </>
  );
}
