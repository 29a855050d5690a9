import type { z } from '@/lib/zod';
import type { ParsedYaml } from './frontmatter';
import { contentError, type ContentProblem } from './problems';
import type { ArticleFrontmatter, FaqEntry, GlossaryTerm } from './schema';

/**
 * Validation: one file's frontmatter against its zod schema, then the
 * references between files (tags, authors, FAQ links) that no single
 * file's schema can see. Problems are collected, not thrown, so a staff
 * member sees every mistake of a pull request at once.
 */

/** Validates parsed YAML against a schema, turning zod issues into staff-readable problems. */
export function validate<S extends z.ZodType>(
  file: string,
  parsed: ParsedYaml,
  schema: S,
  problems: ContentProblem[],
): z.output<S> | undefined {
  if (parsed.syntaxError) {
    const { message, line, column } = parsed.syntaxError;
    problems.push({
      ...contentError(file, undefined, `the frontmatter is not valid YAML: ${message}`, 'frontmatter-syntax', line),
      column,
    });
    return undefined;
  }
  if (parsed.data === undefined) {
    problems.push(
      contentError(
        file,
        undefined,
        'has no frontmatter; start the file with a `---` line, the fields, and another `---` line',
        'frontmatter-missing',
        1,
      ),
    );
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
        problems.push(
          contentError(file, key, `unknown field; ${hint}`, 'frontmatter-unknown-field', parsed.keyLines.get(key)),
        );
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

export function editDistance(a: string, b: string): number {
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

/** Tags must name a practice area and authors an attorney: a typo would otherwise give a dead link. */
export function unknownReferences(
  articles: readonly { document: ArticleFrontmatter & { file: string }; keyLines: ReadonlyMap<string, number> }[],
  areaSlugs: readonly string[],
  attorneySlugs: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { document: article, keyLines } of articles) {
    for (const tag of article.tags) {
      if (!areaSlugs.includes(tag)) {
        problems.push(
          contentError(
            article.file,
            'tags',
            `unknown practice area "${tag}"; use one of: ${areaSlugs.join(', ')}`,
            'unknown-tag',
            keyLines.get('tags'),
          ),
        );
      }
    }
    if (article.author && !attorneySlugs.includes(article.author)) {
      const known =
        attorneySlugs.length > 0
          ? `use one of: ${attorneySlugs.join(', ')}`
          : 'add the attorney under content/attorneys/ first';
      problems.push(
        contentError(
          article.file,
          'author',
          `unknown attorney "${article.author}"; ${known}, or remove the line to credit the firm`,
          'unknown-author',
          keyLines.get('author'),
        ),
      );
    }
  }
  return problems;
}

/** Each FAQ answer links to an article; the file name must be right. */
export function unknownFaqArticles(
  file: string,
  faq: readonly FaqEntry[],
  articleSlugs: readonly string[],
): ContentProblem[] {
  return faq
    .filter((entry) => !articleSlugs.includes(entry.article))
    .map((entry) =>
      contentError(
        file,
        'article',
        `no article "${entry.article}" (question "${entry.question}"); use the file name of an article in content/articles without .mdx`,
        'unknown-article',
      ),
    );
}

/** Two terms may not share an id, or a form: a word must lead to one definition. */
export function repeatedGlossaryWords(file: string, glossary: readonly GlossaryTerm[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  for (const entry of glossary) {
    if (ids.has(entry.id)) {
      problems.push(
        contentError(file, 'id', `"${entry.id}" is used by two terms; give each term its own id`, 'glossary-duplicate'),
      );
    }
    ids.add(entry.id);
    for (const form of entry.forms) {
      const owner = forms.get(form.toLowerCase());
      if (owner && owner !== entry.id) {
        problems.push(
          contentError(
            file,
            'forms',
            `"${form}" is listed for both "${owner}" and "${entry.id}"; keep it under one term`,
            'glossary-duplicate',
          ),
        );
      }
      forms.set(form.toLowerCase(), entry.id);
    }
  }
  return problems;
}

/** Whoever a file names as its reviewer (article, page, practice area) must be one of the attorneys. */
export function unknownReviewers(
  files: readonly { document: { file: string; reviewedBy?: string }; keyLines: ReadonlyMap<string, number> }[],
  attorneySlugs: readonly string[],
): ContentProblem[] {
  return files
    .filter(({ document }) => document.reviewedBy !== undefined && !attorneySlugs.includes(document.reviewedBy))
    .map(({ document, keyLines }) =>
      contentError(
        document.file,
        'reviewedBy',
        `unknown attorney "${document.reviewedBy}"; use the file name of an attorney in content/attorneys without .mdx (${attorneySlugs.join(', ') || 'none yet'})`,
        'unknown-reviewer',
        keyLines.get('reviewedBy'),
      ),
    );
}
