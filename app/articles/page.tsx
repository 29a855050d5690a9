import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/article-card';
import { Pagination } from '@/components/pagination';
import { articlePageCount, articlesOnPage } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { articleIndexPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Articles',
  description:
    'Plain-language articles on criminal cases, convictions and immigration for people who are not US citizens.',
  path: articleIndexPath(),
});

export default function ArticlesPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Articles</h1>
      <p className="mt-2 max-w-prose text-lg text-slate-700">
        Plain-language guides to criminal cases and immigration. They are general information, not legal advice.
      </p>
      <ArticleList articles={articlesOnPage(1)} />
      <Pagination page={1} pageCount={articlePageCount()} />
    </>
  );
}
