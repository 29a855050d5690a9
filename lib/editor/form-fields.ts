/** The fields the editor's form shows, as the form holds them: text, dates as YYYY-MM-DD, a list of tags, a box. */
export type EditorFields = {
  title: string;
  description: string;
  date: string;
  updated: string;
  tags: string[];
  jurisdiction: string;
  draft: boolean;
  translationOf: string;
  translatedFrom: string;
  author: string;
};

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** A file's frontmatter as the form shows it; what the form cannot show is left in the file untouched. */
export function editorFieldsOf(fields: Record<string, unknown>): EditorFields {
  return {
    title: textOf(fields.title),
    description: textOf(fields.description),
    date: textOf(fields.date),
    updated: textOf(fields.updated),
    tags: Array.isArray(fields.tags) ? fields.tags.map(textOf) : [],
    jurisdiction: textOf(fields.jurisdiction),
    draft: fields.draft === true,
    translationOf: textOf(fields.translationOf),
    translatedFrom: textOf(fields.translatedFrom),
    author: textOf(fields.author),
  };
}
