'use server';

import { redirect } from 'next/navigation';
import { getFirm } from '@/lib/content';
import { todayIn } from '@/lib/dates';
import { editorAccess } from '@/lib/editor/access';
import { editorChoices } from '@/lib/editor/catalogue';
import { attorneysWhoMaySign, recordReview, reviewFormSchema } from '@/lib/editor/record-review';
import { publicationDay } from '@/lib/content/publication';
import { editorSaveSchema, saveFromEditor, withCheck, type EditorSave, type EditorSaveResult } from '@/lib/editor/save';

export async function saveFile(input: EditorSave): Promise<EditorSaveResult> {
  const { store } = await editorAccess();
  const parsed = editorSaveSchema.safeParse(input);
  if (!parsed.success)
    return { saved: false, message: 'The form sent something the editor cannot read. Reload the page and try again.' };
  return withCheck(store, await saveFromEditor(store, parsed.data), publicationDay());
}

export async function recordReviewOfFile(formData: FormData): Promise<void> {
  const { store, root, signedInAs } = await editorAccess();
  const parsed = reviewFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/editor');
  const maySign = attorneysWhoMaySign(editorChoices(root).attorneys, signedInAs);
  const outcome = await recordReview(store, parsed.data, todayIn(getFirm().timeZone), maySign);
  redirect(`/editor/preview/${parsed.data.file}?review=${outcome}`);
}
