import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_DESTINATION } from '@/components/quick-exit';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';

/**
 * The sheet a family fills in when someone is detained: it prints on one
 * sheet of A4 or Letter without the site around it. Its links (from the
 * detention page, by text message or WhatsApp, the call) and what it says
 * without JavaScript are in the server's HTML, read by the crawl
 * (tests/e2e/crawl.spec.ts).
 */
const pagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('where JavaScript runs, the sheet offers a button that prints it', async ({ page }) => {
  const share = messagesFor('en').share;
  await page.goto(pagePath('gather'));
  const links = page.locator('[data-share]');
  await expect(links.getByRole('button', { name: share.print })).toBeVisible();
  await expect(links.getByText(share.printWithoutScript)).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the sheet says how to print and shows no button that would do nothing', async ({ page }) => {
    const share = messagesFor('en').share;
    await page.goto(pagePath('gather'));
    await expect(page.locator('[data-share]').getByText(share.printWithoutScript)).toBeVisible();
    // The script's parts are in the page as sent, so nothing moves when scripts start; here they stay hidden.
    const scriptOnly = page.locator('[data-share] [data-needs-script], [data-fill-in-sheet] [data-needs-script]');
    await expect(scriptOnly).toHaveCount(3);
    for (const part of await scriptOnly.all()) await expect(part).toBeHidden();
    await expect(page.locator('[data-fill-in-sheet] input').first()).toBeVisible();
  });
});

// Each language's words take their own room on the sheet.
for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  test(`prints on one A4 sheet and one Letter sheet in ${locale}, without the site around it`, async ({ page }) => {
    await page.goto(pagePath('gather', locale));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('[data-share]')).toBeHidden();
    // Without JavaScript's values, each line prints as its words and a blank to write on.
    await expect(page.locator('[data-fill-in-sheet] label').first()).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      expect(pagesIn(await page.pdf({ format, printBackground: false })), format).toBe(1);
    }
  });
}

test.describe('the sheet filled in on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const words = messagesFor('es');
  const line = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

  test('keeps what she types on the phone only, prints it, sends it as text with a warning, and clears it', async ({
    page,
  }) => {
    await page.goto(pagePath('gather', 'es'));
    await line(page, 'Nombre completo, como en sus documentos').fill('María José Pérez');
    await line(page, 'Fecha de nacimiento').fill('3/14/1990');
    await page.reload();
    await expect(line(page, 'Nombre completo, como en sus documentos')).toHaveValue('María José Pérez');
    expect(new URL(page.url()).search).toBe('');

    const send = page.locator('[data-sheet-send]');
    await expect(send).toContainText(words.sheet.sendWarning);
    const text = decodeURIComponent(
      (await send.getByRole('link', { name: words.sheet.text }).getAttribute('href')) ?? '',
    );
    expect(text).toContain('Nombre completo, como en sus documentos: María José Pérez\nFecha de nacimiento: 3/14/1990');
    expect(text).not.toContain('Otros nombres');

    // On paper each answer is text that wraps, not a field that cuts it off.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-fill-in-sheet]').getByText('3/14/1990', { exact: true })).toBeVisible();
    await expect(line(page, 'Fecha de nacimiento')).toBeHidden();
    expect(pagesIn(await page.pdf({ format: 'Letter' }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // Every line at once cannot be undone: it is asked first, and a "no" keeps them.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: words.sheet.clear }).click();
    await expect(line(page, 'Fecha de nacimiento')).toHaveValue('3/14/1990');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: words.sheet.clear }).click();
    await expect(page.getByRole('status').filter({ hasText: words.sheet.cleared })).toBeVisible();
    await page.reload();
    await expect(line(page, 'Nombre completo, como en sus documentos')).toHaveValue('');
  });

  test('the quick exit erases it too', async ({ page }) => {
    await page.route(`${QUICK_EXIT_DESTINATION}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
    );
    await page.goto(pagePath('gather', 'es'));
    await line(page, 'Los cargos').fill('posesión');
    await page.getByRole('link', { name: new RegExp(words.quickExit.label) }).click();
    await expect(page).toHaveURL(QUICK_EXIT_DESTINATION);
    await page.goto(pagePath('gather', 'es'));
    await expect(line(page, 'Los cargos')).toHaveValue('');
  });
});
