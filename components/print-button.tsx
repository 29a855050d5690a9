'use client';

/**
 * Opens the browser's print dialog. Where JavaScript does not run it is
 * hidden and `withoutScript` says how to print instead
 * (components/needs-script.tsx), so no button does nothing.
 */
export function PrintButton({ label, withoutScript }: { label: string; withoutScript: string }) {
  return (
    <>
      <button type="button" data-needs-script onClick={() => window.print()} className="button-primary">
        {label}
      </button>
      <p data-without-script className="text-slate-700">
        {withoutScript}
      </p>
    </>
  );
}
