import { useLocale, useTranslations } from 'next-intl';
import type { Attorney } from '@/lib/content';
import { federalCourtName } from '@/lib/content/federal-courts';
import { stateName } from '@/lib/content/states';
import type { AttorneyFact } from '@/lib/content/schema';
import { AttorneyAvatar } from './attorney-avatar';
import { PageTitle } from './page-title';
import { MaybeSample } from './sample-mark';

export function AttorneyProfile({ attorney }: { attorney: Attorney }) {
  const t = useTranslations('attorneys');
  const tSample = useTranslations('sample');
  const locale = useLocale();
  const sample = (fact: AttorneyFact) => attorney.placeholders.includes(fact);
  const facts: [string, AttorneyFact, readonly string[]][] = [
    // Where a lawyer may practise matters to a reader choosing one (ABA Model Rules 5.5 and 7.1).
    [t('licensedIn'), 'barAdmissions', attorney.barAdmissions.map((code) => stateName(code, locale))],
    [t('federalCourts'), 'federalCourts', attorney.federalCourts.map((court) => federalCourtName(court, locale))],
    [t('languages'), 'languages', attorney.languages],
    [t('education'), 'education', attorney.education],
  ];
  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <AttorneyAvatar attorney={attorney} size={128} />
      <div>
        <PageTitle>
          {attorney.name}
          <MaybeSample sample={sample('name')} />
        </PageTitle>
        <p className="mt-1 text-xl text-slate-700">
          {attorney.role}
          <MaybeSample sample={sample('role')} />
        </p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[auto_1fr]">
          {facts
            .filter(([, , values]) => values.length > 0)
            .map(([label, fact, values]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>
                  {values.join('; ')}
                  <MaybeSample sample={sample(fact)} />
                </dd>
              </div>
            ))}
        </dl>
        {sample('biography') ? (
          <p className="mt-4 rounded-lg bg-amber-50 px-4 py-2 text-base text-amber-950">{tSample('biography')}</p>
        ) : null}
      </div>
    </div>
  );
}
