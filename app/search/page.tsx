import type { Metadata } from 'next';
import { SearchResults } from '@/components/search-results';
import { SearchForm } from '@/components/search-form';
import { getFirm } from '@/lib/content';
import { search } from '@/lib/search';
import { pageMetadata } from '@/lib/seo/metadata';
import { searchPath } from '@/lib/routes';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search the articles and practice areas of the firm by any word, such as a charge, a form or a law.',
  path: searchPath(),
  noIndex: true,
});

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Search</h1>
      <div className="mt-4 max-w-prose">
        <SearchForm query={query} id="search-page-query" />
      </div>
      {query ? <SearchResults query={query} hits={search(query)} firm={getFirm()} /> : null}
    </>
  );
}
