import { useLocale, useTranslations } from 'next-intl';
import { CardLink } from '@/components/card-link';
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
              <CardLink href={attorneyPath(attorney.slug, locale)}>{attorney.name}</CardLink>
            </h2>
            <p className="text-slate-700">{attorney.role}</p>
            <p className="text-slate-700">{t('speaks', { languages: inWords(attorney.languages, locale) })}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
