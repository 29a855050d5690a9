import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import { articleIndexPath } from '@/lib/routes';

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useTranslations('articles');
  const locale = useLocale();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={articleIndexPath(page - 1, locale)} rel="prev" className="button-secondary">
          {t('newer')}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">{t('pageOf', { page, count: pageCount })}</p>
      {page < pageCount ? (
        <Link href={articleIndexPath(page + 1, locale)} rel="next" className="button-secondary">
          {t('older')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
