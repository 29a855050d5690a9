import type { Metadata } from 'next';
import { findPage } from '@/lib/content';
import { loadPageBody } from '@/lib/content/bodies';
import { Prose } from './prose';
import { pageMetadata } from '@/lib/seo/metadata';

/** Metadata for a firm page read from content/pages/<slug>.mdx. */
export function firmPageMetadata(slug: string): Metadata {
  const page = findPage(slug);
  return pageMetadata({ title: page.title, description: page.description, path: `/${slug}` });
}

/** A firm page (about, privacy, disclaimer): its MDX under its title. */
export async function FirmPage({ slug }: { slug: string }) {
  const page = findPage(slug);
  const Body = await loadPageBody(slug);
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{page.title}</h1>
      <p className="mt-3 max-w-prose text-lg text-slate-700">{page.description}</p>
      <div className="mt-6">
        <Prose>
          <Body />
        </Prose>
      </div>
    </>
  );
}
