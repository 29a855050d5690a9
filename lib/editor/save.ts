import { SLUG_PATTERN } from '@/lib/content/fields';
import { z } from '@/lib/zod';
import { LOCALES } from '@/lib/routes';
import { createDocument, openDocument, saveDocument, UnreadableDocument } from './document';
import { articleFile, editableFile, type EditableKind } from './files';
import { checkSavedFile } from './check';
import { MAX_BODY_CHARACTERS } from './limits';
import type { ContentStore } from './store';

/** The fields the editor's pickers write, by kind of file, in the order a new file lists them. */
export const EDITOR_FIELDS: Record<EditableKind, readonly string[]> = {
  articles: [
    'title',
    'description',
    'date',
    'updated',
    'jurisdiction',
    'translationOf',
    'translatedFrom',
    'author',
    'tags',
    'draft',
  ],
  pages: ['title', 'description'],
  'practice-areas': ['title', 'description'],
};

const fieldValue = z.union([z.string().max(400), z.boolean(), z.array(z.string().max(80)).max(20)]);

/** What the editor's form sends: checked here, at the edge, because it comes from a browser. */
export const editorSaveSchema = z.object({
  /** The file being edited; absent for a new article. */
  file: z.string().max(200).optional(),
  /** For a new article: its file name and language. */
  slug: z.string().max(100).optional(),
  locale: z.enum(LOCALES),
  /** The version the form opened (ContentStore); null for a new article. */
  version: z.string().max(100).nullable(),
  fields: z.record(z.string().max(40), fieldValue.optional()),
  body: z.string().max(MAX_BODY_CHARACTERS),
});
export type EditorSave = z.infer<typeof editorSaveSchema>;

export type EditorSaveResult =
  | {
      saved: true;
      file: string;
      version: string;
      unchanged: boolean;
      pullRequestUrl?: string;
      /** What the check found in the saved file and its pair, counted; the list is on the page. */
      check?: { errors: number; warnings: number };
    }
  | { saved: false; message: string };

/** The save's result with the check's counts, so the note beside Save says at once whether there is more to do. */
export async function withCheck(
  store: ContentStore,
  result: EditorSaveResult,
  today: string,
): Promise<EditorSaveResult> {
  if (!result.saved) return result;
  const saved = await store.read(result.file);
  if (!saved) return result;
  const problems = await checkSavedFile(store, result.file, saved.text, today);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { ...result, check: { errors, warnings: problems.length - errors } };
}

function pickFields(kind: EditableKind, fields: EditorSave['fields']): Record<string, unknown> {
  return Object.fromEntries(EDITOR_FIELDS[kind].filter((key) => key in fields).map((key) => [key, fields[key]]));
}

/**
 * Saves what the form sent. A new article gets a new file (never over an
 * existing one); an edit changes only the fields and body that differ from
 * the file as it is now, and is refused when someone changed the file since
 * it was opened. The content check then speaks about the saved file.
 */
export async function saveFromEditor(store: ContentStore, input: EditorSave): Promise<EditorSaveResult> {
  if (input.file === undefined) {
    const slug = input.slug ?? '';
    if (!SLUG_PATTERN.test(slug)) {
      return {
        saved: false,
        message: `The file name "${slug}" cannot be used: write lowercase words joined by hyphens, such as what-to-bring-to-a-first-meeting.`,
      };
    }
    const file = articleFile(slug, input.locale);
    const outcome = await store.save({
      file,
      text: createDocument(pickFields('articles', input.fields), input.body),
      baseVersion: null,
      summary: `Add ${file}`,
    });
    if (!outcome.saved) {
      return {
        saved: false,
        message: `There is already an article called ${file}. Choose another file name, or open that article from the list.`,
      };
    }
    return { saved: true, file, version: outcome.version, unchanged: false, pullRequestUrl: outcome.pullRequestUrl };
  }

  const target = editableFile(input.file);
  if (!target) return { saved: false, message: `${input.file} is not a file the editor can change.` };
  const current = await store.read(target.file);
  if (!current) return { saved: false, message: `${target.file} no longer exists. Go back to the list of files.` };
  if (current.version !== input.version) return changedSinceOpened(target.file);
  let text: string;
  try {
    text = saveDocument(current.text, { fields: pickFields(target.kind, input.fields), body: input.body });
  } catch (error) {
    if (!(error instanceof UnreadableDocument)) throw error;
    return {
      saved: false,
      message: `${target.file} cannot be read: ${error.message}. Ask a developer to fix its first lines.`,
    };
  }
  if (text === current.text) return { saved: true, file: target.file, version: current.version, unchanged: true };
  const outcome = await store.save({
    file: target.file,
    text,
    baseVersion: current.version,
    summary: `Edit ${target.file}`,
  });
  if (!outcome.saved) return changedSinceOpened(target.file);
  return {
    saved: true,
    file: target.file,
    version: outcome.version,
    unchanged: false,
    pullRequestUrl: outcome.pullRequestUrl,
  };
}

function changedSinceOpened(file: string): EditorSaveResult {
  return {
    saved: false,
    message: `Someone changed ${file} after you opened it, so saving would undo their change. Copy your text, reload the page, and make your change again.`,
  };
}

/** What the form opens with: the file's fields and body, or undefined when its frontmatter cannot be read. */
export function formValues(text: string): ReturnType<typeof openDocument> | undefined {
  try {
    return openDocument(text);
  } catch (error) {
    if (error instanceof UnreadableDocument) return undefined;
    throw error;
  }
}
