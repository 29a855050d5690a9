import path from 'node:path';
import { z } from '../../lib/zod.ts';

/**
 * What `npm test` (scripts/test.mts) reads back from the runners' JSON
 * reports: each test's time, for the ten slowest, and the counts for the
 * closing line. A report that is missing or not of the expected shape (a
 * stage that did not run) counts nothing.
 */

/** Each stage's name, seconds and exit code, written by `npm test`, read by `npm run bench -- --suite`. */
export const STAGES_REPORT = 'test-results/stages.json';
export type Stage = { name: string; seconds: number; code: number };

export type Timed = { seconds: number; name: string };
export type Counts = { passed: number; failed: number; skipped: number };
/** The browser tests also name those that passed only when tried again (playwright.config.ts, `retries`). */
export type BrowserCounts = Counts & { passedOnRetry: string[] };

const UnitReport = z.object({
  testResults: z.array(
    z.object({
      name: z.string(),
      assertionResults: z.array(z.object({ fullName: z.string(), status: z.string(), duration: z.number().nullish() })),
    }),
  ),
});

type BrowserSuite = {
  title: string;
  specs?: { title: string; tests: { projectName: string; results: { duration: number; status: string }[] }[] }[];
  suites?: BrowserSuite[];
};
const BrowserSuiteSchema: z.ZodType<BrowserSuite> = z.lazy(() =>
  z.object({
    title: z.string(),
    specs: z
      .array(
        z.object({
          title: z.string(),
          tests: z.array(
            z.object({
              projectName: z.string(),
              results: z.array(z.object({ duration: z.number(), status: z.string() })),
            }),
          ),
        }),
      )
      .optional(),
    suites: z.array(BrowserSuiteSchema).optional(),
  }),
);
const BrowserReport = z.object({ suites: z.array(BrowserSuiteSchema) });

/** The unit tests' durations and counts, from vitest's JSON report. */
export function unitResults(report: unknown, root = process.cwd()): { timed: Timed[]; counts: Counts } {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  const parsed = UnitReport.safeParse(report);
  if (!parsed.success) return { timed: [], counts };
  const timed = parsed.data.testResults.flatMap((file) =>
    file.assertionResults.map((test) => {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') counts.failed += 1;
      else counts.skipped += 1;
      return {
        seconds: (test.duration ?? 0) / 1000,
        name: `unit · ${path.relative(root, file.name)} › ${test.fullName}`,
      };
    }),
  );
  return { timed, counts };
}

/** The browser tests' durations (every try of a retried test) and counts, from Playwright's JSON report. */
export function browserResults(report: unknown): { timed: Timed[]; counts: BrowserCounts } {
  const counts: BrowserCounts = { passed: 0, failed: 0, skipped: 0, passedOnRetry: [] };
  const parsed = BrowserReport.safeParse(report);
  if (!parsed.success) return { timed: [], counts };
  const timed: Timed[] = [];
  const walk = (suite: BrowserSuite, titles: string[]) => {
    const here = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const name = `browser · [${test.projectName}] ${[...here, spec.title].join(' › ')}`;
        const statuses = test.results.map((result) => result.status);
        if (statuses.length === 0 || statuses.every((status) => status === 'skipped')) counts.skipped += 1;
        else if (statuses.at(-1) === 'passed') {
          counts.passed += 1;
          if (statuses.length > 1) counts.passedOnRetry.push(name);
        } else counts.failed += 1;
        const seconds = test.results.reduce((total, result) => total + result.duration, 0) / 1000;
        timed.push({ seconds, name });
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of parsed.data.suites) walk(suite, []);
  return { timed, counts };
}

export function slowest(timed: readonly Timed[], count = 10): string[] {
  return [...timed]
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
    .map((test) => `${test.seconds.toFixed(1).padStart(6)} s  ${test.name}`);
}
