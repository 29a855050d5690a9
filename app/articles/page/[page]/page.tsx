import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-card';
import { Pagination } from '@/components/pagination';
import { articlePageCount, articlesOnPage } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/metadata';
import { articleIndexPath } from '@/lib/routes';

type Params = { params: Promise<{ page: string }> };

export const dynamicParams = false;

// Page 1 lives at /articles; this route serves pages 2 and later.
export function generateStaticParams() {
  return Array.from({ length: articlePageCount() - 1 }, (_, index) => ({ page: String(index + 2) }));
}

function pageNumber(raw: string): number | undefined {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 2 && page <= articlePageCount() ? page : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = pageNumber((await params).page);
  if (!page) return {};
  return pageMetadata({
    title: `Articles, page ${page}`,
    description: `Older plain-language articles on criminal cases and immigration, page ${page} of ${articlePageCount()}.`,
    path: articleIndexPath(page),
  });
}

export default async function ArticlesPageN({ params }: Params) {
  const page = pageNumber((await params).page);
  if (!page) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">Articles, page {page}</h1>
      <ArticleList articles={articlesOnPage(page)} />
      <Pagination page={page} pageCount={articlePageCount()} />
    </>
  );
}
