import type { ReactNode } from 'react';

/** A page's title and, under it when there is one, the sentence that says what the page is for. */
export function PageTitle({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{children}</h1>
      {intro ? <p className="mt-3 max-w-prose text-lg text-slate-700">{intro}</p> : null}
    </>
  );
}
