import type { ContentProblem } from '@/lib/content/problems';
import { whereInForm } from '@/lib/editor/form-fields';
import { GoToLine } from './go-to-line';

type Props = {
  problems: readonly ContentProblem[];
  /** The file in the form, and the line of the file where its text starts: lines are told as lines of the Text box. */
  edited: { file: string; bodyLine: number };
  /** CONTRIBUTING.md's table of rules, where the editor can link to it (GitHub mode). */
  rulesUrl?: string;
};

/** The content check's problems for the file being edited and its translation pair, as `npm run content:check -- <file>` finds them. */
export function FileProblems({ problems, edited, rulesUrl }: Props) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section aria-labelledby="check-heading" className="mt-6 rounded border-2 border-slate-300 p-4">
      <h2 id="check-heading" className="text-xl font-semibold text-brand-900">
        {problems.length === 0
          ? 'The check found nothing to fix in the saved version.'
          : `The check found ${errors} ${errors === 1 ? 'error' : 'errors'} and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in the saved version`}
      </h2>
      {problems.length > 0 && (
        <>
          <p className="mt-2 text-base text-slate-700">
            Errors must be fixed before the change can be published; warnings are advice. Change the field or line
            named, then save again.{' '}
            {rulesUrl ? (
              <a href={rulesUrl} className="text-link">
                What each message means
              </a>
            ) : (
              'CONTRIBUTING.md, "What each check means", explains each one.'
            )}
          </p>
          <ul className="mt-3 space-y-2 text-base">
            {problems.map((problem, index) => {
              const where = whereInForm(problem, edited);
              return (
                <li key={index} className={problem.severity === 'error' ? 'text-red-900' : 'text-slate-900'}>
                  <strong>{problem.severity === 'error' ? 'Error' : 'Warning'}</strong>
                  {where.field && <> in {where.field}</>}
                  {where.textLine && (
                    <>
                      {' '}
                      at <GoToLine line={where.textLine} />
                    </>
                  )}
                  {where.elsewhere && <> in {where.elsewhere}</>}: {problem.message}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
