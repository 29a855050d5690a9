import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-card';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConsultCallToAction } from '@/components/consult-call-to-action';
import { Prose } from '@/components/prose';
import { articlesTagged, findPracticeArea, getFirm, listPracticeAreas } from '@/lib/content';
import { loadPracticeAreaBody } from '@/lib/content/bodies';
import { pageMetadata } from '@/lib/seo/metadata';
import { practiceAreaIndexPath, practiceAreaPath } from '@/lib/routes';

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listPracticeAreas().map((area) => ({ slug: area.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const area = findPracticeArea((await params).slug);
  if (!area) return {};
  return pageMetadata({ title: area.title, description: area.description, path: practiceAreaPath(area.slug) });
}

export default async function PracticeAreaPage({ params }: Params) {
  const area = findPracticeArea((await params).slug);
  if (!area) notFound();
  const Body = await loadPracticeAreaBody(area.slug);
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Practice areas', path: practiceAreaIndexPath() },
          { name: area.title, path: practiceAreaPath(area.slug) },
        ]}
      />
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{area.title}</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">{area.description}</p>
      <div className="mt-6">
        <Prose>
          <Body />
        </Prose>
      </div>
      <ConsultCallToAction firm={getFirm()} />
      <section aria-labelledby="area-articles-heading">
        <h2 id="area-articles-heading" className="text-2xl font-bold text-brand-900">
          Articles about {area.title.toLowerCase()}
        </h2>
        <ArticleList articles={articlesTagged(area.slug)} headingLevel="h3" />
      </section>
    </>
  );
}
