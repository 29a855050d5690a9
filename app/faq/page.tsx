import type { Metadata } from 'next';
import Link from 'next/link';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { getFirm, listFaq } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Common questions',
  description: 'Short, plain answers to the questions non-citizens ask most about criminal cases, convictions and deportation.',
  path: '/faq',
});

export default function FaqPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Common questions</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">
        Short answers in plain words. They are general information, not legal advice about your case.
      </p>
      <dl className="mt-8 max-w-prose space-y-8 text-lg">
        {listFaq().map((entry) => (
          <div key={entry.question}>
            <dt className="text-xl font-bold text-brand-900">{entry.question}</dt>
            <dd className="mt-2">
              {entry.answer}
              {entry.article ? (
                <>
                  {' '}
                  <Link href={`/articles/${entry.article}`} className="text-link">
                    Read more
                  </Link>
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <ConsultCallToAction firm={getFirm()} heading="Have a question about your own case?" />
    </>
  );
}
