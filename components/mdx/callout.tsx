import type { ReactNode } from 'react';

type CalloutProps = { title?: string; children: ReactNode };

/** A boxed note inside an article, for the one point a reader must not miss. */
export function Callout({ title, children }: CalloutProps) {
  return (
    <div className="not-prose my-6 rounded-lg border-l-4 border-brand-700 bg-brand-50 px-5 py-4 text-lg leading-relaxed text-slate-900">
      {title ? <p className="mb-1 font-bold">{title}</p> : null}
      <div className="[&_a]:text-link space-y-3">{children}</div>
    </div>
  );
}
