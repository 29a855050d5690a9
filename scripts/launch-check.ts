/**
 * `npm run launch-check`: is the site ready to go live? Prints the checklist
 * (README, "Going live") and exits 1 while any item is open. Reads the
 * content and the environment the way `next start` would (.env files too).
 */
import { loadEnvConfig } from '@next/env';
import { loadSite } from '@/lib/content/load';
import { publicationDay } from '@/lib/content/publication';
import { formatChecklist, launchChecklist } from '@/lib/launch/checklist';

const projectRoot = process.argv[2] ?? process.cwd();
loadEnvConfig(projectRoot, false, { info: () => {}, error: console.error });
const { en: content, ...translations } = loadSite(projectRoot);
const items = launchChecklist(content, process.env, publicationDay(), Object.values(translations));
console.log(formatChecklist(content.firm.name, items));
process.exitCode = items.every((entry) => entry.ok) ? 0 : 1;
