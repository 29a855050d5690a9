'use client';

import { useTranslations } from 'next-intl';
import { FocusedAlert } from './focused-alert';

/** Lists every problem at the top with a link to each field, and takes focus so a screen reader announces it. */
export function ErrorSummary({
  errors,
  labels,
}: {
  /** Each field's problem, already in the reader's language. */
  errors: Readonly<Record<string, string | undefined>>;
  labels: Readonly<Record<string, string>>;
}) {
  const t = useTranslations('form');
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (entries.length === 0) return null;
  return (
    <FocusedAlert
      shownFor={errors}
      labelledBy="error-summary-title"
      className="mb-6 rounded-lg border-4 border-red-800 bg-white p-5"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-red-900">
        {t('summary', { count: entries.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`} className="font-semibold text-red-800 underline">
              {labels[field] ? `${labels[field]}: ` : ''}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </FocusedAlert>
  );
}
