import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '@/lib/content-check';
import { compilePreview } from '@/lib/editor/preview';
import { openDocument } from '@/lib/editor/document';
import { expectNoViolations } from './support/axe';
import { EDITOR_SITE_DIR, EDITOR_URL } from '../../playwright.config';

/**
 * The content editor as a paralegal and an attorney use it, on the editor
 * server (local mode, saving into a fresh copy of the fixture site). One
 * test walks the whole task, because each step starts from what the last
 * one saved.
 */
const ROOT = path.resolve(EDITOR_SITE_DIR);
const FIXTURE_SITE = path.resolve('tests/fixtures/sites/valid');
const EXISTING = 'content/articles/older-article.mdx';
const ENGLISH = 'content/articles/what-to-bring-to-your-first-meeting-with-us.mdx';
const SPANISH = 'content/es/articles/que-traer-a-su-primera-reunion-con-nosotros.mdx';

const NO_ERRORS = /^The check found (nothing to fix|0 errors)/;

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: EDITOR_URL });

test.beforeAll(() => {
  fs.rmSync(ROOT, { recursive: true, force: true });
  fs.cpSync(FIXTURE_SITE, ROOT, { recursive: true, filter: (source) => path.basename(source) !== '.next' });
});

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('an article opened in the editor and saved unchanged stays byte-identical; a mistake saved is counted beside Save and found by its line', async ({
  page,
}) => {
  const before = read(EXISTING);
  await page.goto('/editor');
  await page.getByRole('link', { name: 'An older article about pleas' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('An older article about pleas');
  await save(page);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing had changed' })).toBeVisible();
  expect(read(EXISTING)).toBe(before);

  // A citation that lost its source: the note beside Save says so, and the list takes her to the line.
  await page.getByLabel('Text').fill('\nA claim that needs a source.[^9]\n');
  await save(page);
  await expect(page.getByRole('status').filter({ hasText: 'The check found 1 error' })).toBeVisible();
  await page.getByRole('button', { name: 'line 2 of the text' }).click();
  await expect(page.getByLabel('Text')).toBeFocused();
  expect(
    await page
      .getByLabel('Text')
      .evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd)),
  ).toBe('A claim that needs a source.[^9]');
});

test('a new article and its Spanish translation are written, checked, previewed and reviewed without a terminal', async ({
  page,
}) => {
  await page.goto('/editor');
  await page.getByRole('link', { name: 'Write a new article in English' }).click();
  await page.getByLabel('Title').fill('What to bring to your first meeting with us');
  await expect(page.getByLabel('File name (the page’s address)')).toHaveValue(
    'what-to-bring-to-your-first-meeting-with-us',
  );
  await page
    .getByLabel('Description')
    .fill(
      'The papers, names and dates to bring to a first meeting with us, so that the attorney can judge your case and the time limits that apply to it.',
    );
  await page.getByLabel('Whose law the article explains').selectOption('general');
  await page.getByLabel('Draft: keep it off the site until this box is cleared').uncheck();
  const body = page.getByLabel('Text');
  await body.fill('Bring every paper the court gave you. A lawyer must warn a client about deportation.');
  await page.getByRole('button', { name: 'Add a footnote' }).click();
  // The button leaves the cursor where the source is typed.
  await expect(body).toBeFocused();
  await page.keyboard.type('Padilla v. Kentucky, 559 U.S. 356 (2010).');
  await save(page);

  await expect(page).toHaveURL(new RegExp(`/editor/edit/${ENGLISH}`));
  await expect(page.getByRole('heading', { name: NO_ERRORS })).toBeVisible();
  await expectNoViolations(page, 'the editor');
  expect(read(ENGLISH)).toContain('deportation.[^1]\n\n[^1]: Padilla v. Kentucky, 559 U.S. 356 (2010).\n');

  await page.getByRole('link', { name: 'Preview the saved version' }).click();
  const preview = page.getByRole('article');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('What to bring to your first meeting with us');
  await expect(preview.getByText('Padilla v. Kentucky, 559 U.S. 356 (2010).')).toBeVisible();

  // The attorney signs the text she read; a later change lapses it.
  await page.getByLabel('Attorney', { exact: true }).selectOption('jane-doe');
  await page.getByRole('button', { name: /record my review/ }).click();
  await expect(page.getByText('Your review is recorded.')).toBeVisible();
  await expectNoViolations(page, 'the preview');
  await expect(page.getByText(/^Reviewed by Jane Doe on \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
  expect(read(ENGLISH)).toMatch(
    /\nreviewedBy: jane-doe\nreviewed: \d{4}-\d{2}-\d{2}\nreviewedText: [0-9a-f]{12}\n---\n/,
  );
  await page.getByRole('link', { name: /Back to editing/ }).click();
  await page.getByLabel('Text').fill(`${openDocument(read(ENGLISH)).body.trimEnd()}\n\nOne more sentence.\n`);
  await save(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'Preview the saved version' }).click();
  await expect(page.getByText(/The review by Jane Doe has lapsed: its text changed after the review/)).toBeVisible();

  // The translation starts from the English article, its fields filled in.
  await page.goto('/editor');
  await page.getByRole('link', { name: 'Translate an article into Spanish' }).click();
  await page
    .getByLabel('Which English article are you translating?')
    .selectOption('what-to-bring-to-your-first-meeting-with-us');
  await page.getByRole('button', { name: 'Start the translation' }).click();
  await expect(page.getByLabel('The English article this translates')).toHaveValue(
    'what-to-bring-to-your-first-meeting-with-us',
  );
  await expect(page.getByLabel('Whose law the article explains')).toHaveValue('general');
  await page.getByLabel('Title').fill('Qué traer a su primera reunión con nosotros');
  await expect(page.getByLabel('File name (the page’s address)')).toHaveValue(
    'que-traer-a-su-primera-reunion-con-nosotros',
  );
  await page
    .getByLabel('Description')
    .fill(
      'Los papeles, nombres y fechas que debe traer a una primera reunión, para que el abogado pueda estudiar su caso y sus plazos.',
    );
  await page
    .getByLabel('Text')
    .fill(
      'Traiga todos los papeles que le dio el tribunal. Un abogado debe advertir al cliente sobre la deportación.[^1]\n\n[^1]: Padilla v. Kentucky, 559 U.S. 356 (2010).\n',
    );
  await save(page);
  await expect(page).toHaveURL(new RegExp(`/editor/edit/${SPANISH}`));
  await expect(page.getByRole('heading', { name: NO_ERRORS })).toBeVisible();
  expect(openDocument(read(SPANISH)).fields).toMatchObject({
    translationOf: 'what-to-bring-to-your-first-meeting-with-us',
    jurisdiction: 'general',
    draft: true,
  });

  // What CI and the build do with the two files: the content check passes, and the MDX compiles.
  const published = String(openDocument(read(ENGLISH)).fields.date);
  const errors = checkContent(ROOT, published).filter(
    (problem) => [ENGLISH, SPANISH].includes(problem.file) && problem.severity === 'error',
  );
  expect(errors).toEqual([]);
  for (const file of [ENGLISH, SPANISH]) {
    expect(await compilePreview(openDocument(read(file)).body), file).toHaveProperty('content');
  }
});
