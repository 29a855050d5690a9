import type { ContentProblem } from '@/lib/content/problems';

/** The content check's problems for the file being edited, as `npm run content:check -- <file>` prints them. */
export function FileProblems({ problems }: { problems: readonly ContentProblem[] }) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section aria-labelledby="check-heading" className="mt-6 rounded border-2 border-slate-300 p-4">
      <h2 id="check-heading" className="text-xl font-semibold text-brand-900">
        {problems.length === 0
          ? 'The check found nothing to fix in the saved version.'
          : `The check found ${errors} ${errors === 1 ? 'error' : 'errors'} and ${problems.length - errors} ${problems.length - errors === 1 ? 'warning' : 'warnings'} in the saved version`}
      </h2>
      {problems.length > 0 && (
        <>
          <p className="mt-2 text-base text-slate-700">
            Errors must be fixed before the change can be published; warnings are advice. CONTRIBUTING.md explains each
            rule.
          </p>
          <ul className="mt-3 space-y-2 text-base">
            {problems.map((problem, index) => (
              <li key={index} className={problem.severity === 'error' ? 'text-red-900' : 'text-slate-900'}>
                <strong>{problem.severity === 'error' ? 'Error' : 'Warning'}</strong>
                {problem.line ? ` (${problem.file}, line ${problem.line})` : ` (${problem.file})`}
                {problem.field ? `, ${problem.field}` : ''}: {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
