import { SLUG_PATTERN } from '@/lib/content/fields';
import { contentFolder } from '@/lib/content/load';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/lib/routes';

/**
 * The files the editor opens: articles, pages and practice areas, in every
 * language. Firm facts, attorneys and the YAML lists stay with a developer.
 * This is also the editor's guard on paths: an address names a file only if
 * it matches here, so nothing outside these folders is ever read or written.
 */
export const EDITABLE_KINDS = ['articles', 'pages', 'practice-areas'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

export type EditableFile = { file: string; locale: Locale; kind: EditableKind; slug: string };

export function editableFile(file: string): EditableFile | undefined {
  const match = /^content\/(?:(?<locale>[a-z]{2})\/)?(?<kind>[a-z-]+)\/(?<slug>[^/]+)\.mdx$/.exec(file);
  const { locale = DEFAULT_LOCALE, kind, slug } = match?.groups ?? {};
  if (!kind || !slug || !SLUG_PATTERN.test(slug)) return undefined;
  if (!(LOCALES as readonly string[]).includes(locale) || match?.groups?.locale === DEFAULT_LOCALE) return undefined;
  if (!(EDITABLE_KINDS as readonly string[]).includes(kind)) return undefined;
  return { file, locale: locale as Locale, kind: kind as EditableKind, slug };
}

export function articleFile(slug: string, locale: Locale): string {
  return `${contentFolder(locale)}/articles/${slug}.mdx`;
}

/** The file's path as the editor's addresses carry it: /editor/edit/content/es/articles/x.mdx. */
export function fileFromSegments(segments: readonly string[]): EditableFile | undefined {
  return editableFile(segments.map((segment) => decodeURIComponent(segment)).join('/'));
}
