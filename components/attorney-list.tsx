import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/components/link';
import type { Attorney } from '@/lib/content';
import { AttorneyAvatar } from './attorney-avatar';
import { attorneyPath } from '@/lib/routes';
import { inWords } from './firm-facts';

export function AttorneyList({ attorneys }: { attorneys: readonly Attorney[] }) {
  const t = useTranslations('attorneys');
  const locale = useLocale();
  return (
    <ul className="mt-8 grid gap-6 sm:grid-cols-2">
      {attorneys.map((attorney) => (
        <li key={attorney.slug} className="flex items-center gap-4 rounded-xl border border-slate-200 p-5">
          <AttorneyAvatar attorney={attorney} size={72} />
          <div>
            <h2 className="text-xl font-bold">
              <Link
                href={attorneyPath(attorney.slug, locale)}
                className="inline-flex min-h-11 items-center text-brand-800 underline-offset-4 hover:underline"
              >
                {attorney.name}
              </Link>
            </h2>
            <p className="text-slate-700">{attorney.role}</p>
            <p className="text-slate-700">{t('speaks', { languages: inWords(attorney.languages, locale) })}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
