import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { FaqEntry } from '@/lib/content';
import { articlePath } from '@/lib/routes';

/** Questions and short answers; `article` is absent when the linked article is not published. */
export function FaqList({ entries }: { entries: readonly (Omit<FaqEntry, 'article'> & { article?: string })[] }) {
  const t = useTranslations('faq');
  const locale = useLocale();
  return (
    <dl className="mt-8 max-w-prose space-y-8 text-lg">
      {entries.map((entry) => (
        <div key={entry.question}>
          <dt className="text-xl font-bold text-brand-900">{entry.question}</dt>
          <dd className="mt-2">
            {entry.answer}
            {entry.article ? (
              <>
                {' '}
                <Link href={articlePath(entry.article, locale)} className="text-link">
                  {t('readMore')}
                  {/* Said to a screen reader going from link to link, where "Read more" alone says nothing. */}
                  <span className="sr-only">: {entry.question}</span>
                </Link>
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
