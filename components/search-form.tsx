import { useLocale, useTranslations } from 'next-intl';
import { searchPath } from '@/lib/routes';

/** A plain GET form: search works with JavaScript off. It searches the articles of the reader's language. */
export function SearchForm({ query = '', id }: { query?: string; id: string }) {
  const t = useTranslations('search');
  const locale = useLocale();
  return (
    <form role="search" action={searchPath(undefined, locale)} method="get" className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only sm:not-sr-only sm:self-center sm:font-semibold">
        {t('label')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        className="min-h-11 w-full min-w-0 flex-1 rounded-lg border-2 border-slate-500 bg-white px-3 text-base text-slate-900"
      />
      <button
        type="submit"
        className="min-h-11 rounded-lg bg-brand-800 px-4 font-semibold text-white hover:bg-brand-900"
      >
        {t('button')}
      </button>
    </form>
  );
}
