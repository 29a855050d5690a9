import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import { PageTitle } from '@/components/page-title';
import { PhoneLink } from '@/components/phone-link';
import { SearchForm } from '@/components/search-form';
import type { Firm } from '@/lib/content';
import { articleIndexPath, pagePath, practiceAreaIndexPath } from '@/lib/routes';

/** What the 404 page says in its language: what happened, search, and the ways on, the detention page first. */
export function NotFoundContent({ firm }: { firm: Firm }) {
  const t = useTranslations('notFound');
  const locale = useLocale();
  return (
    <div className="max-w-prose text-lg">
      <PageTitle intro={t('text')}>{t('title')}</PageTitle>
      <div className="mt-4">
        <SearchForm id="not-found-search" />
      </div>
      <p className="mt-6">{t('goTo')}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>
          <Link href={pagePath('detained', locale)} className="text-link font-semibold">
            {t('detained')}
          </Link>
        </li>
        <li>
          <Link href={articleIndexPath(1, locale)} className="text-link">
            {t('articles')}
          </Link>
        </li>
        <li>
          <Link href={practiceAreaIndexPath(locale)} className="text-link">
            {t('practiceAreas')}
          </Link>
        </li>
        <li>
          {t('talk')} <PhoneLink firm={firm} /> {t('or')}{' '}
          <Link href={pagePath('contact', locale)} className="text-link">
            {t('consultation')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
