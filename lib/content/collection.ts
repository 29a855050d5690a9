import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { SLUG_PATTERN } from './fields';
import { parseFrontmatter, type ParsedYaml } from './frontmatter';
import { contentError, type ContentProblem } from './problems';

export type ContentEntry<T> = {
  slug: string;
  /** Path from the project root, as staff see it in a pull request. */
  file: string;
  frontmatter: T;
  body: string;
  bodyLine: number;
  keyLines: ReadonlyMap<string, number>;
};

export type Loaded<T> = { entries: ContentEntry<T>[]; problems: ContentProblem[] };

/**
 * Reads every `.mdx` file of one folder under `content/`, validating its
 * frontmatter with `schema`. Problems are collected, not thrown, so that a
 * staff member sees every mistake of a pull request at once.
 */
export function readCollection<S extends z.ZodType>(
  projectRoot: string,
  folder: string,
  schema: S,
): Loaded<z.output<S>> {
  const dir = path.join(projectRoot, folder);
  const entries: ContentEntry<z.output<S>>[] = [];
  const problems: ContentProblem[] = [];
  if (!fs.existsSync(dir)) return { entries, problems };

  for (const name of fs.readdirSync(dir).sort()) {
    const file = `${folder}/${name}`;
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.mdx')) {
      problems.push(contentError(file, undefined, 'is not an .mdx file; rename it to end in .mdx or move it out of this folder', 'file-name'));
      continue;
    }
    const slug = name.slice(0, -'.mdx'.length);
    if (!SLUG_PATTERN.test(slug)) {
      const suggestion = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      problems.push(
        contentError(file, undefined, `the file name must be lowercase words joined by hyphens; rename it to "${suggestion}.mdx"`, 'file-name'),
      );
      continue;
    }
    const parsed = parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'));
    const frontmatter = validate(file, parsed, schema, problems);
    if (frontmatter !== undefined) {
      entries.push({ slug, file, frontmatter, body: parsed.body, bodyLine: parsed.bodyLine, keyLines: parsed.keyLines });
    }
  }
  return { entries, problems };
}

/** Validates parsed YAML against a schema, turning zod issues into staff-readable problems. */
export function validate<S extends z.ZodType>(
  file: string,
  parsed: ParsedYaml,
  schema: S,
  problems: ContentProblem[],
): z.output<S> | undefined {
  if (parsed.syntaxError) {
    const { message, line, column } = parsed.syntaxError;
    problems.push({ ...contentError(file, undefined, `the frontmatter is not valid YAML: ${message}`, 'frontmatter-syntax', line), column });
    return undefined;
  }
  if (parsed.data === undefined) {
    problems.push(contentError(file, undefined, 'has no frontmatter; start the file with a `---` line, the fields, and another `---` line', 'frontmatter-missing', 1));
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;

  const knownKeys = knownKeysOf(schema);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys) {
        const closest = closestKey(key, knownKeys);
        const hint = closest ? `did you mean "${closest}"?` : `allowed fields are ${knownKeys.join(', ')}`;
        problems.push(contentError(file, key, `unknown field; ${hint}`, 'frontmatter-unknown-field', parsed.keyLines.get(key)));
      }
      continue;
    }
    const [top] = issue.path;
    const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
    const line = typeof top === 'string' ? parsed.keyLines.get(top) : undefined;
    problems.push(contentError(file, field, issue.message, 'frontmatter-schema', line));
  }
  return undefined;
}

function knownKeysOf(schema: z.ZodType): string[] {
  // Refinements in zod 4 keep the object's shape, so this reads every schema we use.
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return Object.keys(shape ?? {});
}

/** The allowed key a typo was most likely meant to be, if any is close. */
export function closestKey(typed: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(typed.toLowerCase(), key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.key.length / 3)) ? best.key : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
