import type { ContentProblem } from '@/lib/content/problems';

/**
 * A problem as a GitHub Actions workflow command, which GitHub shows on
 * that line of the pull request's diff
 * (docs.github.com, "Workflow commands for GitHub Actions").
 */
export function githubAnnotation(problem: ContentProblem): string {
  const command = problem.severity === 'error' ? 'error' : 'warning';
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line ?? 1}`,
    `col=${problem.column ?? 1}`,
    `title=${escapeProperty(`content:check (${problem.rule})`)}`,
  ].join(',');
  const field = problem.field ? `${problem.field}: ` : '';
  return `::${command} ${properties}::${escapeData(`${field}${problem.message}`)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
