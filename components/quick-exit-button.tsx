'use client';

import { useEffect } from 'react';
import { forgetThisDevice } from '@/lib/device-storage';

function leave(destination: string) {
  forgetThisDevice();
  window.location.replace(destination);
}

/**
 * Leaves for `destination` in place of this page, so Back does not return
 * here, and takes away what the site kept on the device; Esc does the same
 * (its hint is shown only where a fine pointer says there is likely a
 * keyboard). Without JavaScript it is a plain link (the privacy page says
 * what it cannot do, and how to clear the history).
 */
export function QuickExitButton({ destination, label, hint }: { destination: string; label: string; hint: string }) {
  useEffect(() => {
    const leaveOnEscape = (event: KeyboardEvent) => {
      // An Esc that closed something first (the phone menu) is not a request to leave.
      if (event.key === 'Escape' && !event.defaultPrevented) leave(destination);
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
        leave(destination);
      }}
      className="inline-flex min-h-11 min-[24rem]:max-w-[9rem] flex-col justify-center rounded-lg bg-slate-900 px-3 py-1 text-center leading-tight font-semibold text-white no-underline hover:bg-slate-700 sm:max-w-none"
    >
      {label}
      <span className="hidden text-sm font-normal text-slate-200 any-pointer-fine:inline">{hint}</span>
    </a>
  );
}
