/**
 * `npm run bench`: builds once and measures what readers and the firm feel.
 * Prints a table and writes bench/results.json; docs/performance.md explains
 * how to read it. Needs wrk and nginx (installed with apt when missing, as
 * root); falls back to a small Node static server when nginx cannot be had.
 * `npm run bench -- --baseline-only` stops after the same-run comparison
 * with the build before the Spanish edition. `npm run bench -- --suite`
 * measures the test suite instead (scripts/bench/suite.mts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {
  BASELINE_COMMIT,
  checkOutBaseline,
  compareInTurn,
  pairedRatio,
  type ContentOverride,
} from './bench/baseline.mts';
import { postConsultations, startCountingSmtp } from './bench/consultations.mts';
import { copyWithArticles } from './bench/generate-articles.mts';
import { benchSuite, SUITE_GOALS } from './bench/suite.mts';
import { wrk } from './bench/load.mts';
import { securityHeaderLines, startNginx } from './bench/nginx.mts';
import { pageWeight } from './bench/weight.mts';
import { articlePath, pagePath } from '../lib/routes.ts';
import { startPostgresCluster } from './support/postgres-cluster.mts';
import { runMeasured, startNext, type Server } from './support/processes.mts';

const ROOT = process.cwd();
const ARTICLE = articlePath('post-conviction-relief-for-noncitizens');
/** Its Spanish translation: the same page weight budget, served through the same recipe. */
const SPANISH_ARTICLE = articlePath('alivio-posterior-a-la-condena-para-no-ciudadanos', 'es');
const GENERATED = Number(process.env.BENCH_ARTICLES ?? 1000);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

function ensureTools() {
  const missing = ['wrk', 'nginx'].filter((tool) => !has(tool));
  if (missing.length === 0 || process.getuid?.() !== 0) return;
  console.log(`Installing ${missing.join(' and ')} with apt…`);
  try {
    execFileSync(
      'apt-get',
      ['install', '-y', '-qq', ...missing.map((tool) => (tool === 'nginx' ? 'nginx-light' : tool))],
      {
        stdio: 'inherit',
        env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      },
    );
  } catch {
    console.log('apt-get install failed; continuing with what is there.');
  }
}

