import fs from 'node:fs';
import path from 'node:path';
import { scaffoldPost } from '@/lib/content/scaffold';
import { openDocument } from './document';
import { articleFile } from './files';
import { editorFieldsOf, type EditorFields } from './form-fields';

type EnglishSource = { value: string; version: string; tags: string[]; jurisdiction?: string; author?: string };

/**
 * What the form for a new article starts with: a draft dated today with the
 * scaffold's skeleton text (npm run new-post writes the same); a translation
 * starts from its English article's text, practice areas and jurisdiction,
 * and author, and says which version it translates.
 */
export async function newArticleValues(
  root: string,
  today: string,
  english?: EnglishSource,
): Promise<{ fields: EditorFields; body: string }> {
  const skeleton = openDocument(scaffoldPost('', today));
  const base = { ...editorFieldsOf(skeleton.fields), title: '', description: '', draft: true };
  if (!english) return { fields: { ...base, jurisdiction: '' }, body: skeleton.body };
  const source = await fs.promises.readFile(path.join(root, articleFile(english.value, 'en')), 'utf8');
  return {
    fields: {
      ...base,
      tags: english.tags,
      jurisdiction: english.jurisdiction ?? '',
      author: english.author ?? '',
      translationOf: english.value,
      translatedFrom: english.version,
    },
    body: openDocument(source).body,
  };
}
