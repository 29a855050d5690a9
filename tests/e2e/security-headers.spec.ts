import { expect, test } from '@playwright/test';

const EXPECTED = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
};

const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", 'script-src '];

for (const [kind, path, status] of [
  ['a static article', '/articles/post-conviction-relief-for-noncitizens', 200],
  ['the contact page', '/contact', 200],
  ['a missing page', '/no-such-page', 404],
] as const) {
  test(`${kind} is served with the security headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(status);
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(EXPECTED)) expect(headers[name], name).toMatch(pattern);
    for (const directive of CSP_DIRECTIVES) expect(headers['content-security-policy']).toContain(directive);
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('the pages still work under the policy: no violation is reported', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/contact');
  await page.getByLabel('Full name').fill('Policy Check');
  await page.goto('/articles/post-conviction-relief-for-noncitizens');
  await page.goto('/search?q=plea');
  expect(violations).toEqual([]);
});
