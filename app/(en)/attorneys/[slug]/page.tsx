import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-card';
import { AttorneyProfile } from '@/components/attorney-profile';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { Prose } from '@/components/prose';
import { SiteFrame } from '@/components/site-frame';
import { articlesBy, findAttorney, listAttorneys } from '@/lib/content';
import { contentFolder } from '@/lib/content/load';
import { loadAttorneyBody } from '@/lib/content/bodies';
import { env } from '@/lib/env';
import { localeParam, pageLocale, type LocaleParams, type StaticParentParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { personJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { attorneyIndexPath, attorneyPath } from '@/lib/routes';

export const dynamicParams = false;

type Params = LocaleParams<{ slug: string }>;

// Every attorney has a page in every language: the facts are the same, and a missing translation shows the English biography.
export function generateStaticParams({ params }: { params: StaticParentParams }) {
  return listAttorneys(localeParam(params)).map((attorney) => ({ slug: attorney.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await pageLocale(params);
  const attorney = findAttorney((await params).slug, locale);
  if (!attorney) return {};
  const t = await getTranslations({ locale, namespace: 'attorneys' });
  return pageMetadata({
    title: attorney.name,
    description: t('profileDescription', {
      name: attorney.name,
      role: attorney.role,
      languages: attorney.languages.join(', '),
    }),
    locale,
    versions: inEveryLocale((other) => attorneyPath(attorney.slug, other)),
    type: 'profile',
    ownShareImage: true,
  });
}

export default async function AttorneyPage({ params }: Params) {
  const locale = await pageLocale(params);
  const attorney = findAttorney((await params).slug, locale);
  if (!attorney) notFound();
  const t = await getTranslations('attorneys');
  const Body = await loadAttorneyBody(attorney);
  const biographyInEnglish = locale !== 'en' && !attorney.file.startsWith(`${contentFolder(locale)}/`);
  return (
    <SiteFrame versions={inEveryLocale((other) => attorneyPath(attorney.slug, other))}>
      <Breadcrumbs
        trail={[
          { name: t('title'), path: attorneyIndexPath(locale) },
          { name: attorney.name, path: attorneyPath(attorney.slug, locale) },
        ]}
      />
      <JsonLd data={personJsonLd(attorney, env.SITE_URL, locale)} />
      <AttorneyProfile attorney={attorney} />
      <div className="mt-6">
        {biographyInEnglish ? <p className="mb-2 text-base text-slate-700">{t('untranslated')}</p> : null}
        <div lang={biographyInEnglish ? 'en' : undefined}>
          <Prose>
            <Body />
          </Prose>
        </div>
      </div>
      <section aria-labelledby="attorney-articles" className="mt-10">
        <h2 id="attorney-articles" className="text-2xl font-bold text-brand-900">
          {t('articlesBy', { name: attorney.name })}
        </h2>
        <ArticleList articles={articlesBy(attorney.slug, locale)} headingLevel="h3" />
      </section>
    </SiteFrame>
  );
}
