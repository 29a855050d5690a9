import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import { env } from '@/lib/env';
import { homePath } from '@/lib/routes';
import { breadcrumbJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { JsonLd } from './json-ld';

/** Where a nested page sits, for people and (as BreadcrumbList) for search engines. The last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const t = useTranslations('breadcrumbs');
  const crumbs: Crumb[] = [{ name: t('home'), path: homePath(useLocale()) }, ...trail];
  return (
    <>
      {/* On phones the menu is one tap away, and the page's title comes first on the screen. */}
      <nav aria-label={t('label')} className="mb-4 hidden text-base md:block print:hidden">
        <ol className="flex flex-wrap items-center gap-x-2 text-slate-700">
          {crumbs.map((crumb, index) => (
            <li key={crumb.path} className="flex items-center gap-2">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {index === crumbs.length - 1 ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <Link href={crumb.path} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  {crumb.name}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbJsonLd(crumbs, env.SITE_URL)} />
    </>
  );
}
