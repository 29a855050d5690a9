import { expect, test } from '@playwright/test';
import { pagePath, type Locale } from '@/lib/routes';

/**
 * The card to carry: two faces the size of a bank card on paper, printed
 * on one sheet of A4 or Letter without the site around it. How it is
 * reached and shared, and the firm's phone on it, are in the server's
 * HTML, read by the crawl (tests/e2e/crawl.spec.ts).
 */
const pagesIn = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const MM_PER_CSS_PIXEL = 25.4 / 96;

// The Spanish faces hold longer words: each language is measured.
for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  test(`prints both faces on one A4 sheet and one Letter sheet in ${locale}, each the size of a bank card, without the site around it`, async ({
    page,
  }) => {
    await page.goto(pagePath('rights', locale));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('[data-share]')).toBeHidden();
    const cards = await page.locator('.wallet-card').all();
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      const box = await card.boundingBox();
      expect(Math.round((box?.width ?? 0) * MM_PER_CSS_PIXEL)).toBe(86);
      expect(Math.round((box?.height ?? 0) * MM_PER_CSS_PIXEL)).toBe(54);
      // And the text fits in it: a longer text would be cut off at the card's edge.
      expect(await card.evaluate((face) => face.scrollHeight <= face.clientHeight)).toBe(true);
      // Cut out, a face leaves the footer behind: it carries the advertising label itself (N.Y. Rule 7.1(f)).
      await expect(card).toContainText('Attorney Advertising');
    }
    for (const format of ['A4', 'Letter'] as const) {
      expect(pagesIn(await page.pdf({ format, printBackground: false })), format).toBe(1);
    }
  });
}
