import { expect, test } from '@playwright/test';
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
  await expect(links).not.toContainText(share.printWithoutScript);
});

// Each language's words take their own room on the sheet.
for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  test(`prints on one A4 sheet and one Letter sheet in ${locale}, without the site around it`, async ({ page }) => {
    await page.goto(pagePath('gather', locale));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('[data-share]')).toBeHidden();
    await expect(page.getByRole('main').locator('table')).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      expect(pagesIn(await page.pdf({ format, printBackground: false })), format).toBe(1);
    }
  });
}
