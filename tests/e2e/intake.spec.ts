import { expect, test, type Page } from '@playwright/test';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';
import { uniqueName } from './support/consultation-form';
import { DESKTOP_TOO } from './support/site';
import { mailWithSubjectContaining } from './support/mailbox';

/**
 * The form as the people in front of it use it, in both languages, with
 * JavaScript on and off: a mother writing for her detained son, a number
 * with a digit missing, a form sent half filled.
 */

type Form = ReturnType<typeof messagesFor>['form'];

async function answer(page: Page, form: Form, question: keyof Form['options'], option: string) {
  const legend = form[question as keyof Form] as string;
  const words = (form.options[question] as Record<string, string>)[option] ?? option;
  await page.getByRole('group', { name: legend }).getByLabel(words, { exact: true }).check();
}

for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  const form = messagesFor(locale).form;
  for (const javaScriptEnabled of [true, false]) {
    test.describe(
      `the consultation form in ${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`,
      DESKTOP_TOO,
      () => {
        test.use({ javaScriptEnabled });

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
          for (const field of [
            'name',
            'personName',
            'relationship',
            'citizen',
            'matter',
            'detained',
            'consent',
          ] as const) {
            await expect(summary.getByRole('link', { name: new RegExp(`^${form.labels[field]}: `) })).toBeVisible();
          }
          if (javaScriptEnabled) await expect(summary).toBeFocused();
          else await expect(summary).toBeInViewport();
        });

        test('a family can say who is detained, where and since when, and the firm reads it first', async ({
          page,
        }) => {
          const name = uniqueName(`detained-${locale}`);
          await page.goto(pagePath('contact', locale));
          const detainee = page.locator('[data-detained-only]');
          await expect(detainee).toBeHidden();
          await page.getByLabel(form.name, { exact: true }).fill(name);
          await answer(page, form, 'forWhom', 'family');
          await page.getByLabel(form.personName).fill('Luis Hernández López');
          await page.getByLabel(form.relationship).fill(locale === 'es' ? 'madre' : 'mother');
          await page.getByLabel(form.phone).fill('713 555 0142');
          if (javaScriptEnabled) {
            await page.getByLabel(form.email).first().fill('rosa@gmial.com');
            await page.getByLabel(form.phone).focus();
            await expect(page.getByText(form.emailEcho.replace('{email}', 'rosa@gmail.com'))).toBeVisible();
            await page.getByLabel(form.email).first().fill('');
            await page.getByLabel(form.email).first().focus();
            await expect(page.getByText(form.phoneEcho.replace('{number}', '(713) 555-0142'))).toBeVisible();
          }
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
          await expect(
            page.getByRole('banner').locator(`a[hreflang="${locale === 'en' ? 'es' : 'en'}"]`),
          ).toHaveAttribute('href', new RegExp(`\\?reference=${reference}&call=first$`));

          await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
          const [mail] = await mailWithSubjectContaining(name);
          expect(mail?.subject).toMatch(/^\[URGENT · DETAINED\] Luis Hernández López — written by /);
          expect(mail?.text).toContain('Phone: +1 713 555 0142');
          expect(mail?.text).toContain("Detainee: A-number: A-012-345-678 (012345678 for the locator and EOIR's line)");
          expect(mail?.text).toContain('Detainee: held at: Conroe, Texas');
          expect(mail?.html).toContain('href="tel:+17135550142"');
        });

        test('a form refused as too old or altered says so at the top of the screen, answers kept', async ({
          page,
        }) => {
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

        test('the detention page offers the form on the person’s behalf in its body', async ({ page }) => {
          await page.goto(pagePath('detained', locale));
          const links = page.getByRole('main').locator(`a[href="${pagePath('contact', locale)}"]`);
          await expect(links).toHaveCount(2);
          await links.first().click();
          await expect(page).toHaveURL(new RegExp(`${pagePath('contact', locale)}$`));
          await expect(page.getByRole('group', { name: form.forWhom })).toBeVisible();
        });

        test('the confirmation reads back the number and the email, to this browser only', async ({
          page,
          browser,
        }) => {
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
          const cookie = (await page.context().cookies()).find(
            (candidate) => candidate.name === 'consultation-receipt',
          );
          expect(cookie?.httpOnly).toBe(true);
          expect(cookie?.value).not.toContain('ana');
          const other = await browser.newPage();
          await other.goto(page.url());
          await expect(other.getByRole('heading', { level: 1 })).toHaveText(received.title);
          await expect(other.locator('[data-contact-back]')).toHaveCount(0);
          await other.close();
        });
      },
    );
  }
}