/** The fallback when nginx is missing: serves one file from memory. */
function staticNodeServer(file: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const body = fs.readFileSync(file);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

async function main() {
  if (process.argv.includes('--suite')) {
    const figures = benchSuite(ROOT);
    console.log(JSON.stringify({ goals: SUITE_GOALS, ...figures }, null, 2));
    if (!Object.values(figures.goalsMet).every(Boolean)) process.exitCode = 1;
    return;
  }
  ensureTools();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const realArticles = fs.readdirSync('content/articles').filter((name) => name.endsWith('.mdx')).length;

  console.log('1/6 building the site…');
  const realBuild = await runMeasured(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: ROOT,
    env,
  });
  if (realBuild.code !== 0) throw new Error('next build failed');

  console.log(`2/6 next start against the build of ${BASELINE_COMMIT} (before the Spanish edition), in turn…`);
  const againstBaseline = await serveAgainstBaseline(work);
  if (process.argv.includes('--baseline-only')) {
    fs.rmSync(work, { recursive: true, force: true });
    console.log(JSON.stringify(againstBaseline, null, 2));
    return;
  }

  const smtp = await startCountingSmtp(2600);
  const next = await startNext(ROOT, 3300, {
    SMTP_URL: 'smtp://127.0.0.1:2600',
    OUTBOX_DIR: path.join(work, 'outbox'),
    CONSULT_RATE_LIMIT: '0',
    CONSULT_MIN_FILL_MS: '0',
  });
  let results: Record<string, unknown>;
  try {
    console.log('3/6 page weight…');
    const weight = {
      article: await pageWeight(next.url, ARTICLE),
      spanishArticle: await pageWeight(next.url, SPANISH_ARTICLE),
      contact: await pageWeight(next.url, pagePath('contact')),
    };

    console.log('4/6 serving an article: next start, plain nginx, nginx in front of next start…');
    const articleResponse = await fetch(`${next.url}${ARTICLE}`);
    const htmlFile = path.join(work, 'article.html');
    fs.writeFileSync(htmlFile, Buffer.from(await articleResponse.arrayBuffer()));
    const headers = Object.fromEntries(articleResponse.headers);
    const nextServing = wrk(`${next.url}${ARTICLE}`);
    const securityHeaders = Object.fromEntries(
      Object.entries(headers).filter(([name]) =>
        /security-policy|strict-transport|content-type-options|referrer-policy|permissions-policy|frame-options/.test(
          name,
        ),
      ),
    );

    let plain: { requestsPerSecond: number; p99Ms: number };
    let recipe: { requestsPerSecond: number; p99Ms: number } | undefined;
    let recipeSpanish: { requestsPerSecond: number; p99Ms: number } | undefined;
    let staticServer = 'nginx';
    if (has('nginx')) {
      const nginxPlain = await startNginx(
        path.join(work, 'nginx-plain'),
        3301,
        `    location / {\n      root ${work};\n      try_files /article.html =404;\n      default_type text/html;\n${securityHeaderLines(securityHeaders)}\n    }`,
      );
      try {
        plain = wrk(`${nginxPlain.url}/`);
      } finally {
        await nginxPlain.stop();
      }
      const nginxRecipe = await startNginx(
        path.join(work, 'nginx-recipe'),
        3302,
        recipeServerBlock(path.join(ROOT, '.next'), next.url, securityHeaders),
      );
      try {
        recipe = wrk(`${nginxRecipe.url}${ARTICLE}`);
        recipeSpanish = wrk(`${nginxRecipe.url}${SPANISH_ARTICLE}`);
      } finally {
        await nginxRecipe.stop();
      }
    } else {
      staticServer = 'node static server (nginx missing)';
      const fallback = await staticNodeServer(htmlFile, 3301);
      try {
        plain = wrk(`${fallback.url}/`);
      } finally {
        await fallback.stop();
      }
    }

    console.log('5/6 consultation requests…');
    // wrk blocked this process for seconds; connections kept alive from before it are closed by now.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const consultations = await postConsultations(next.url, 500, 20, smtp);
    const consultationsPostgres = await postConsultationsToPostgres(work);

    results = {
      serving: {
        nextStart: nextServing,
        [staticServer === 'nginx' ? 'nginx' : 'staticFallback']: plain,
        ratio: Number((nextServing.requestsPerSecond / plain.requestsPerSecond).toFixed(3)),
        ...(recipe
          ? {
              nginxInFrontOfNext: recipe,
              recipeRatio: Number((recipe.requestsPerSecond / plain.requestsPerSecond).toFixed(3)),
              ...(recipeSpanish ? { nginxInFrontOfNextSpanish: recipeSpanish } : {}),
            }
          : {}),
      },
      weight,
      consultations,
      consultationsPostgres,
    };
  } finally {
    await next.stop();
    await smtp.close();
  }

  console.log(`6/6 building with ${GENERATED} more articles, and content:check on them…`);
  const big = path.join(work, 'big-site');
  fs.mkdirSync(big);
  copyWithArticles(ROOT, big, GENERATED);
  const check = await runMeasured(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { cwd: big, env });
  const bigBuild = await runMeasured(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: big,
    env: { ...env, CONTENT_CHECKED: '1' },
  });
  if (bigBuild.code !== 0) throw new Error(`next build with ${GENERATED} articles failed`);
  fs.rmSync(work, { recursive: true, force: true });

  const perHundred = (seconds: number, articles: number) => Number(((seconds / articles) * 100).toFixed(2));
  const report = {
    machine: {
      date: new Date().toISOString(),
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    againstBaseline,
    ...results,
    build: {
      real: { articles: realArticles, seconds: Number(realBuild.seconds.toFixed(1)), peakMb: realBuild.peakMb },
      generated: {
        articles: realArticles + GENERATED,
        seconds: Number(bigBuild.seconds.toFixed(1)),
        peakMb: bigBuild.peakMb,
        secondsPer100Articles: perHundred(bigBuild.seconds, realArticles + GENERATED),
        marginalSecondsPer100Articles: perHundred(bigBuild.seconds - realBuild.seconds, GENERATED),
      },
    },
    contentCheck: {
      articles: realArticles + GENERATED,
      seconds: Number(check.seconds.toFixed(2)),
      exitCode: check.code,
    },
  };
  fs.mkdirSync('bench', { recursive: true });
  fs.writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
}

