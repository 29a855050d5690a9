import Link from 'next/link';
import type { CatalogueEntry } from '@/lib/editor/catalogue';
import type { EditableKind } from '@/lib/editor/files';
import type { OpenChange } from '@/lib/editor/store';
import { LANGUAGE_NAMES } from './language-names';

const KIND_HEADINGS: Record<EditableKind, string> = {
  articles: 'Articles',
  pages: 'Pages',
  'practice-areas': 'Practice areas',
};

/** The list of files to open, by kind, with where each stands; the start of every task in the editor. */
export function CatalogueTable({
  entries,
  openChanges,
}: {
  entries: readonly CatalogueEntry[];
  openChanges: readonly OpenChange[];
}) {
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">What would you like to do?</h1>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link href="/editor/new?language=en" className="button-primary">
          Write a new article in English
        </Link>
        <Link href="/editor/new?language=es" className="button-secondary">
          Translate an article into Spanish
        </Link>
      </p>
      <p className="mt-4 max-w-prose text-base text-slate-700">
        Or open a file below to change it. Saving never publishes on its own: a draft stays hidden, and every change is
        checked and reviewed before it reaches the site.
      </p>
      {openChanges.length > 0 && (
        <section className="mt-8" aria-labelledby="open-changes">
          <h2 id="open-changes" className="text-2xl font-semibold text-brand-900">
            Saved, waiting to be published
          </h2>
          <p className="mt-2 max-w-prose text-base text-slate-700">
            Each is a pull request: the firm publishes it once the check passes and, for the law, an attorney has
            reviewed it. Open a file to keep working on it.
          </p>
          <ul className="mt-3 space-y-2 text-base">
            {openChanges.map((change) => (
              <li key={change.file}>
                <Link href={`/editor/edit/${change.file}`} className="text-link">
                  {change.file}
                </Link>{' '}
                ·{' '}
                <a href={change.pullRequestUrl} className="text-link">
                  its pull request
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(Object.keys(KIND_HEADINGS) as EditableKind[]).map((kind) => {
        const rows = entries.filter((entry) => entry.kind === kind);
        if (rows.length === 0) return null;
        return (
          <section key={kind} className="mt-8">
            <h2 className="text-2xl font-semibold text-brand-900">{KIND_HEADINGS[kind]}</h2>
            <table className="mt-3 w-full border-collapse text-left text-base">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    Title
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Language
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Status
                  </th>
                  <th scope="col" className="py-2">
                    Attorney review
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((entry) => (
                  <tr key={entry.file} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-3">
                      <Link href={`/editor/edit/${entry.file}`} className="text-link">
                        {entry.title ?? entry.file}
                      </Link>
                      <div className="text-sm text-slate-600">{entry.file}</div>
                    </td>
                    <td className="py-2 pr-3">{LANGUAGE_NAMES[entry.locale]}</td>
                    <td className="py-2 pr-3">{entry.status}</td>
                    <td className="py-2">{entry.review}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
