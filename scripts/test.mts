import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clusterHandle, sharedTestCluster, TEST_POSTGRES_ENV } from './support/postgres-cluster.mts';
import { browserResults, slowest, STAGES_REPORT, unitResults, type Counts } from './support/test-report.mts';

/**
 * `npm test`: every check, in stages that fail cheapest first, with
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

/**
 * Stages run one after another, cheapest failure first; the steps of a
 * stage run side by side, each on a core of its own (the content check,
 * ESLint and Prettier use one each). A stage's steps share nothing they
 * write.
 */
const STAGES: Step[][] = [
  [
    { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'] },
    { name: 'ESLint', command: ['npm', 'run', '--silent', 'lint'] },
    { name: 'Prettier', command: ['npm', 'run', '--silent', 'format:check'] },
  ],
  [
    {
      name: 'unit tests',
      command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
    },
  ],
  // The content was checked above; next.config.mjs's hook skips its own run (scripts/support/content-check-hook.mjs).
  [{ name: 'production build', command: ['npm', 'run', '--silent', 'build'], env: { CONTENT_CHECKED: '1' } }],
  // playwright.config.ts writes its JSON report to test-results/playwright.json.
  [{ name: 'browser tests', command: ['npx', 'playwright', 'test'] }],
];

type Finished = { name: string; seconds: number; code: number };

/**
 * Runs one step. Alone in its stage it prints as it goes; beside others
 * its output is held and printed whole when it ends, so two logs never
 * interleave.
 */
function run(step: Step, alone: boolean): Promise<Finished> {
  const [command, ...args] = step.command as [string, ...string[]];
  const started = performance.now();
  if (alone) console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('exit', (exitCode, signal) => {
      const code = exitCode ?? (signal ? 1 : 0);
      if (!alone) {
        console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name: step.name, seconds: (performance.now() - started) / 1000, code });
    });
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
  if (browser.counts.passedOnRetry.length > 0) {
    console.log(
      `\n! Passed only on a second try (a flake to look into: npx playwright test <spec> --repeat-each=10):\n` +
        browser.counts.passedOnRetry.map((name) => `  ${name}`).join('\n'),
    );
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(
    `\nUnit tests: ${unit.counts.passed} passed, ${unit.counts.failed} failed. ` +
      `Browser tests: ${browser.counts.passed} passed (${browser.counts.passedOnRetry.length} on a second try), ` +
      `${browser.counts.failed} failed, ${browser.counts.skipped} skipped. ` +
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
  const stages: Finished[] = [];
  try {
    for (const stage of STAGES) {
      const finished = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
      stages.push(...finished);
      const failed = finished.filter((step) => step.code !== 0);
      if (failed.length > 0) {
        code = failed[0]?.code ?? 1;
        const names = failed.map((step) => `${step.name} (exit ${step.code})`).join(', ');
        console.error(`\n✗ ${names} failed; the steps after this stage did not run.`);
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
