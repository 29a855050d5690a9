import { expect, test, type Page } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { callLanguageByKey } from '@/lib/languages';
import { pagePath, type Locale } from '@/lib/routes';
import { uniqueName } from './support/consultation-form';
import { mailWithSubjectContaining } from './support/mailbox';

/**
 * The form as the people in front of it use it: a number with a digit
 * missing and a form refused, with JavaScript on (checked in the page) and
 * off (checked by the server); a mother writing in Spanish for her detained
 * son, with the read-backs only JavaScript gives; the confirmation's
 * read-back, to this browser only. What the email says is tested in
 * tests/unit/consultation-mail.test.ts.
 */

type Form = ReturnType<typeof messagesFor>['form'];

async function answer(page: Page, form: Form, question: keyof Form['options'], option: string) {
  const legend = form[question as keyof Form] as string;
  // The ten languages beyond English are listed by their own names (lib/languages.ts), not in the message files.
  const words =
    (form.options[question] as Record<string, string>)[option] ?? callLanguageByKey(option)?.ownName ?? option;
  await page.getByRole('group', { name: legend }).getByLabel(words, { exact: true }).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the consultation form, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    const locale: Locale = 'en';
    const form = messagesFor(locale).form;

    test('a number with a digit missing is sent back with what to write, with every other problem at once', async ({
      page,
    }) => {
      await page.goto(pagePath('contact', locale));
      await answer(page, form, 'forWhom', 'family');
      await page.getByLabel(form.phone).fill('713 555 014');
      await page.getByRole('button', { name: form.submit }).click();
      const summary = page.getByRole('alert').filter({ has: page.locator('#error-summary-title') });
      await expect(
        summary.getByRole('link', { name: `${form.labels.phone}: ${form.errors.phoneNotCallable}` }),
      ).toHaveAttribute('href', '#phone');
      // One round: the name of the person, the relationship and the unanswered questions are listed with it.
      for (const field of ['name', 'personName', 'relationship', 'citizen', 'matter', 'detained', 'consent'] as const) {
        await expect(summary.getByRole('link', { name: new RegExp(`^${form.labels[field]}: `) })).toBeVisible();
      }
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      else await expect(summary).toBeInViewport();
    });

    test('a form refused as too old or altered says so at the top of the screen, answers kept', async ({ page }) => {
      await page.goto(pagePath('contact', locale));
      await page.getByLabel(form.name, { exact: true }).fill(uniqueName(`refused-${locale}`));
      await answer(page, form, 'forWhom', 'self');
      await page.getByLabel(form.phone).fill('713 555 0142');
      await answer(page, form, 'language', 'english');
      await answer(page, form, 'citizen', 'no');
      await answer(page, form, 'matter', 'convicted');
      await answer(page, form, 'detained', 'no');
      await page.getByLabel(/^I understand|^Entiendo/).check();
      // A token the server cannot verify is what an expired or tampered form sends.
      await page.locator('input[name="formToken"]').evaluate((input: HTMLInputElement) => {
        input.value = 'expired.form.token';
      });
      await page.getByRole('button', { name: form.submit }).click();
      const alert = page.getByRole('alert').filter({ hasText: form.tryAgain });
      await expect(alert).toBeInViewport();
      if (javaScriptEnabled) await expect(alert).toBeFocused();
      await expect(page.getByLabel(form.phone)).toHaveValue('713 555 0142');
    });
  });
}

