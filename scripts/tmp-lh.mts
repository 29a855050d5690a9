import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS, startNext } from './support/processes.mts';
const server = await startNext(process.cwd(), 3210, { CONSULT_RATE_LIMIT: '0' });
try {
  for (const path of (process.argv[2] ?? '/articles/post-conviction-relief-for-noncitizens').split(',')) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, userDataDir: false });
    try {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
      const a = result?.lhr.audits;
      console.log(path, Math.round((result?.lhr.categories.performance?.score ?? 0) * 100), 'FCP', Math.round(a?.['first-contentful-paint']?.numericValue ?? 0), 'LCP', Math.round(a?.['largest-contentful-paint']?.numericValue ?? 0), 'TBT', Math.round(a?.['total-blocking-time']?.numericValue ?? 0));
    } finally { await chrome.kill(); }
  }
} finally { await server.stop(); }
