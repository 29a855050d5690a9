import type { Metadata } from 'next';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { GlossaryList } from '@/components/glossary-list';
import { JsonLd } from '@/components/json-ld';
import { getFirm, listGlossary } from '@/lib/content';
import { env } from '@/lib/env';
import { pagePath } from '@/lib/routes';
import { definedTermSetJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Words used in criminal and immigration cases',
  description:
    'Plain-language meanings of the legal words in our articles, such as conviction, removal, custody and coram nobis.',
  path: pagePath('glossary'),
});

export default function GlossaryPage() {
  const glossary = listGlossary();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Words used in criminal and immigration cases</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">
        What the legal words in our articles mean, in plain English. They are general explanations, not legal advice
        about your case.
      </p>
      <GlossaryList glossary={glossary} />
      <JsonLd data={definedTermSetJsonLd(glossary, env.SITE_URL)} />
      <ConsultCallToAction firm={getFirm()} heading="Have a question about your own case?" />
    </>
  );
}
