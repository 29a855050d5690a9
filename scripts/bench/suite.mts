import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from '../../lib/zod.ts';
import { ruleTables } from '../../lib/relief-check/rule-inputs.ts';
import { browserResults, STAGES_REPORT, unitResults } from '../support/test-report.mts';

/**
 * What the test suite costs, against the goals in docs/testing.md: a clean
 * clone of HEAD, `npm ci`, then `npm test`, each stage timed; and the
 * relief check's walk over every rule, whose cost must grow with the rules
 * and not with the product of the answers' options. A benchmark, not a
 * test: the figures depend on the machine and what else runs on it.
 */
export const SUITE_GOALS = { totalMinutes: 8, unitSeconds: 60, browserTests: 150 } as const;

export type SuiteFigures = {
  commit: string;
  installSeconds: number;
  stages: { name: string; seconds: number; code: number }[];
  /** `npm test` alone, after `npm ci`. */
  testMinutes: number;
  unitTests: number;
  browserTests: number;
  walk: { seconds: number; combinations: number; largest: { rule: string; combinations: number } };
  goalsMet: { total: boolean; unit: boolean; browserTests: boolean };
};

const Stages = z.array(z.object({ name: z.string(), seconds: z.number(), code: z.number() }));

function timed(command: string, args: string[], cwd: string): { seconds: number; code: number } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  return { seconds: (performance.now() - started) / 1000, code: result.status ?? 1 };
}

export function measureWalk(): SuiteFigures['walk'] {
  const started = performance.now();
  const tables = ruleTables('2026-01-07');
  const seconds = (performance.now() - started) / 1000;
  const sizes = tables.map((table) => ({ rule: table.rule.id, combinations: table.walked.keys.length }));
  const largest = sizes.reduce((most, size) => (size.combinations > most.combinations ? size : most));
  return { seconds, combinations: sizes.reduce((total, size) => total + size.combinations, 0), largest };
}

export function benchSuite(root: string): SuiteFigures {
  const walk = measureWalk();
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'suite-'));
  try {
    execFileSync('git', ['clone', '--quiet', root, clone]);
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim();
    const install = timed('npm', ['ci', '--no-audit', '--no-fund'], clone);
    if (install.code !== 0) throw new Error('npm ci failed in the clean clone');
    const test = timed('npm', ['test'], clone);
    const read = (file: string): unknown =>
      fs.existsSync(path.join(clone, file)) ? JSON.parse(fs.readFileSync(path.join(clone, file), 'utf8')) : undefined;
    const stages = Stages.parse(read(STAGES_REPORT) ?? []);
    const unit = unitResults(read('test-results/vitest.json'), clone).counts;
    const browser = browserResults(read('test-results/playwright.json')).counts;
    const unitSeconds = stages.find((stage) => stage.name === 'unit tests')?.seconds ?? Infinity;
    const testMinutes = test.seconds / 60;
    const browserTests = browser.passed + browser.failed + browser.skipped;
    return {
      commit,
      installSeconds: install.seconds,
      stages,
      testMinutes,
      unitTests: unit.passed + unit.failed + unit.skipped,
      browserTests,
      walk,
      goalsMet: {
        total: test.code === 0 && testMinutes < SUITE_GOALS.totalMinutes,
        unit: unitSeconds < SUITE_GOALS.unitSeconds,
        browserTests: browserTests < SUITE_GOALS.browserTests,
      },
    };
  } finally {
    fs.rmSync(clone, { recursive: true, force: true });
  }
}
