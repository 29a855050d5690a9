import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clusterHandle, sharedTestCluster, TEST_POSTGRES_ENV } from './support/postgres-cluster.mts';
import { browserResults, slowest, STAGES_REPORT, unitResults, type Counts } from './support/test-report.mts';

/**
 * `npm test`: every check, in the order that fails cheapest first, with
 * what they share set up once — the publication day, one PostgreSQL
 * cluster (each test file takes a database of its own), and one content
 * check (the build's own check is skipped, since this run has just made
 * it). It ends with the ten slowest tests, so a test that grows is seen,
 * and a closing line of the counts. docs/testing.md says what each stage
 * keeps and where a new test belongs.
 */

const REPORTS = 'test-results';
const UNIT_REPORT = path.join(REPORTS, 'vitest.json');
const BROWSER_REPORT = path.join(REPORTS, 'playwright.json');

type Step = { name: string; command: string[]; env?: Record<string, string> };

const STEPS: Step[] = [
  { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'] },
  { name: 'ESLint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'Prettier', command: ['npm', 'run', '--silent', 'format:check'] },
  {
    name: 'unit tests',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
  },
  // The content was checked above; next.config.mjs's hook skips its own run (scripts/support/content-check-hook.mjs).
  { name: 'production build', command: ['npm', 'run', '--silent', 'build'], env: { CONTENT_CHECKED: '1' } },
  // playwright.config.ts writes its JSON report to test-results/playwright.json.
  { name: 'browser tests', command: ['npx', 'playwright', 'test'] },
];

function run(step: Step): Promise<number> {
  const [command, ...args] = step.command as [string, ...string[]];
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

function report(started: number): Counts {
  const unit = unitResults(readJson(UNIT_REPORT));
  const browser = browserResults(readJson(BROWSER_REPORT));
  const timed = [...unit.timed, ...browser.timed];
  if (timed.length > 0) console.log(`\nThe ten slowest tests:\n${slowest(timed).join('\n')}`);
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(
    `\nUnit tests: ${unit.counts.passed} passed, ${unit.counts.failed} failed. ` +
      `Browser tests: ${browser.counts.passed} passed, ${browser.counts.failed} failed, ${browser.counts.skipped} skipped. ` +
      `${minutes} minutes in all.`,
  );
  return {
    passed: unit.counts.passed + browser.counts.passed,
    failed: unit.counts.failed + browser.counts.failed,
    skipped: unit.counts.skipped + browser.counts.skipped,
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  // The day the build publishes as of, the same for the build and the tests, even across midnight.
  process.env.SITE_PUBLISHED_AS_OF ??= new Date().toISOString().slice(0, 10);
  fs.rmSync(UNIT_REPORT, { force: true });
  fs.rmSync(BROWSER_REPORT, { force: true });
  const { cluster, release } = await sharedTestCluster();
  process.env[TEST_POSTGRES_ENV] = clusterHandle(cluster);
  const stopCluster = () => {
    void release();
  };
  process.once('SIGINT', stopCluster);
  process.once('SIGTERM', stopCluster);
  let code = 0;
  const stages: { name: string; seconds: number; code: number }[] = [];
  try {
    for (const step of STEPS) {
      const stepStarted = performance.now();
      code = await run(step);
      stages.push({ name: step.name, seconds: (performance.now() - stepStarted) / 1000, code });
      if (code !== 0) {
        console.error(`\n✗ ${step.name} failed (exit ${code}); the steps after it did not run.`);
        break;
      }
    }
  } finally {
    await release();
    fs.mkdirSync(REPORTS, { recursive: true });
    fs.writeFileSync(STAGES_REPORT, `${JSON.stringify(stages, null, 2)}\n`);
  }
  const counts = report(started);
  // The plain closing line a CI reads: counts alone on a line.
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return code;
}

process.exitCode = await main();
