'use client';

import { useSyncExternalStore } from 'react';

const nothingToWatch = () => () => {};

/**
 * Opens the browser's print dialog where JavaScript runs; without it (the
 * page as the server sent it), says how to print instead of showing a
 * button that would do nothing.
 */
export function PrintButton({ label, withoutScript }: { label: string; withoutScript: string }) {
  const canPrint = useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
  if (!canPrint) return <p className="text-slate-700">{withoutScript}</p>;
  return (
    <button type="button" onClick={() => window.print()} className="button-primary">
      {label}
    </button>
  );
}
