import type { GlossaryTerm } from '@/lib/content';

/** Every term, in alphabetical order, each with its own anchor for <Term> links. */
export function GlossaryList({ glossary }: { glossary: readonly GlossaryTerm[] }) {
  const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <dl className="mt-8 max-w-prose space-y-6 text-lg">
      {sorted.map((entry) => (
        <div key={entry.id} id={entry.id} className="scroll-mt-4">
          <dt className="text-xl font-bold text-brand-900">{entry.term}</dt>
          <dd className="mt-1">{entry.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
