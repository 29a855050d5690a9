import type { ReactNode } from 'react';

/** Readable typography for MDX bodies: large text, short lines, underlined links. */
export function Prose({ children }: { children: ReactNode }) {
  return (
    <div className="prose prose-lg prose-slate max-w-prose prose-headings:scroll-mt-4 prose-h2:text-brand-900 prose-a:text-brand-700 prose-a:underline prose-headings:prose-a:text-inherit prose-headings:prose-a:no-underline prose-table:text-base">
      {children}
    </div>
  );
}
