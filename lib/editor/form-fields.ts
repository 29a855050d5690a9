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

/** Each frontmatter field by the name the editor's form gives it, so a check message can point at the field. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  date: 'Publish date',
  updated: 'Last changed in substance',
  tags: 'Practice areas',
  jurisdiction: 'Whose law the article explains',
  author: 'Author',
  draft: 'Draft',
  translationOf: 'The English article this translates',
  translatedFrom: 'Date of the English version you translated',
  reviewed: 'Attorney review (in the preview)',
  reviewedBy: 'Attorney review (in the preview)',
  reviewedText: 'Attorney review (in the preview)',
};

/** Where a problem is, in the form's words: a field, a line of the Text box, or (another file) its name and line. */
export function whereInForm(
  problem: { file: string; line?: number; field?: string },
  edited: { file: string; bodyLine: number },
): { field?: string; textLine?: number; elsewhere?: string } {
  if (problem.file !== edited.file)
    return { elsewhere: `${problem.file}${problem.line ? `, line ${problem.line}` : ''}` };
  const field = problem.field?.split('.')[0];
  if (field && FIELD_LABELS[field]) return { field: FIELD_LABELS[field] };
  if (problem.line !== undefined && problem.line >= edited.bodyLine)
    return { textLine: problem.line - edited.bodyLine + 1 };
  return {};
}
