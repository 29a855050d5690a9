'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A message about the form that takes focus where the eye is: whenever
 * `shownFor` changes (JavaScript on), and by autofocus on a page that comes
 * back scrolled to its top, far above the form (JavaScript off). A screen
 * reader announces it either way.
 */
export function FocusedAlert({
  shownFor,
  className,
  labelledBy,
  children,
}: {
  shownFor: unknown;
  className: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [shownFor]);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      aria-labelledby={labelledBy}
      className={className}
    >
      {children}
    </div>
  );
}
