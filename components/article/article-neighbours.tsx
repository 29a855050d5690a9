import { Link } from '@/components/link';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/routes';

export function ArticleNeighbours({ older, newer }: { older?: Article; newer?: Article }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label="More articles" className="mt-10 grid gap-4 sm:grid-cols-2">
      {older ? (
        <Link
          href={articlePath(older.slug)}
          rel="prev"
          className="block rounded-lg border border-slate-300 p-4 no-underline hover:bg-slate-50"
        >
          <span className="block text-base text-slate-700">← Previous article</span>
          <span className="font-semibold text-brand-800 underline">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link
          href={articlePath(newer.slug)}
          rel="next"
          className="block rounded-lg border border-slate-300 p-4 text-right no-underline hover:bg-slate-50"
        >
          <span className="block text-base text-slate-700">Next article →</span>
          <span className="font-semibold text-brand-800 underline">{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
