import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-card';
import { AttorneyProfile } from '@/components/attorney-profile';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { Prose } from '@/components/prose';
import { articlesBy, findAttorney, listAttorneys } from '@/lib/content';
import { loadAttorneyBody } from '@/lib/content/bodies';
import { env } from '@/lib/env';
import { personJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { attorneyIndexPath, attorneyPath } from '@/lib/routes';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listAttorneys().map((attorney) => ({ slug: attorney.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const attorney = findAttorney((await params).slug);
  if (!attorney) return {};
  return pageMetadata({
    title: attorney.name,
    description: `${attorney.name}, ${attorney.role}. Languages: ${attorney.languages.join(', ')}. Bar admissions, education and articles.`,
    path: attorneyPath(attorney.slug),
    type: 'profile',
  });
}

export default async function AttorneyPage({ params }: Params) {
  const attorney = findAttorney((await params).slug);
  if (!attorney) notFound();
  const Body = await loadAttorneyBody(attorney.slug);
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Attorneys', path: attorneyIndexPath() },
          { name: attorney.name, path: attorneyPath(attorney.slug) },
        ]}
      />
      <JsonLd data={personJsonLd(attorney, env.SITE_URL)} />
      <AttorneyProfile attorney={attorney} />
      <div className="mt-6">
        <Prose>
          <Body />
        </Prose>
      </div>
      <section aria-labelledby="attorney-articles" className="mt-10">
        <h2 id="attorney-articles" className="text-2xl font-bold text-brand-900">
          Articles by {attorney.name}
        </h2>
        <ArticleList articles={articlesBy(attorney.slug)} headingLevel="h3" />
      </section>
    </>
  );
}
