import { searchPath } from '@/lib/routes';

/** A plain GET form: search works with JavaScript off. */
export function SearchForm({ query = '', id, compact = false }: { query?: string; id: string; compact?: boolean }) {
  return (
    <form role="search" action={searchPath()} method="get" className="flex w-full gap-2">
      <label htmlFor={id} className={compact ? 'sr-only' : 'sr-only sm:not-sr-only sm:self-center sm:font-semibold'}>
        Search articles
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        placeholder={compact ? 'Search articles' : undefined}
        className="min-h-11 w-full min-w-0 flex-1 rounded-lg border-2 border-slate-500 bg-white px-3 text-base text-slate-900 placeholder:text-slate-600"
      />
      <button
        type="submit"
        className="min-h-11 rounded-lg bg-brand-800 px-4 font-semibold text-white hover:bg-brand-900"
      >
        Search
      </button>
    </form>
  );
}
