import { contentReport } from '@/lib/content-check';
import { filesInFocus } from '@/lib/content-check/focus';
import type { ContentProblem } from '@/lib/content/problems';
import type { ContentStore } from './store';

/**
 * What `npm run content:check -- <file>` says of a file the editor saved:
 * its own problems and its translation pair's, its "not reviewed" warning
 * included, errors first.
 */
export function problemsOfFile(root: string, file: string, today: string): ContentProblem[] {
  const { problems, reading } = contentReport(root, today);
  const focus = filesInFocus(reading, [file]);
  return problems
    .filter((problem) => focus.has(problem.file))
    .sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || (a.line ?? 0) - (b.line ?? 0));
}

/** The check run where the store keeps the project: this folder, or a copy with the saved text dropped in (GitHub). */
export async function checkSavedFile(
  store: ContentStore,
  file: string,
  text: string,
  today: string,
): Promise<ContentProblem[]> {
  const { root, done } = await store.checkRoot(file, text);
  try {
    return problemsOfFile(root, file, today);
  } finally {
    done();
  }
}
