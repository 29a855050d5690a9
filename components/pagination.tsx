import { Link } from '@/components/link';
import { articleIndexPath } from '@/lib/routes';

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages of articles" className="mt-8 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={articleIndexPath(page - 1)} rel="prev" className="button-secondary">
          ← Newer articles
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={articleIndexPath(page + 1)} rel="next" className="button-secondary">
          Older articles →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