/**
 * `next start` of this build and of the baseline commit, one after the
 * other in rounds (scripts/bench/baseline.mts). The baseline had no Spanish
 * pages and has an older, shorter text of the English article, so it is
 * built three times: as committed; with today's English text; and with the
 * Spanish translation's text in the English article's place. The ratios
 * that judge the code compare pages of the same text; the last one shows
 * what the longer article costs too.
 */
async function serveAgainstBaseline(work: string) {
  const englishFile = `content/articles/${ARTICLE.split('/').pop()}.mdx`;
  const spanishFile = `content/es/articles/${SPANISH_ARTICLE.split('/').pop()}.mdx`;
  // The baseline's schema has no translation fields.
  const withoutTranslationFields = (text: string) => text.replace(/^(translationOf|translatedFrom):.*\n/gm, '');
  const variants = {
    baseline: [],
    baselineEnglishText: [{ from: englishFile, to: englishFile }],
    baselineSpanishText: [{ from: spanishFile, to: englishFile, edit: withoutTranslationFields }],
  } satisfies Record<string, ContentOverride[]>;
  const servers: Server[] = [];
  try {
    let port = 3310;
    const urls: Record<string, string> = {};
    for (const [name, overrides] of Object.entries(variants)) {
      const dir = path.join(work, name);
      checkOutBaseline(ROOT, BASELINE_COMMIT, dir, overrides);
      const build = await runMeasured(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        cwd: dir,
        env: { ...env, CONTENT_CHECKED: '1' },
      });
      if (build.code !== 0) throw new Error(`next build of ${BASELINE_COMMIT} failed in ${dir}`);
      const server = await startNext(dir, port++, quiet(dir));
      servers.push(server);
      urls[name] = `${server.url}${ARTICLE}`;
    }
    const now = await startNext(ROOT, port, quiet(work));
    servers.push(now);
    const runs = compareInTurn([
      ...Object.entries(urls).map(([name, url]) => ({ name, url })),
      { name: 'english', url: `${now.url}${ARTICLE}` },
      { name: 'spanish', url: `${now.url}${SPANISH_ARTICLE}` },
    ]);
    const ratio = (side: string, against: string) => pairedRatio(runs, side, against);
    return {
      commit: BASELINE_COMMIT,
      ...runs,
      ratios: {
        english: ratio('english', 'baselineEnglishText'),
        spanish: ratio('spanish', 'baselineSpanishText'),
        englishAgainstBaselineAsCommitted: ratio('english', 'baseline'),
      },
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** A server for reading pages only: no SMTP, its outbox and mail folders in `dir`. */
function quiet(dir: string) {
  return { SMTP_URL: '', OUTBOX_DIR: path.join(dir, 'outbox'), MAIL_DIR: path.join(dir, 'mail') };
}

/** The deployment recipe of docs/performance.md: nginx serves prerendered HTML and static files, Next.js the rest. */
function recipeServerBlock(dotNext: string, nextUrl: string, headers: Record<string, string>): string {
  return `    location /_next/static/ {
      alias ${dotNext}/static/;
      expires 1y;
      add_header Cache-Control "public, max-age=31536000, immutable";
    }
    location / {
      root ${dotNext}/server/app;
      # Prefetches and actions (RSC header, POST) and dynamic pages go to Next.js.
      if ($http_rsc) { proxy_pass ${nextUrl}; }
      if ($request_method = POST) { proxy_pass ${nextUrl}; }
      # The file of this address (docs/deployment.md): /articles/x.html, and /index.html for /.
      try_files $uri.html \${uri}index.html @next;
      default_type text/html;
${securityHeaderLines(headers)}
    }
    location @next {
      proxy_pass ${nextUrl};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
    }`;
}

/** The same posts with the outbox and the limit in PostgreSQL (DATABASE_URL), a throwaway server on 127.0.0.1. */
async function postConsultationsToPostgres(work: string) {
  const database = await startPostgresCluster();
  const smtp = await startCountingSmtp(2601);
  const next = await startNext(ROOT, 3302, {
    DATABASE_URL: database.url,
    SMTP_URL: 'smtp://127.0.0.1:2601',
    OUTBOX_DIR: path.join(work, 'outbox-unused'),
    CONSULT_RATE_LIMIT: '0',
    CONSULT_MIN_FILL_MS: '0',
  });
  try {
    return await postConsultations(next.url, 500, 20, smtp);
  } finally {
    await next.stop();
    await smtp.close();
    await database.remove();
  }
}

type ConsultationFigures = {
  accepted: number;
  requests: number;
  acceptedPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  delivered: number;
};

function printTable(report: Record<string, unknown>) {
  const r = report as {
    serving: Record<string, { requestsPerSecond: number; p99Ms: number } | number>;
    weight: Record<
      string,
      {
        html: { raw: number; gzip: number };
        css: { raw: number; gzip: number };
        js: { raw: number; gzip: number };
        ourJs: string[];
      }
    >;
    consultations: ConsultationFigures;
    consultationsPostgres: ConsultationFigures;
    build: {
      real: { articles: number; seconds: number; peakMb: number };
      generated: {
        articles: number;
        seconds: number;
        peakMb: number;
        secondsPer100Articles: number;
        marginalSecondsPer100Articles: number;
      };
    };
    contentCheck: { articles: number; seconds: number };
  };
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines: string[] = [];
  const sides = ['baseline', 'baselineEnglishText', 'baselineSpanishText', 'english', 'spanish'] as const;
  const b = report.againstBaseline as { commit: string; ratios: Record<string, number> } & Record<
    (typeof sides)[number],
    { requestsPerSecond: number; p99Ms: number }
  >;
  for (const side of sides) {
    lines.push(
      `vs ${b.commit.padEnd(8)} ${side.padEnd(20)} ${b[side].requestsPerSecond} req/s, p99 ${b[side].p99Ms} ms`,
    );
  }
  for (const [name, value] of Object.entries(b.ratios))
    lines.push(`vs ${b.commit.padEnd(8)} ${`ratio ${name}`.padEnd(20)} ${value}`);
  for (const [name, value] of Object.entries(r.serving)) {
    lines.push(
      typeof value === 'number'
        ? `serving  ${name.padEnd(22)} ${value}`
        : `serving  ${name.padEnd(22)} ${value.requestsPerSecond} req/s, p99 ${value.p99Ms} ms`,
    );
  }
  for (const [page, w] of Object.entries(r.weight)) {
    lines.push(
      `weight   ${page.padEnd(22)} HTML ${kb(w.html.gzip)} gz (${kb(w.html.raw)}), CSS ${kb(w.css.gzip)} gz, JS ${kb(w.js.gzip)} gz (${kb(w.js.raw)}); our JS chunks: ${w.ourJs.length}`,
    );
  }
  for (const [store, c] of [
    ['folder', r.consultations],
    ['PostgreSQL', r.consultationsPostgres],
  ] as const) {
    lines.push(
      `consult  ${`${c.requests} posts, ${store}`.padEnd(22)} ${c.accepted} accepted, ${c.acceptedPerSecond}/s, p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms, ${c.delivered} delivered`,
    );
  }
  lines.push(
    `build    ${`${r.build.real.articles} articles`.padEnd(22)} ${r.build.real.seconds} s, peak ${r.build.real.peakMb} MB`,
  );
  const g = r.build.generated;
  lines.push(
    `build    ${`${g.articles} articles`.padEnd(22)} ${g.seconds} s, peak ${g.peakMb} MB, ${g.secondsPer100Articles} s per 100 (${g.marginalSecondsPer100Articles} s per 100 added)`,
  );
  lines.push(`check    ${`${r.contentCheck.articles} articles`.padEnd(22)} ${r.contentCheck.seconds} s`);
  console.log(`\n${lines.join('\n')}\n\nWritten to bench/results.json.`);
}

await main();
