'use client';

import { useEffect, useRef } from 'react';
import type { ConsultationErrors } from '@/lib/consultation/schema';

/** Lists every problem at the top with a link to each field, and takes focus so a screen reader announces it. */
export function ErrorSummary({ errors, labels }: { errors: ConsultationErrors; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-6 rounded-lg border-4 border-red-800 bg-white p-5"
    >
      <h2 id="error-summary-title" className="text-xl font-bold text-red-900">
        Please fix {entries.length === 1 ? 'this problem' : `these ${entries.length} problems`}
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
    </div>
  );
}
