/**
 * `npm run launch-check`: is the site ready to go live? Prints the checklist
 * (README, "Going live") and exits 1 while any item is open. Reads the
 * content and the environment the way `next start` would (.env files too).
 * The check itself is lib/launch/launch-check.ts.
 */
import { loadEnvConfig } from '@next/env';
import { publicationDay } from '@/lib/content/publication';
import { launchCheck } from '@/lib/launch/launch-check';

const projectRoot = process.argv[2] ?? process.cwd();
loadEnvConfig(projectRoot, false, { info: () => {}, error: console.error });
const check = launchCheck(projectRoot, process.env, publicationDay());
for (const error of check.errors) console.error(error);
console.log(check.text);
process.exitCode = check.ready ? 0 : 1;
