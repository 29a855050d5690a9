import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/routes';

export function ArticleNeighbours({ older, newer }: { older?: Article; newer?: Article }) {
  const t = useTranslations('articles');
  const locale = useLocale();
  if (!older && !newer) return null;
  return (
    <nav aria-label={t('neighbours')} className="mt-10 grid gap-4 sm:grid-cols-2">
      {older ? (
        <Link
          href={articlePath(older.slug, locale)}
          rel="prev"
          className="block rounded-lg border border-slate-300 p-4 no-underline hover:bg-slate-50"
        >
          <span className="block text-base text-slate-700">{t('previous')}</span>
          <span className="font-semibold text-brand-800 underline">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link
          href={articlePath(newer.slug, locale)}
          rel="next"
          className="block rounded-lg border border-slate-300 p-4 text-right no-underline hover:bg-slate-50"
        >
          <span className="block text-base text-slate-700">{t('next')}</span>
          <span className="font-semibold text-brand-800 underline">{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
