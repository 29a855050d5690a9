import { useLocale } from 'next-intl';
import { useId, type ReactNode } from 'react';
import { listGlossary } from '@/lib/content';
import { findTerm } from '@/lib/content/glossary';
import { glossaryPath } from '@/lib/routes';

/**
 * A word linked to its glossary entry, in the page's language. The
 * definition is in the page as text, tied to the link with
 * aria-describedby so a screen reader reads it, and shown on hover or
 * keyboard focus by CSS alone: no JavaScript.
 */
export function Term({ id, children }: { id?: string; children: ReactNode }) {
  const tipId = useId();
  const locale = useLocale();
  const entry = findTerm(listGlossary(locale), id, typeof children === 'string' ? children : '');
  // The content check refuses a <Term> it cannot find; this keeps a page readable all the same.
  if (!entry) return <>{children}</>;
  return (
    <span className="term">
      <a href={glossaryPath(entry.id, locale)} aria-describedby={tipId} className="term-link">
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip">
        {entry.definition}
      </span>
    </span>
  );
}
