import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { wrk, type LoadResult } from './load.mts';

/**
 * The build `next start` is compared against: the last commit before the
 * Spanish edition, which served the English article at about twice today's
 * rate before the language routing moved into next.config.mjs (issue 21).
 * BENCH_BASELINE=<commit> compares against another one.
 */
export const BASELINE_COMMIT = process.env.BENCH_BASELINE ?? 'c92fec1';

/** A file of today's content written over the baseline's, so both builds serve the same text. */
export type ContentOverride = { from: string; to: string; edit?: (text: string) => string };

/**
 * Checks `commit` out into `dir` (git archive, so the working tree is left
 * alone) and shares this project's node_modules with it when the baseline's
 * dependencies are all installed here, or else installs its own. `overrides`
 * copy today's content over the checkout (an article that grew since would
 * otherwise make the old code look faster).
 */
export function checkOutBaseline(root: string, commit: string, dir: string, overrides: ContentOverride[] = []): void {
  fs.mkdirSync(dir, { recursive: true });
  try {
    const archive = execFileSync('git', ['archive', commit], { cwd: root, maxBuffer: 512 * 2 ** 20 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch {
    throw new Error(
      `Could not check out ${commit} for the same-run comparison: a full clone is needed (git fetch --unshallow), or set BENCH_BASELINE to a commit this clone has.`,
    );
  }
  for (const { from, to, edit = (text: string) => text } of overrides) {
    fs.writeFileSync(path.join(dir, to), edit(fs.readFileSync(path.join(root, from), 'utf8')));
  }
  // A baseline that still used a package since dropped (lighthouse, retext-english) installs its own.
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const needed = ['dependencies', 'devDependencies'].flatMap((field) => Object.keys(Object(manifest[field])));
  if (needed.some((name) => !fs.existsSync(path.join(root, 'node_modules', name, 'package.json')))) {
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
    return;
  }
  // Hard links are instant and take no space; a copy when /tmp is another disk.
  try {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  } catch {
    execFileSync('cp', ['-a', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  }
}

export type Side = { name: string; url: string };
export type Comparison = Record<string, LoadResult & { runs: LoadResult[] }>;

/**
 * wrk against each side in turn, `rounds` times, so that a slow minute on a
 * shared machine hits both sides alike; the median run of each side counts.
 */
export function compareInTurn(sides: Side[], rounds = 9): Comparison {
  const runs = new Map<string, LoadResult[]>(sides.map((side) => [side.name, []]));
  // A fresh server compiles and caches on its first requests: warm each one up first.
  for (const side of sides) wrk(side.url, { seconds: 3, connections: 32 });
  for (let round = 0; round < rounds; round += 1) {
    for (const side of sides) runs.get(side.name)?.push(wrk(side.url, { seconds: 5, connections: 32 }));
  }
  return Object.fromEntries(
    [...runs].map(([name, results]) => {
      const byRate = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
      const median = byRate[Math.floor(byRate.length / 2)] ?? { requestsPerSecond: NaN, p99Ms: NaN };
      const p99s = results.map((result) => result.p99Ms).sort((a, b) => a - b);
      return [name, { requestsPerSecond: median.requestsPerSecond, p99Ms: p99s[Math.floor(p99s.length / 2)] ?? NaN, runs: results }];
    }),
  );
}

/**
 * `side` against `against`, round by round (the two ran a few seconds apart,
 * on the same machine load), and the median of those ratios: steadier than a
 * ratio of medians when the machine's speed drifts during the run.
 */
export function pairedRatio(comparison: Comparison, side: string, against: string): number {
  const ours = comparison[side]?.runs ?? [];
  const theirs = comparison[against]?.runs ?? [];
  const ratios = ours
    .map((run, round) => run.requestsPerSecond / (theirs[round]?.requestsPerSecond ?? NaN))
    .sort((a, b) => a - b);
  return Number((ratios[Math.floor(ratios.length / 2)] ?? NaN).toFixed(3));
}
