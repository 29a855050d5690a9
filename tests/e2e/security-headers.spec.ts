import { expect, test } from '@playwright/test';
import { articlePath, pagePath, searchPath } from '@/lib/routes';
import { newestArticle } from './support/site';

const EXPECTED = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
};

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  'script-src ',
];

for (const [kind, path, status] of [
  ['a static article', articlePath(newestArticle.slug), 200],
  ['the contact page', pagePath('contact'), 200],
  ['a missing page', '/no-such-page', 404],
  ['a language redirect', '/en/faq', 308],
  ['a Spanish word without /es', '/contacto', 308],
] as const) {
  test(`${kind} is served with the security headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(EXPECTED)) expect(headers[name], name).toMatch(pattern);
    for (const directive of CSP_DIRECTIVES) expect(headers['content-security-policy']).toContain(directive);
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('the pages run under the policy without a single violation', async ({ page }) => {
  // The browser fires this event for every blocked script, style or eval, even one the page catches.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of [
    pagePath('contact'),
    articlePath(newestArticle.slug),
    searchPath('plea'),
    pagePath('reliefCheck'),
    pagePath('detained'),
    pagePath('contact', 'es'),
  ]) {
    // Loaded means Next.js's scripts have run, client components' modules included (where zod
    // once checked whether it may use eval, a violation on the relief check).
    await page.goto(path);
    if (path === pagePath('contact')) {
      await page.getByLabel('Full name').fill('Policy Check');
      await page.getByRole('button', { name: 'Request a consultation' }).click();
      await expect(page.getByRole('alert', { name: /Please fix/ })).toBeVisible();
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
});
