import type { Attorney } from '@/lib/content';
import { AttorneyAvatar } from './attorney-avatar';

export function AttorneyProfile({ attorney }: { attorney: Attorney }) {
  const facts: [string, readonly string[]][] = [
    ['Bar admissions', attorney.barAdmissions],
    ['Languages', attorney.languages],
    ['Education', attorney.education],
  ];
  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
      <AttorneyAvatar attorney={attorney} size={128} />
      <div>
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{attorney.name}</h1>
        <p className="mt-1 text-xl text-slate-700">{attorney.role}</p>
        {attorney.placeholder ? (
          <p className="mt-3 rounded-lg bg-amber-50 px-4 py-2 text-base text-amber-900">
            Some details on this page are placeholders until the firm provides them.
          </p>
        ) : null}
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[auto_1fr]">
          {facts
            .filter(([, values]) => values.length > 0)
            .map(([label, values]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd>{values.join('; ')}</dd>
              </div>
            ))}
        </dl>
      </div>
    </div>
  );
}
