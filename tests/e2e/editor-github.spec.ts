import { expect, test, type Page } from '@playwright/test';
import { BASE_URL, FAKE_GITHUB_URL, GITHUB_EDITOR_URL } from '../../playwright.config';

/**
 * The content editor where it is not on a staff member's own computer: in
 * GitHub mode (the same build, against the GitHub of tests/support/fake-github.ts)
 * and off, as on a public server. Apart from tests/e2e/editor.spec.ts, whose
 * local-mode steps run one after the other, so these run beside them.
 */
const EXISTING = 'content/articles/older-article.mdx';

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('in GitHub mode, only someone signed in edits, and each save is their commit on the file’s own branch, with a pull request', async ({
  page,
  request,
}) => {
  await page.goto(`${GITHUB_EDITOR_URL}/editor`);
  await expect(page.getByRole('heading', { name: 'Sign in to edit the site' })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in with GitHub' }).click();
  await expect(page.getByText('Signed in with GitHub as maria-paralegal')).toBeVisible();

  await page.getByRole('link', { name: 'An older article about pleas' }).click();
  await page
    .getByLabel('Description')
    .fill('A published article from last year, used by the tests as the older of two posts, changed in GitHub mode.');
  await save(page);
  await expect(page.getByRole('link', { name: 'See the pull request on GitHub' })).toBeVisible();
  // A paralegal cannot record an attorney's review: no attorney's file names her account.
  await page.getByRole('link', { name: 'Preview the saved version' }).click();
  await expect(page.getByText(/^Only an attorney records a review, signed in with the GitHub account/)).toBeVisible();
  await expect(page.getByRole('button', { name: /record my review/ })).toHaveCount(0);
  const record = (await (await request.get(`${FAKE_GITHUB_URL}/_test/record`)).json()) as {
    commits: { branch: string; file: string; author: string }[];
    pulls: { head: string; base: string }[];
  };
  expect(record.commits).toEqual([
    expect.objectContaining({
      branch: 'editor/content-articles-older-article',
      file: EXISTING,
      author: 'maria-paralegal',
    }),
  ]);
  expect(record.pulls).toEqual([
    expect.objectContaining({ head: 'editor/content-articles-older-article', base: 'main' }),
  ]);

  await page.getByRole('link', { name: 'Content editor' }).click();
  await expect(
    page.getByRole('region', { name: 'Saved, waiting to be published' }).getByRole('link', { name: EXISTING }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Sign out' }).click();
  await page.goto(`${GITHUB_EDITOR_URL}/editor/edit/${EXISTING}`);
  await expect(page.getByRole('heading', { name: 'Sign in to edit the site' })).toBeVisible();
});

test('with neither local mode nor GitHub set up, as on a public server, every editor address answers 404', async ({
  request,
}) => {
  for (const address of [
    '/editor',
    '/editor/new?language=es',
    `/editor/edit/${EXISTING}`,
    `/editor/preview/${EXISTING}`,
    '/editor/sign-in',
    '/editor/sign-in/github',
    '/editor/auth?code=x&state=y',
  ]) {
    const response = await request.get(new URL(address, BASE_URL).toString(), { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
  }
});
