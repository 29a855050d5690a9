/**
 * `npm run launch-check`: is the site ready to go live? Prints the checklist
 * (README, "Going live") and exits 1 while any item is open. Reads the
 * content and the environment the way `next start` would (.env files too).
 */
import { loadEnvConfig } from '@next/env';
import { formatCheckLine } from '@/lib/content-check';
import { reliefCheckReviews } from '@/lib/content-check/relief-check-review';
import { loadSite } from '@/lib/content/load';
import { publicationDay } from '@/lib/content/publication';
import { formatChecklist, launchChecklist } from '@/lib/launch/checklist';

const projectRoot = process.argv[2] ?? process.cwd();
loadEnvConfig(projectRoot, false, { info: () => {}, error: console.error });
const { en: content, ...translations } = loadSite(projectRoot);
const ruleReviews = reliefCheckReviews(
  projectRoot,
  content.attorneys.map((attorney) => attorney.slug),
);
for (const problem of ruleReviews.problems.filter((entry) => entry.severity === 'error')) {
  console.error(formatCheckLine(problem));
}
const items = launchChecklist(
  content,
  process.env,
  publicationDay(),
  Object.values(translations),
  ruleReviews.statuses,
);
console.log(formatChecklist(content.firm.name, items));
process.exitCode = items.every((entry) => entry.ok) ? 0 : 1;
