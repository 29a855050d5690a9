import { contentReport } from '@/lib/content-check';
import { filesInFocus, LAUNCH_RULES } from '@/lib/content-check/focus';
import type { ContentProblem } from '@/lib/content/problems';

/**
 * What `npm run content:check -- <file>` would say of a file the editor
 * saved: its own problems and its translation pair's, errors first. The
 * launch items (no attorney review yet, firm placeholders) are left to
 * launch-check, as on the command line, except "not reviewed", which the
 * preview shows beside the button that records a review.
 */
export function problemsOfFile(root: string, file: string, today: string): ContentProblem[] {
  const { problems, reading } = contentReport(root, today);
  const focus = filesInFocus(reading, [file]);
  return problems
    .filter((problem) => focus.has(problem.file) && !LAUNCH_RULES.has(problem.rule))
    .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || (a.line ?? 0) - (b.line ?? 0));
}
