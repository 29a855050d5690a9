import { expect, test } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';

/**
 * The first hour after an arrest, as a family uses the page: the court's
 * phone line, and the A-number as the locator and that line want it, typed
 * on the page or in the form, with JavaScript on and off.
 */
for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  const messages = messagesFor(locale);
  const helper = messages.aNumberHelper;
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`the detention page in ${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('gives the immigration court line to call, with the A-number as 9 digits', async ({ page }) => {
        await page.goto(pagePath('detained', locale));
        const line = page.getByRole('main').locator('a[href="tel:+18008987180"]');
        await expect(line).toHaveText('1-800-898-7180');
      });

      test("when the locator finds nobody, says what else to try and gives ICE's information line", async ({
        page,
      }) => {
        await page.goto(pagePath('detained', locale));
        const main = page.getByRole('main');
        const fallbacks = main.getByRole('heading', { level: 3 }).filter({ hasText: /locator|localizador/i });
        await expect(fallbacks).toBeVisible();
        const steps = main.locator('h3 + ul > li');
        await expect(steps).toHaveCount(6);
        await expect(steps.locator('a[href="tel:+18883514024"]')).toHaveText('1-888-351-4024');
        await expect(steps.locator('a[href="https://www.ice.gov/contact/field-offices"]')).toHaveCount(1);
        // Each fallback says where it comes from.
        for (const step of await steps.all()) {
          if ((await step.locator('a[href^="tel:"], a[href^="https://www.ice.gov"]').count()) > 0) {
            await expect(step.locator('sup a[href^="#"]')).not.toHaveCount(0);
          }
        }
      });

      test('ends with the notice of a page, not of an article', async ({ page }) => {
        await page.goto(pagePath('detained', locale));
        const notice = page
          .getByRole('main')
          .getByText(locale === 'en' ? /^This page is general information/ : /^Esta página es información general/);
        await expect(notice).toBeVisible();
        await expect(notice).not.toContainText(locale === 'en' ? 'article' : 'artículo');
        if (locale === 'es') await expect(notice).toContainText('Todavía no la ha revisado');
      });

      test('shows an A-number of 8 digits as the 9 the locator wants, and says when it is not one', async ({
        page,
      }) => {
        await page.goto(pagePath('detained', locale));
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

      test('the consultation form reads the A-number back the same way', async ({ page }) => {
        const form = messages.form;
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
}
