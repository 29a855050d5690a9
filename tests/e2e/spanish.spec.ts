import { expect, test, type Page } from '@playwright/test';
import { displayPhone } from '@/lib/phone';
import { articleIndexPath, articlePath, consultationReceivedPath, homePath, pagePath } from '@/lib/routes';
import { messagesFor } from '@/lib/i18n/messages';
import { expectNoViolations } from './support/axe';
import { mailWithSubjectContaining } from './support/mailbox';
import { spanish, translatedPair } from './support/site';
import { wordsIn } from './support/words';

const form = wordsIn('es', 'form');
const { options } = messagesFor('es').form;
const BASE = 'http://localhost:3000';

/** The switch to the other language, at the top of every page. */
const languageSwitch = (page: Page) => page.locator('header [data-language-switch]');

/** <html lang> and the page's hreflang links, as search engines read them. */
async function languageMarks(page: Page) {
  const lang = await page.locator('html').getAttribute('lang');
  const alternates = Object.fromEntries(
    await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
  );
  return { lang, alternates };
}

test('a Spanish reader goes from /es to a Spanish article, to its English version and back', async ({ page }) => {
  const { spanish: translation, english } = translatedPair;
  const spanishPath = articlePath(translation.slug, 'es');
  const englishPath = articlePath(english.slug);

  await page.goto(homePath('es'));
  expect((await languageMarks(page)).lang).toBe('es');
  await page.getByRole('link', { name: 'Todos los artículos' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleIndexPath(1, 'es')}$`));
  await page.getByRole('link', { name: translation.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${spanishPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translation.title);
  expect(await languageMarks(page)).toEqual({
    lang: 'es',
    alternates: { en: `${BASE}${englishPath}`, es: `${BASE}${spanishPath}`, 'x-default': `${BASE}${englishPath}` },
  });

  await expect(languageSwitch(page)).toHaveText('English');
  await expect(languageSwitch(page)).toHaveAttribute('lang', 'en');
  await languageSwitch(page).click();
  await expect(page).toHaveURL(new RegExp(`${englishPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
  expect((await languageMarks(page)).lang).toBe('en');

  await expect(languageSwitch(page)).toHaveText('Español');
  await languageSwitch(page).click();
  await expect(page).toHaveURL(new RegExp(`${spanishPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translation.title);
});

// What the form does with JavaScript on and off is tested in English (tests/e2e/intake.spec.ts); here, its Spanish.
test.describe('the Spanish consultation form', () => {
  // Three sends, a delivery and two axe runs: more than the default 30 seconds on a slow machine.
  test.describe.configure({ timeout: 60_000 });

  test('says what is wrong in Spanish, then sends; the email says it came from the Spanish site', async ({ page }) => {
    const name = `Prueba ${Math.random().toString(36).slice(2, 8)}`;
    await page.goto(pagePath('contact', 'es'));
    // Spanish is the preferred language on the Spanish site until the person picks another.
    await expect(
      page.getByRole('group', { name: form('language') }).getByLabel('Español', { exact: true }),
    ).toBeChecked();
    await page.getByRole('button', { name: form('submit') }).click();
    const summary = page.locator('[aria-labelledby="error-summary-title"]');
    await expect(summary).toContainText(/^Corrija estos \d+ problemas/);
    await expectNoViolations(page);
    await expect(
      summary.getByRole('link', { name: `${form('labels.name')}: ${form('errors.nameRequired')}` }),
    ).toBeVisible();

    await page.getByLabel(form('name')).fill(name);
    await page
      .getByRole('group', { name: form('forWhom') })
      .getByLabel(options.forWhom.self, { exact: true })
      .check();
    await page
      .getByRole('group', { name: form('citizen') })
      .getByLabel(options.citizen.no, { exact: true })
      .check();
    await page.getByLabel(options.matter['ice-detention']).check();
    await page
      .getByRole('group', { name: form('detained') })
      .getByLabel(options.detained.no, { exact: true })
      .check();
    await page.getByLabel(form('consent')).check();
    await page.getByRole('button', { name: form('submit') }).click();
    await expect(summary).toContainText(form('summary', { count: 1 }));
    await expect(
      summary.getByRole('link', { name: `${form('labels.phone')}: ${form('errors.contactMissing')}` }),
    ).toBeVisible();

    await page.getByLabel(form('phone')).fill('+52 55 1234 5678');
    await page.getByRole('button', { name: form('submit') }).click();

    await expect(page).toHaveURL(new RegExp(`${consultationReceivedPath(undefined, {}, 'es')}\\?reference=`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesFor('es').received.title);
    expect((await languageMarks(page)).lang).toBe('es');
    const confirmation = page.getByRole('status');
    await expect(confirmation).toContainText(displayPhone(spanish.firm.phone));
    const reference = (await confirmation.locator('strong').first().textContent()) ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectNoViolations(page);

    await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
    const [mail] = await mailWithSubjectContaining(`[${reference}]`);
    // The email is for the firm's staff: in English, saying where it came from.
    expect(mail?.text).toContain('Preferred language: Español (Spanish)');
    expect(mail?.text).toContain('Sent from: the SPANISH site');
    expect(mail?.text).toContain('Case: Arrested or detained by immigration (ICE)');
  });
});
