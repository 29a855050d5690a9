import type { Metadata } from 'next';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { FaqList } from '@/components/faq-list';
import { getFirm, listFaq } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { pagePath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Common questions',
  description:
    'Short, plain answers to the questions non-citizens ask most about criminal cases, convictions and deportation.',
  path: pagePath('faq'),
});

export default function FaqPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Common questions</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">
        Short answers in plain words. They are general information, not legal advice about your case.
      </p>
      <FaqList entries={listFaq()} />
      <ConsultCallToAction firm={getFirm()} heading="Have a question about your own case?" />
    </>
  );
}
