import type { Attorney, Firm } from '@/lib/content';

/**
 * Shown on every page while any firm or attorney fact is a sample: the site
 * is a preview, and no one should call, write to or visit what it shows.
 */
export function SampleSiteNotice({ firm, attorneys }: { firm: Firm; attorneys: readonly Attorney[] }) {
  const samples =
    firm.placeholders.length + attorneys.reduce((count, attorney) => count + attorney.placeholders.length, 0);
  if (samples === 0) return null;
  return (
    <aside aria-label="Sample details" className="border-b-4 border-amber-600 bg-amber-50 text-amber-950 print:hidden">
      <p className="mx-auto max-w-5xl px-3 py-1 text-sm leading-snug md:px-4 md:py-3 md:text-base">
        <strong>This is a preview, not the live website of {firm.name}.</strong> Details marked “(sample)” are examples
        and reach no one.
        <span className="hidden md:inline"> If someone is detained, contact a lawyer you can reach today.</span>
      </p>
    </aside>
  );
}
