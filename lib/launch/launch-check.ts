import { formatCheckLine } from '@/lib/content-check';
import { reliefCheckReviews } from '@/lib/content-check/relief-check-review';
import { loadSite } from '@/lib/content/load';
import { formatChecklist, launchChecklist, type LaunchItem } from './checklist';

export type LaunchCheck = {
  items: LaunchItem[];
  /** The checklist as `npm run launch-check` prints it. */
  text: string;
  /** Mistakes in the relief check's review file, one line each, as `content:check` prints them. */
  errors: string[];
  /** Every item done: ready to go live. */
  ready: boolean;
};

/**
 * `npm run launch-check` for the site at `projectRoot`: its content, the
 * attorneys' reviews of the relief check's rules, and the server's
 * environment as given (the command reads the .env files into it first).
 */
export function launchCheck(
  projectRoot: string,
  env: Readonly<Record<string, string | undefined>>,
  today: string,
): LaunchCheck {
  const { en: content, ...translations } = loadSite(projectRoot);
  const ruleReviews = reliefCheckReviews(
    projectRoot,
    content.attorneys.map((attorney) => attorney.slug),
  );
  const errors = ruleReviews.problems.filter((entry) => entry.severity === 'error').map(formatCheckLine);
  const items = launchChecklist(content, env, today, Object.values(translations), ruleReviews.statuses);
  return {
    items,
    text: formatChecklist(content.firm.name, items),
    errors,
    ready: items.every((entry) => entry.ok),
  };
}
