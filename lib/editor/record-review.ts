import { z } from '@/lib/zod';
import { editableFile } from './files';
import { withReview } from './review';
import type { ContentStore } from './store';

export const reviewFormSchema = z.object({
  file: z.string().max(200),
  /** The version the attorney read in the preview: a review is of that text, not of whatever the file holds by now. */
  version: z.string().max(100),
  attorney: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
});
export type ReviewForm = z.infer<typeof reviewFormSchema>;

/** How recording went, as the preview's address says it (`?review=…`). */
export type ReviewOutcome = 'recorded' | 'changed-since-read' | 'not-found' | 'not-this-attorney';

type Attorney = { value: string; github?: string };

/**
 * Whose review the person at the editor may record. On a local computer,
 * any attorney's (the pull request shows it to the firm). Signed in with
 * GitHub, only the attorney whose file names that account: a paralegal
 * cannot sign for an attorney, and GitHub's record shows who signed.
 */
export function attorneysWhoMaySign<A extends Attorney>(attorneys: readonly A[], signedInAs: string | undefined): A[] {
  if (signedInAs === undefined) return [...attorneys];
  return attorneys.filter((attorney) => attorney.github?.toLowerCase() === signedInAs.toLowerCase());
}

/**
 * Records "reviewed by <attorney> on <today>" in the file the attorney read,
 * with the fingerprint of that text; refused when the file changed after the
 * preview was opened, so no one signs a text they did not see.
 */
export async function recordReview(
  store: ContentStore,
  form: ReviewForm,
  today: string,
  maySign: readonly Attorney[],
): Promise<ReviewOutcome> {
  if (!maySign.some((attorney) => attorney.value === form.attorney)) return 'not-this-attorney';
  const target = editableFile(form.file);
  const current = target && (await store.read(target.file));
  if (!target || !current) return 'not-found';
  if (current.version !== form.version) return 'changed-since-read';
  const outcome = await store.save({
    file: target.file,
    text: withReview(current.text, { attorney: form.attorney, day: today }),
    baseVersion: current.version,
    summary: `Review of ${target.file} by ${form.attorney}`,
  });
  return outcome.saved ? 'recorded' : 'changed-since-read';
}
