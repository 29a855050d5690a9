/**
 * A mistake in a content file, told the way a staff member can act on it:
 * which file, where, which field, what is wrong and what to write instead.
 */
export type ContentProblem = {
  /** Path relative to the project root, e.g. `content/articles/x.mdx`. */
  file: string;
  /** 1-based line of the offending key or text, when known. */
  line?: number;
  column?: number;
  /** Frontmatter key (or dotted path) the problem is about, when there is one. */
  field?: string;
  message: string;
  /** Stable name of the check, for `content:check` output and docs. */
  rule: string;
  severity: 'error' | 'warning';
};

/** `content/articles/x.mdx: date: expected YYYY-MM-DD, got "Nov 5" (line 4)` */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const line = problem.line ? ` (line ${problem.line})` : '';
  return `${problem.file}: ${field}${problem.message}${line}`;
}

/** Thrown by the loaders so that `next build` and tests stop with every problem listed. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Content has ${count}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function contentError(
  file: string,
  field: string | undefined,
  message: string,
  rule: string,
  line?: number,
): ContentProblem {
  return { file, field, message, rule, line, severity: 'error' };
}
