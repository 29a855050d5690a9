import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import type { SearchHit } from '@/lib/search';
import { PhoneLink } from './phone-link';
import { pagePath } from '@/lib/routes';

export function SearchResults({ query, hits, firm }: { query: string; hits: readonly SearchHit[]; firm: Firm }) {
  return (
    <section aria-labelledby="results-heading" className="mt-8 max-w-prose">
      <h2 id="results-heading" className="text-xl font-bold" aria-live="polite">
        {hits.length === 0
          ? `No results for “${query}”`
          : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`}
      </h2>
      {hits.length === 0 ? (
        <div className="mt-2 text-lg">
          <p>Try a shorter or different word, such as “plea”, “pardon” or “2255”. Or go straight to:</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href={pagePath('detained')} className="text-link">
                Someone detained? What to do now
              </Link>
            </li>
            <li>
              <Link href={pagePath('faq')} className="text-link">
                Common questions
              </Link>
            </li>
            <li>
              <PhoneLink firm={firm} label="Call us:" /> or{' '}
              <Link href={pagePath('contact')} className="text-link">
                ask us directly
              </Link>
            </li>
          </ul>
        </div>
      ) : (
        <ol className="mt-4 space-y-6">
          {hits.map((hit) => (
            <li key={hit.url}>
              <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{hit.kind}</p>
              <h3 className="text-xl font-bold">
                <Link
                  href={hit.url}
                  className="inline-flex min-h-11 items-center text-brand-800 underline-offset-4 hover:underline"
                >
                  {hit.title}
                </Link>
              </h3>
              <p className="mt-1 text-slate-800">
                {hit.excerpt.map((part, index) =>
                  part.match ? (
                    <mark key={index} className="rounded bg-yellow-200 px-0.5 text-slate-900">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
