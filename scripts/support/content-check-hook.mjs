import { execFileSync } from 'node:child_process';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/**
 * `next build` runs the content check first, however it is started, so a
 * bad file can never be deployed; it ends the build (exit 1) if the check
 * fails. Build workers load next.config.mjs again and inherit the
 * environment, so CONTENT_CHECKED=1 keeps the check to one run per build; a
 * driver that ran the check itself (`npm test`) sets it too.
 *
 * Plain JavaScript, typed by content-check-hook.d.mts: Node loads
 * next.config.mjs, and this with it, without a TypeScript loader.
 *
 * @param {string} phase Next.js's phase, the first argument of the config function
 * @param {import('./content-check-hook.d.mts').BuildHookDeps} [deps] stand-ins for tests
 * @returns {void}
 */
export function checkContentBeforeBuild(phase, deps = {}) {
  const {
    run = (file, args) => execFileSync(file, args, { stdio: 'inherit' }),
    exit = process.exit,
    error = console.error,
    env = process.env,
  } = deps;
  if (phase !== PHASE_PRODUCTION_BUILD || env.CONTENT_CHECKED === '1') return;
  try {
    run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts']);
  } catch {
    error('\nThe build stopped: fix the content problems listed above (CONTRIBUTING.md explains each one).');
    exit(1);
    return;
  }
  env.CONTENT_CHECKED = '1';
}
