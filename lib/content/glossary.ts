import type { GlossaryTerm } from './schema';

/** The term a <Term> names: by its `id`, or else by the words it wraps (one of a term's `forms`). */
export function findTerm(
  glossary: readonly GlossaryTerm[],
  id: string | undefined,
  words: string,
): GlossaryTerm | undefined {
  if (id) return glossary.find((entry) => entry.id === id);
  const wanted = words.trim().toLowerCase();
  return glossary.find((entry) => entry.forms.some((form) => form.toLowerCase() === wanted));
}
