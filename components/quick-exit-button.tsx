'use client';

import { useEffect } from 'react';

/**
 * Leaves for `destination` in place of this page, so Back does not return
 * here; Esc does the same. Without JavaScript it is a plain link (the
 * privacy page says how to clear the history then).
 */
export function QuickExitButton({ destination, label, hint }: { destination: string; label: string; hint: string }) {
  useEffect(() => {
    const leaveOnEscape = (event: KeyboardEvent) => {
      // An Esc that closed something first (the phone menu) is not a request to leave.
      if (event.key === 'Escape' && !event.defaultPrevented) window.location.replace(destination);
    };
    window.addEventListener('keydown', leaveOnEscape);
    return () => window.removeEventListener('keydown', leaveOnEscape);
  }, [destination]);
  return (
    <a
      href={destination}
      rel="noreferrer"
      data-quick-exit
      onClick={(event) => {
        event.preventDefault();
        window.location.replace(destination);
      }}
      className="inline-flex min-h-11 flex-col justify-center rounded-lg bg-slate-900 px-3 py-1 text-center leading-tight font-semibold text-white no-underline hover:bg-slate-700"
    >
      {label}
      <span className="text-sm font-normal text-slate-200">{hint}</span>
    </a>
  );
}
