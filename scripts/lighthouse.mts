/**
 * `npm run lighthouse`: Lighthouse 12 (13 needs Node 22) in Debian's
 * Chromium against a production build: a page of every kind (home, an
 * article and its Spanish translation, the article index, a practice area,
 * the attorneys, the glossary, the FAQ, the contact page in both languages,
 * the page for defense attorneys, /detained, the Spanish sheet and the
 * relief check), mobile and desktop, three runs each. Prints the median of each
 * category and of LCP, TBT and CLS, the audits that cost accessibility, best
 * practices or SEO points, and exits 1 below lighthouse.budget.json.
 * Slow and noisy, so not part of `npm test`. `--only=contact,reliefCheck`
 * measures some pages, `--preset=mobile` one preset; `--no-build` uses the
 * build that is there;
 * `--before=<commit>` measures that commit's build too, in turn, and prints
 * both, with the main thread's work by kind, for a before/after in one run.
 * Lighthouse runs through `npx` at a pinned version, so its 36 MB (and
 * Puppeteer's) are fetched only by whoever runs this, not by every `npm ci`.
 * Every run also measures scripts/lighthouse-reference, the least an App
 * Router page can be, built with the same Next.js: a machine on which that
 * page misses the budget cannot show whether the site meets it.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from '../lib/zod.ts';
import {
  articleIndexPath,
  articlePath,
  attorneyIndexPath,
  homePath,
  pagePath,
  practiceAreaPath,
} from '../lib/routes.ts';
import { checkOutBaseline } from './bench/baseline.mts';
import { CHROMIUM, CHROMIUM_FLAGS, startNext } from './support/processes.mts';

const PAGES = {
  home: homePath(),
  article: articlePath('post-conviction-relief-for-noncitizens'),
  spanishArticle: articlePath('alivio-posterior-a-la-condena-para-no-ciudadanos', 'es'),
  contact: pagePath('contact'),
  spanishContact: pagePath('contact', 'es'),
  detained: pagePath('detained'),
  reliefCheck: pagePath('reliefCheck'),
  gather: pagePath('gather', 'es'),
  practiceArea: practiceAreaPath('post-conviction-relief'),
  articleIndex: articleIndexPath(1),
  glossary: pagePath('glossary'),
  faq: pagePath('faq'),
  attorneys: attorneyIndexPath(),
  forDefenseAttorneys: pagePath('padilla'),
};
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const PRESETS = ['mobile', 'desktop'] as const;
// --preset=mobile: one preset only, for a before/after of every page in half the time.
const presetOnly = process.argv.find((argument) => argument.startsWith('--preset='))?.slice('--preset='.length);
const presets = PRESETS.filter((preset) => !presetOnly || preset === presetOnly);
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Budget = Record<(typeof PRESETS)[number], Record<(typeof CATEGORIES)[number], number>>;

/** A minimal App Router page (scripts/lighthouse-reference), measured beside the site's pages as the machine's ceiling. */
const REFERENCE = { name: 'reference', project: 'scripts/lighthouse-reference', pathname: '/' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** What one Lighthouse run measured: category scores, LCP/TBT/CLS, and main-thread time by kind of work. */
type Run = { scores: Record<string, number>; metrics: Record<string, number>; mainThread: Record<string, number> };

/** The last Lighthouse that runs on Node 20 (13 needs Node 22). */
const LIGHTHOUSE = 'lighthouse@12.2.3';

/** The parts of Lighthouse's JSON report this script reads, checked as they come in. */
const reportSchema = z.object({
  categories: z.record(
    z.string(),
    z.object({ score: z.number().nullable(), auditRefs: z.array(z.object({ id: z.string() })) }),
  ),
  audits: z.record(
    z.string(),
    z.object({
      title: z.string(),
      score: z.number().nullable(),
      scoreDisplayMode: z.string(),
      numericValue: z.number().optional(),
      details: z.object({ items: z.array(z.record(z.string(), z.unknown())).optional() }).optional(),
    }),
  ),
});

async function measure(url: string, preset: (typeof PRESETS)[number]): Promise<{ run: Run; lost: string[] }> {
  const { stdout } = await promisify(execFile)(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${[...CHROMIUM_FLAGS, '--headless=new'].join(' ')}`,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const lhr = reportSchema.parse(JSON.parse(stdout));
  const lost = CATEGORIES.filter((id) => id !== 'performance').flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap(({ id }) => {
      const audit = lhr.audits[id];
      return audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative'
        ? [`${category} lost "${audit.title}" (${id})`]
        : [];
    }),
  );
  // The trace's main-thread work, grouped as Lighthouse groups it (script evaluation, parsing, layout…).
  const items = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  const mainThread = Object.fromEntries(
    items.flatMap((item) =>
      typeof item.groupLabel === 'string' && typeof item.duration === 'number'
        ? [[item.groupLabel, item.duration]]
        : [],
    ),
  );
  return {
    run: {
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      ),
      metrics: {
        LCP: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
        TBT: lhr.audits['total-blocking-time']?.numericValue ?? 0,
        CLS: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
      },
      mainThread,
    },
    lost,
  };
}

const cell = (cells: string[]) => cells.map((text, index) => text.padEnd(index === 0 ? 24 : 10)).join('');

async function main() {
  const budget = JSON.parse(fs.readFileSync('lighthouse.budget.json', 'utf8')) as Budget;
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: buildEnv });
  if (!process.argv.includes('--no-build') || !fs.existsSync(path.join(REFERENCE.project, '.next', 'BUILD_ID')))
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', REFERENCE.project], {
      stdio: 'inherit',
      env: buildEnv,
    });
  // --before=<commit>: the same pages on that commit's build too, in turn, for a before/after in one run.
  const before = process.argv.find((argument) => argument.startsWith('--before='))?.slice('--before='.length);
  const servers = [{ label: 'now', server: await startNext(process.cwd(), 3200, { CONSULT_RATE_LIMIT: '0' }) }];
  if (before) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-before-'));
    checkOutBaseline(process.cwd(), before, dir);
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_CHECKED: '1' },
    });
    servers.unshift({ label: before, server: await startNext(dir, 3201, { CONSULT_RATE_LIMIT: '0' }) });
  }
  const rows: string[] = [];
  const breakdowns: string[] = [];
  const failures: string[] = [];
  /** Presets in which the reference page itself missed the performance budget. */
  const ceilings: string[] = [];
  const lostPoints = new Set<string>();
  const pages = Object.entries(PAGES).filter(([name]) => !only || only.includes(name));
  // The reference first, on its own server, then each page on the site's build(s).
  const reference = await startNext(process.cwd(), 3202, {}, REFERENCE.project);
  const targets = [
    { name: REFERENCE.name, pathname: REFERENCE.pathname, servers: [{ label: 'minimal page', server: reference }] },
    ...pages.map(([name, pathname]) => ({ name, pathname, servers })),
  ];
  try {
    for (const { name, pathname: pagePathname, servers: pageServers } of targets) {
      for (const preset of presets) {
        const runs = new Map<string, Run[]>(pageServers.map(({ label }) => [label, []]));
        for (let round = 0; round < RUNS; round++) {
          for (const { label, server } of pageServers) {
            const { run, lost } = await measure(`${server.url}${pagePathname}`, preset);
            runs.get(label)?.push(run);
            if (label === 'now') for (const line of lost) lostPoints.add(`${name} ${preset}: ${line}`);
          }
        }
        for (const [label, measured] of runs) {
          const scores = CATEGORIES.map((category) => median(measured.map((run) => run.scores[category] ?? 0)));
          const performance = scores[0] ?? 0;
          if (name === REFERENCE.name && performance < budget[preset].performance)
            ceilings.push(`${preset}: ${performance} < ${budget[preset].performance}`);
          if (label === 'now')
            CATEGORIES.forEach((category, index) => {
              const score = scores[index] ?? 0;
              if (score < budget[preset][category])
                failures.push(`${name} ${preset} ${category}: ${score} < ${budget[preset][category]}`);
            });
          const metric = (key: string) => median(measured.map((run) => run.metrics[key] ?? 0));
          rows.push(
            cell([
              pageServers.length > 1 ? `${name} (${label})` : name,
              preset,
              ...scores.map(String),
              `${Math.round(metric('LCP'))} ms`,
              `${Math.round(metric('TBT'))} ms`,
              metric('CLS').toFixed(3),
            ]),
          );
          const groups = [...new Set(measured.flatMap((run) => Object.keys(run.mainThread)))];
          breakdowns.push(
            `${name} ${preset} (${label}): ${groups
              .map((group) => `${group} ${Math.round(median(measured.map((run) => run.mainThread[group] ?? 0)))} ms`)
              .join(', ')}`,
          );
        }
      }
    }
  } finally {
    await Promise.all([...servers, { server: reference }].map(({ server }) => server.stop()));
  }
  console.log(cell(['page', 'preset', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP', 'TBT', 'CLS']));
  for (const row of rows) console.log(row);
  console.log(`\nMain-thread work (medians; Lighthouse multiplies CPU time by 4 on mobile):\n${breakdowns.join('\n')}`);
  if (lostPoints.size > 0) console.log(`\n${[...lostPoints].join('\n')}`);
  if (ceilings.length > 0)
    console.log(
      `\nThe reference page, the least an App Router page can be, missed the performance budget itself (${ceilings.join(', ')}): this machine is too busy or too slow to show whether the site meets it.`,
    );
  if (failures.length > 0) {
    console.log(`\nBelow the budget in lighthouse.budget.json:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll medians meet lighthouse.budget.json.');
  }
}

await main();
