import { expect, test } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';
import { displayPhone } from '@/lib/phone';
import { firm } from './support/site';

/**
 * The card to carry: reached from the detention page, two faces the size of
 * a bank card on paper, printed on one sheet of A4 or Letter without the site
 * around it, with the firm's phone on it, and shared by its address only.
 */
const pagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const MM_PER_CSS_PIXEL = 25.4 / 96;

for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  const share = messagesFor(locale).share;
  const path = pagePath('rights', locale);

  for (const javaScriptEnabled of [true, false]) {
    test(`is reached from the detention page in ${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, with the firm's phone on the card`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(pagePath('detained', locale));
      await page.getByRole('main').locator(`a[href="${path}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      const cards = page.locator('.wallet-card');
      await expect(cards).toHaveCount(2);
      await expect(cards.nth(1)).toContainText(displayPhone(firm.phone));
      await expect(page.locator('[data-share]').getByRole('link', { name: share.whatsapp })).toHaveAttribute(
        'href',
        new RegExp(`^https://wa\\.me/\\?text=.*${encodeURIComponent(path)}$`),
      );
      await context.close();
    });
  }

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints both faces on one ${format} sheet in ${locale}, each the size of a bank card, without the site around it`, async ({
      page,
    }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.locator('[data-share]')).toBeHidden();
      for (const card of await page.locator('.wallet-card').all()) {
        const box = await card.boundingBox();
        expect(Math.round((box?.width ?? 0) * MM_PER_CSS_PIXEL)).toBe(86);
        expect(Math.round((box?.height ?? 0) * MM_PER_CSS_PIXEL)).toBe(54);
        // And the text fits in it: a longer text would be cut off at the card's edge.
        expect(await card.evaluate((face) => face.scrollHeight <= face.clientHeight)).toBe(true);
      }
      expect(pagesIn(await page.pdf({ format, printBackground: false }))).toBe(1);
    });
  }
}
