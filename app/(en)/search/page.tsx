import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/page-title';
import { SearchResults } from '@/components/search-results';
import { SearchForm } from '@/components/search-form';
import { SiteFrame } from '@/components/site-frame';
import { getFirm } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/i18n/params';
import { inEveryLocale } from '@/lib/i18n/versions';
import { search } from '@/lib/search';
import { translatedPageMetadata } from '@/lib/seo/metadata';
import { searchPath } from '@/lib/routes';

type Props = LocaleParams & { searchParams: Promise<{ q?: string | string[] }> };

const versions = inEveryLocale((locale) => searchPath(undefined, locale));

export const generateMetadata = translatedPageMetadata('search', versions, { noIndex: true });

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations('search');
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  // The language switch carries the search along: the same words, searched in the other language.
  const switchable = query ? inEveryLocale((other) => searchPath(query, other)) : versions;
  return (
    <SiteFrame versions={switchable}>
      <PageTitle>{t('title')}</PageTitle>
      <div className="mt-4 max-w-prose">
        <SearchForm query={query} id="search-page-query" />
      </div>
      {query ? <SearchResults query={query} hits={search(query, locale)} firm={getFirm(locale)} /> : null}
    </SiteFrame>
  );
}
