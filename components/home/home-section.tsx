import type { ReactNode } from 'react';

/** A titled band of the home page. */
export function HomeSection({
  id,
  title,
  narrow = false,
  children,
}: {
  id: string;
  title: string;
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`mt-12 ${narrow ? 'max-w-prose' : ''}`}>
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
