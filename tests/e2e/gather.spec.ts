import { expect, test } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';

/**
 * The sheet a family fills in when someone is detained: it prints on one
 * sheet of A4 or Letter without the site around it, and it can be sent on by
 * text message or WhatsApp with nothing but its address.
 */
const pagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  const share = messagesFor(locale).share;
  const path = pagePath('gather', locale);
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`the sheet to gather in ${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('is reached from the detention page and offers print, text message, WhatsApp and a call', async ({
        page,
      }) => {
        await page.goto(pagePath('detained', locale));
        await page.getByRole('main').locator(`a[href="${path}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        const links = page.locator('[data-share]');
        const text = links.getByRole('link', { name: share.text });
        await expect(text).toHaveAttribute('href', new RegExp(`^sms:\\?&body=.*${encodeURIComponent(path)}$`));
        const whatsapp = links.getByRole('link', { name: share.whatsapp });
        await expect(whatsapp).toHaveAttribute(
          'href',
          new RegExp(`^https://wa\\.me/\\?text=.*${encodeURIComponent(path)}$`),
        );
        await expect(links.locator('a[href^="tel:"]')).toBeVisible();
        if (javaScriptEnabled) await expect(links.getByRole('button', { name: share.print })).toBeVisible();
        else await expect(links).toContainText(share.printWithoutScript);
      });
    });
  }

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on one ${format} sheet in ${locale}, without the site around it`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.locator('[data-share]')).toBeHidden();
      await expect(page.getByRole('main').locator('table')).toBeVisible();
      expect(pagesIn(await page.pdf({ format, printBackground: false }))).toBe(1);
    });
  }
}
