import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/routes';

export function ArticleNeighbours({ older, newer }: { older?: Article; newer?: Article }) {
  const t = useTranslations('articles');
  if (!older && !newer) return null;
  return (
    <nav aria-label={t('neighbours')} className="mt-10 grid gap-4 sm:grid-cols-2">
      {/* An empty cell keeps the newer article in the right-hand column. */}
      {older ? <Neighbour article={older} rel="prev" label={t('previous')} /> : <span />}
      {newer ? <Neighbour article={newer} rel="next" label={t('next')} /> : null}
    </nav>
  );
}

function Neighbour({ article, rel, label }: { article: Article; rel: 'prev' | 'next'; label: string }) {
  const locale = useLocale();
  return (
    <Link
      href={articlePath(article.slug, locale)}
      rel={rel}
      className={`block rounded-lg border border-slate-300 p-4 no-underline hover:bg-slate-50 ${rel === 'next' ? 'text-right' : ''}`}
    >
      <span className="block text-base text-slate-700">{label}</span>
      <span className="font-semibold text-brand-800 underline">{article.title}</span>
    </Link>
  );
}
