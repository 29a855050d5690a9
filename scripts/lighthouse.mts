/**
 * `npm run lighthouse`: Lighthouse 12 (13 needs Node 22) in Debian's
 * Chromium against a production build: home, an article, its Spanish
 * translation, the contact page in both languages, /detained and the relief
 * check, mobile and desktop, three runs each. Prints the median of each
 * category and of LCP, TBT and CLS, the audits that cost accessibility, best
 * practices or SEO points, and exits 1 below lighthouse.budget.json.
 * Slow and noisy, so not part of `npm test`. `--only=contact,reliefCheck`
 * measures some pages; `--no-build` uses the build that is there.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { articlePath, homePath, pagePath } from '../lib/routes.ts';
import { CHROMIUM, CHROMIUM_FLAGS, startNext } from './support/processes.mts';

const PAGES = {
  home: homePath(),
  article: articlePath('post-conviction-relief-for-noncitizens'),
  spanishArticle: articlePath('alivio-posterior-a-la-condena-para-no-ciudadanos', 'es'),
  contact: pagePath('contact'),
  spanishContact: pagePath('contact', 'es'),
  detained: pagePath('detained'),
  reliefCheck: pagePath('reliefCheck'),
};
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const PRESETS = ['mobile', 'desktop'] as const;
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Budget = Record<(typeof PRESETS)[number], Record<(typeof CATEGORIES)[number], number>>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main() {
  const budget = JSON.parse(fs.readFileSync('lighthouse.budget.json', 'utf8')) as Budget;
  if (!process.argv.includes('--no-build'))
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const server = await startNext(process.cwd(), 3200, { CONSULT_RATE_LIMIT: '0' });
  const rows: string[] = [];
  const failures: string[] = [];
  const lostPoints = new Set<string>();
  try {
    for (const [name, path] of Object.entries(PAGES).filter(([name]) => !only || only.includes(name))) {
      for (const preset of PRESETS) {
        const scores: Record<string, number[]> = {};
        const metrics: Record<string, number[]> = { LCP: [], TBT: [], CLS: [] };
        for (let run = 0; run < RUNS; run++) {
          const chrome = await chromeLauncher.launch({
            chromePath: CHROMIUM,
            chromeFlags: CHROMIUM_FLAGS,
            userDataDir: false,
          });
          try {
            const result = await lighthouse(
              `${server.url}${path}`,
              { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] },
              preset === 'desktop' ? desktopConfig : undefined,
            );
            const lhr = result?.lhr;
            if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
            for (const category of CATEGORIES)
              (scores[category] ??= []).push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
            metrics.LCP?.push(lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
            metrics.TBT?.push(lhr.audits['total-blocking-time']?.numericValue ?? 0);
            metrics.CLS?.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0);
            for (const category of CATEGORIES.filter((id) => id !== 'performance')) {
              for (const { id } of lhr.categories[category]?.auditRefs ?? []) {
                const audit = lhr.audits[id];
                if (audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
                  lostPoints.add(`${name} ${preset}: ${category} lost "${audit.title}" (${id})`);
              }
            }
          } finally {
            await chrome.kill();
          }
        }
        const medians = CATEGORIES.map((category) => median(scores[category] ?? []));
        CATEGORIES.forEach((category, index) => {
          const score = medians[index] ?? 0;
          if (score < budget[preset][category])
            failures.push(`${name} ${preset} ${category}: ${score} < ${budget[preset][category]}`);
        });
        rows.push(
          [
            name,
            preset,
            ...medians.map(String),
            `${Math.round(median(metrics.LCP ?? []))} ms`,
            `${Math.round(median(metrics.TBT ?? []))} ms`,
            median(metrics.CLS ?? []).toFixed(3),
          ]
            .map((cell, index) => cell.padEnd(index === 0 ? 16 : 10))
            .join(''),
        );
      }
    }
  } finally {
    await server.stop();
  }
  console.log(
    ['page', 'preset', 'perf', 'a11y', 'best-pr.', 'seo', 'LCP', 'TBT', 'CLS']
      .map((cell, index) => cell.padEnd(index === 0 ? 16 : 10))
      .join(''),
  );
  for (const row of rows) console.log(row);
  if (lostPoints.size > 0) console.log(`\n${[...lostPoints].join('\n')}`);
  if (failures.length > 0) {
    console.log(`\nBelow the budget in lighthouse.budget.json:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll medians meet lighthouse.budget.json.');
  }
}

await main();