test.describe('the consultation form in Spanish', () => {
  const locale = 'es' satisfies Locale;
  const form = messagesFor(locale).form;

  test('a family can say who is detained, where and since when, and the firm reads it first', async ({ page }) => {
    const name = uniqueName(`detained-${locale}`);
    await page.goto(pagePath('contact', locale));
    const detainee = page.locator('[data-detained-only]');
    await expect(detainee).toBeHidden();
    await page.getByLabel(form.name, { exact: true }).fill(name);
    await answer(page, form, 'forWhom', 'family');
    await page.getByLabel(form.personName).fill('Luis Hernández López');
    await page.getByLabel(form.relationship).fill('madre');
    await page.getByLabel(form.phone).fill('713 555 0142');
    // Read back as she types, where JavaScript runs: a misspelt domain, and the number as it will be dialled.
    await page.getByLabel(form.email).first().fill('rosa@gmial.com');
    await page.getByLabel(form.phone).focus();
    await expect(page.getByText(form.emailEcho.replace('{email}', 'rosa@gmail.com'))).toBeVisible();
    await page.getByLabel(form.email).first().fill('');
    await page.getByLabel(form.email).first().focus();
    await expect(page.getByText(form.phoneEcho.replace('{number}', '(713) 555-0142'))).toBeVisible();
    await answer(page, form, 'language', 'spanish');
    await answer(page, form, 'citizen', 'no');
    await answer(page, form, 'matter', 'ice-detention');
    await answer(page, form, 'detained', 'yes');
    await expect(detainee).toBeVisible();
    await page.getByLabel(form.heldAt).fill('Conroe, Texas');
    await page.getByLabel(form.aNumber).fill('A-12-345-678');
    await page.getByLabel(form.countryOfBirth).fill('Honduras');
    await page.getByLabel(/^I understand|^Entiendo/).check();
    await page.getByRole('button', { name: form.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesFor(locale).received.title);
    // Urgent, said plainly; the number read back, and nothing typed in the address.
    const received = messagesFor(locale).received;
    await expect(page.getByText(received.callFirstDetained)).toBeVisible();
    await expect(page.locator('[data-contact-back]')).toContainText('(713) 555-0142');
    expect(page.url()).not.toMatch(/555|713|Luis|Conroe/);
    // Nothing invites a second request, and the other language's confirmation keeps the reference.
    await expect(page.locator('[data-consult-button]:visible')).toHaveCount(0);
    const reference = new URL(page.url()).searchParams.get('reference') ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect(page.getByRole('banner').locator('a[hreflang="en"]')).toHaveAttribute(
      'href',
      new RegExp(`\\?reference=${reference}&call=first$`),
    );

    await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
    const [mail] = await mailWithSubjectContaining(name);
    // The answers that only a detention opens reach the firm; the email's wording is a unit test's.
    expect(mail?.subject).toMatch(/^\[URGENT · DETAINED\] Luis Hernández López — written by /);
    expect(mail?.text).toContain('Detainee: held at: Conroe, Texas');
  });

  test('the confirmation reads back the number and the email, to this browser only', async ({ page, browser }) => {
    const name = uniqueName(`receipt-${locale}`);
    await page.goto(pagePath('contact', locale));
    await page.getByLabel(form.name, { exact: true }).fill(name);
    await answer(page, form, 'forWhom', 'self');
    await page.getByLabel(form.phone).fill('+52 55 1234 5678');
    await page.getByLabel(form.email).first().fill('ana.reyes@example.org');
    await answer(page, form, 'language', 'spanish');
    await answer(page, form, 'citizen', 'no');
    await answer(page, form, 'matter', 'convicted');
    await answer(page, form, 'detained', 'no');
    await page.getByLabel(/^I understand|^Entiendo/).check();
    await page.getByRole('button', { name: form.submit }).click();
    const received = messagesFor(locale).received;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(received.title);
    const back = page.locator('[data-contact-back]');
    await expect(back).toContainText('+52 55 1234 5678');
    await expect(back).toContainText('ana.reyes@example.org');
    await expect(back.locator('a[href^="tel:"]')).toBeVisible();
    await expect(page.getByText(received.callFirstDetained)).toHaveCount(0);
    expect(page.url()).not.toMatch(/ana|example|5678/);
    // The receipt is a cookie scripts cannot read; another browser with the same address sees no typed data.
    const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'consultation-receipt');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.value).not.toContain('ana');
    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(received.title);
    await expect(other.locator('[data-contact-back]')).toHaveCount(0);
    await other.close();
  });
});
