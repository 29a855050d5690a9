import { useLocale, useTranslations } from 'next-intl';
import { CardLink } from '@/components/card-link';
import { Link } from '@/components/link';
import type { Firm } from '@/lib/content';
import type { SearchHit } from '@/lib/search';
import { PhoneLink } from './phone-link';
import { pagePath } from '@/lib/routes';

export function SearchResults({ query, hits, firm }: { query: string; hits: readonly SearchHit[]; firm: Firm }) {
  const t = useTranslations('search');
  const locale = useLocale();
  return (
    <section aria-labelledby="results-heading" className="mt-8 max-w-prose">
      <h2 id="results-heading" className="text-xl font-bold" aria-live="polite">
        {hits.length === 0 ? t('noResults', { query }) : t('results', { count: hits.length, query })}
      </h2>
      {hits.length === 0 ? (
        <div className="mt-2 text-lg">
          <p>{t('tryAnother')}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <Link href={pagePath('detained', locale)} className="text-link">
                {t('detained')}
              </Link>
            </li>
            <li>
              <Link href={pagePath('faq', locale)} className="text-link">
                {t('questions')}
              </Link>
            </li>
            <li>
              <PhoneLink firm={firm} label={t('callUs')} /> {t('or')}{' '}
              <Link href={pagePath('contact', locale)} className="text-link">
                {t('askDirectly')}
              </Link>
            </li>
          </ul>
        </div>
      ) : (
        <ol className="mt-4 space-y-6">
          {hits.map((hit) => (
            <li key={hit.url}>
              <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t(`kinds.${hit.kind}`)}</p>
              <h3 className="text-xl font-bold">
                <CardLink href={hit.url}>{hit.title}</CardLink>
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
