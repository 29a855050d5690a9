import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-card';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { PageTitle } from '@/components/page-title';
import { Prose } from '@/components/prose';
import { SiteFrame } from '@/components/site-frame';
import { articlesTagged, findPracticeArea, getFirm, listPracticeAreas } from '@/lib/content';
import { loadPracticeAreaBody } from '@/lib/content/bodies';
import { localeParam, pageLocale, type LocaleParams, type StaticParentParams } from '@/lib/i18n/params';
import { versionsWhere, type PageVersions } from '@/lib/i18n/versions';
import { pageMetadata } from '@/lib/seo/metadata';
import { practiceAreaIndexPath, practiceAreaPath } from '@/lib/routes';

export const dynamicParams = false;

type Params = LocaleParams<{ slug: string }>;

export function generateStaticParams({ params }: { params: StaticParentParams }) {
  return listPracticeAreas(localeParam(params)).map((area) => ({ slug: area.slug }));
}

/** A translated practice area shares the English file name. */
function versionsOf(slug: string): PageVersions {
  return versionsWhere((locale) => (findPracticeArea(slug, locale) ? practiceAreaPath(slug, locale) : undefined));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await pageLocale(params);
  const area = findPracticeArea((await params).slug, locale);
  if (!area) return {};
  return pageMetadata({
    title: area.title,
    description: area.description,
    locale,
    versions: versionsOf(area.slug),
    ownShareImage: true,
  });
}

export default async function PracticeAreaPage({ params }: Params) {
  const locale = await pageLocale(params);
  const area = findPracticeArea((await params).slug, locale);
  if (!area) notFound();
  const t = await getTranslations('practiceAreas');
  const Body = await loadPracticeAreaBody(area.slug, locale);
  return (
    <SiteFrame versions={versionsOf(area.slug)} fallback={practiceAreaIndexPath}>
      <Breadcrumbs
        trail={[
          { name: t('title'), path: practiceAreaIndexPath(locale) },
          { name: area.title, path: practiceAreaPath(area.slug, locale) },
        ]}
      />
      <PageTitle intro={area.description}>{area.title}</PageTitle>
      <div className="mt-6">
        <Prose>
          <Body />
        </Prose>
      </div>
      <ConsultCallToAction firm={getFirm(locale)} />
      <section aria-labelledby="area-articles-heading">
        <h2 id="area-articles-heading" className="text-2xl font-bold text-brand-900">
          {t('articlesAbout', { area: area.title.toLowerCase() })}
        </h2>
        <ArticleList articles={articlesTagged(area.slug, locale)} headingLevel="h3" />
      </section>
    </SiteFrame>
  );
}
