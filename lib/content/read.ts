import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { z } from '@/lib/zod';
import { SLUG_PATTERN } from './fields';
import { parseFrontmatter, parseYaml } from './frontmatter';
import { outlineOf, parseMdxBody, readingMinutes, type Outline, type TocHeading } from './outline';
import type { createOutlineCache } from './outline-cache';
import { contentError, type ContentProblem } from './problems';
import { textFingerprint } from './review';
import { validate } from './validate';

export type ContentEntry<T> = {
  slug: string;
  /** Path from the project root, as staff see it in a pull request. */
  file: string;
  frontmatter: T;
  body: string;
  bodyLine: number;
  keyLines: ReadonlyMap<string, number>;
};

export type CollectionReading<T> = { entries: ContentEntry<T>[]; problems: ContentProblem[] };

/**
 * Reading: files under content/ become parsed entries (frontmatter checked
 * by its schema, body outlined for the table of contents and search).
 */

/**
 * Reads every `.mdx` file of one folder under `content/`, validating its
 * frontmatter with `schema`. Problems are collected, not thrown, so that a
 * staff member sees every mistake of a pull request at once.
 */
export function readCollection<S extends z.ZodType>(
  projectRoot: string,
  folder: string,
  schema: S,
): CollectionReading<z.output<S>> {
  const dir = path.join(projectRoot, folder);
  const entries: ContentEntry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(dir)) return { entries, problems };

  for (const name of fs.readdirSync(dir).sort()) {
    const file = `${folder}/${name}`;
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.mdx')) {
      problems.push(
        contentError(
          file,
          undefined,
          'is not an .mdx file; rename it to end in .mdx or move it out of this folder',
          'file-name',
        ),
      );
      continue;
    }
    const slug = name.slice(0, -'.mdx'.length);
    if (!SLUG_PATTERN.test(slug)) {
      const suggestion = slug
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push(
        contentError(
          file,
          undefined,
          `the file name must be lowercase words joined by hyphens; rename it to "${suggestion}.mdx"`,
          'file-name',
        ),
      );
      continue;
    }
    const parsed = parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'));
    const frontmatter = validate(file, parsed, schema, problems);
    if (frontmatter !== undefined) {
      entries.push({
        slug,
        file,
        frontmatter,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        keyLines: parsed.keyLines,
      });
    }
  }
  return { entries, problems };
}

/**
 * The name of every `.mdx` file in a folder, valid or not: a translation
 * naming an English file that has a frontmatter mistake is not blamed for it.
 */
export function fileSlugs(projectRoot: string, folder: string): string[] {
  const dir = path.join(projectRoot, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length));
}

/** A content file's body as parsed, kept for the content check. */
export type ParsedBody = {
  file: string;
  slug: string;
  tree: Root;
  bodyLine: number;
  keyLines: ReadonlyMap<string, number>;
  /** The body as written, for the columns of what the tree holds only as plain text. */
  source: string;
};

/** What every document gets besides its frontmatter. */
export type Document = {
  slug: string;
  file: string;
  headings: TocHeading[];
  plainText: string;
  readingMinutes: number;
  /** Of the body as it is now: a recorded review whose `reviewedText` differs has lapsed (review.ts). */
  textFingerprint: string;
};

/** A document as pages read it: its frontmatter, where it is, and what its outline says (the editor's preview builds one too). */
export function documentOf<F extends object>(
  frontmatter: F,
  where: { slug: string; file: string; body: string },
  outline: Outline,
): F & Document {
  return {
    ...frontmatter,
    slug: where.slug,
    file: where.file,
    headings: outline.headings,
    plainText: outline.plainText,
    readingMinutes: readingMinutes(outline.wordCount),
    textFingerprint: textFingerprint(frontmatter, where.body),
  };
}

export function readYamlFile(projectRoot: string, file: string, problems: ContentProblem[]) {
  const absolute = path.join(projectRoot, file);
  if (!fs.existsSync(absolute)) {
    problems.push(contentError(file, undefined, 'is missing; restore it from the repository history', 'file-missing'));
    return undefined;
  }
  return parseYaml(fs.readFileSync(absolute, 'utf8'));
}

export type LoadedDocument<F> = { document: F & Document; keyLines: ReadonlyMap<string, number>; body?: ParsedBody };

export function readDocuments<F extends object>(
  projectRoot: string,
  folder: string,
  schema: z.ZodType<F, unknown>,
  problems: ContentProblem[],
  cache: ReturnType<typeof createOutlineCache>,
  keepTrees: boolean,
): LoadedDocument<F>[] {
  const loaded = readCollection(projectRoot, folder, schema);
  problems.push(...loaded.problems);
  const result: LoadedDocument<F>[] = [];
  for (const entry of loaded.entries) {
    const key = cache.key(entry.body);
    const cached = keepTrees ? undefined : cache.get(key);
    let tree: Root | undefined;
    let outline = cached;
    if (!outline) {
      try {
        tree = parseMdxBody(entry.body);
      } catch (error) {
        problems.push(mdxSyntaxProblem(entry.file, entry.bodyLine, error));
        continue;
      }
      outline = outlineOf(tree);
      cache.set(key, outline);
    }
    const document = documentOf(entry.frontmatter, entry, outline);
    const body =
      tree && keepTrees
        ? {
            file: entry.file,
            slug: entry.slug,
            tree,
            bodyLine: entry.bodyLine,
            keyLines: entry.keyLines,
            source: entry.body,
          }
        : undefined;
    result.push({ document, keyLines: entry.keyLines, body });
  }
  return result;
}

function mdxSyntaxProblem(file: string, bodyLine: number, error: unknown): ContentProblem {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  const text = reason ?? String(error);
  // Some parser errors (an unclosed tag) carry their place only inside the reason, counted from the body's start.
  const quoted = /\((\d+):(\d+)/.exec(text);
  const bodyRelativeLine = line ?? (quoted ? Number(quoted[1]) : undefined);
  const message = text.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '');
  return {
    ...contentError(
      file,
      undefined,
      `the text cannot be read as MDX: ${message}${mdxHint(message)}`,
      'mdx-syntax',
      bodyRelativeLine ? bodyLine + bodyRelativeLine - 1 : bodyLine,
    ),
    column: column ?? (quoted ? Number(quoted[2]) : 1),
  };
}

/** What to do about the parser errors staff meet most. */
function mdxHint(message: string): string {
  if (/closing tag|end of file in element|expected the closing tag/i.test(message)) {
    return '. Hint: close every component, e.g. <Callout> … </Callout>';
  }
  if (/before name|after `<`|character that can start a name/i.test(message)) {
    return '. Hint: a bare "<" starts a tag in MDX; write "less than" or "&lt;" instead';
  }
  if (/expression|acorn|`\{`/i.test(message)) {
    return '. Hint: a "{" starts code in MDX; write "\\{" or reword the sentence';
  }
  return '';
}
