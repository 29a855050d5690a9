import { expect, test } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';

/**
 * The A-number as the locator and the immigration court's line want it,
 * typed on the detention page or in the form, with JavaScript on (read back
 * in place) and off (a post that comes back with the reading). The page's
 * own text (the court line, what to try when the locator finds nobody, its
 * notice) is read by the crawl, tests/e2e/crawl.spec.ts.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`the A-number, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('the detention page shows an A-number of 8 digits as the 9 the locator wants, and says when it is not one', async ({
      page,
    }) => {
      const helper = messagesFor('en').aNumberHelper;
      await page.goto(pagePath('detained'));
      const box = page.locator('[data-a-number-helper]');
      const output = box.locator('output');
      await box.getByLabel(helper.label).fill('A 12-345-678');
      await box.getByRole('button', { name: helper.button }).click();
      await expect(output).toHaveText(
        helper.result.replace('{digits}', '012345678').replace('{printed}', 'A-012-345-678'),
      );
      // What was typed is still there, to correct.
      await expect(box.getByLabel(helper.label)).toHaveValue('A 12-345-678');
      await box.getByLabel(helper.label).fill('12345');
      await box.getByRole('button', { name: helper.button }).click();
      await expect(output).toHaveText(helper.notANumber);
    });

    test('the consultation form reads the A-number back the same way, in Spanish', async ({ page }) => {
      const locale: Locale = 'es';
      const form = messagesFor(locale).form;
      await page.goto(pagePath('contact', locale));
      await page
        .getByRole('group', { name: form.detained })
        .getByLabel(form.options.detained.yes, { exact: true })
        .check();
      await page.getByLabel(form.aNumber).fill('12345678');
      const echo = form.aNumberEcho.replace('{printed}', 'A-012-345-678').replace('{digits}', '012345678');
      if (javaScriptEnabled) {
        await page.getByLabel(form.heldAt).focus();
      } else {
        // Sent half filled: the page comes back with what to fix, and the number read back.
        await page.getByRole('button', { name: form.submit }).click();
        await expect(page.getByRole('alert').first()).toBeVisible();
      }
      await expect(page.getByText(echo)).toBeVisible();
    });
  });
}
