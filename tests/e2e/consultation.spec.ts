import { expect, test } from '@playwright/test';
import { displayPhone } from '@/lib/phone';
import { pagePath } from '@/lib/routes';
import { BASE_URL } from '../../playwright.config';
import { admissionsOf, outOfState } from '@/lib/content/admissions';
import { STATES, type StateCode } from '@/lib/content/states';
import { attorneys, DESKTOP_TOO, firm } from './support/site';
import { postConsultation, servedFormFields, VALID_FIELDS, waitingRequests } from './support/consultation-post';
import { fillValidForm, uniqueName } from './support/consultation-form';
import { mailWithSubjectContaining } from './support/mailbox';

const OUTBOX_DIR = 'test-results/e2e-data/outbox';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`consultation form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test(
      'a request is received, shows its reference on a page of its own and arrives by email',
      // The form's columns change on a wide screen: that layout is seen once.
      javaScriptEnabled ? DESKTOP_TOO : {},
      async ({ page }) => {
        const name = uniqueName(javaScriptEnabled ? 'js' : 'nojs');
        await page.goto(pagePath('contact'));
        await fillValidForm(page, name);
        await page.getByRole('button', { name: 'Request a consultation' }).click();

        await expect(page).toHaveURL(/\/contact\/received\?reference=[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
        const confirmation = page.getByRole('status');
        await expect(confirmation).toContainText(displayPhone(firm.phone));
        // The confirmation reads back how the firm will reach the person, and nothing else they typed.
        await expect(confirmation.locator('[data-contact-back]')).toContainText('ana@example.com');
        await expect(confirmation.locator('[data-contact-back]')).toContainText('+52 55 1234 5678');
        for (const typed of [name, 'Drug charge']) await expect(page.locator('body')).not.toContainText(typed);
        const reference = (await confirmation.locator('strong').first().textContent()) ?? '';
        expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

        // One email with the reference; what it says is tested in tests/unit/consultation-mail.test.ts.
        await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
        const [mail] = await mailWithSubjectContaining(`[${reference}]`);
        // What was typed reaches it: the form's fields are the ones the server reads.
        expect(mail?.text).toContain('Drug charge, plea in 2019');
      },
    );

    test('an invalid request shows what to fix, keeps what was typed, and only the corrected request is sent', async ({
      page,
    }) => {
      const name = uniqueName('invalid');
      await page.goto(pagePath('contact'));
      await fillValidForm(page, name);
      await page.getByLabel('Email address').fill('ana@');
      await page.getByLabel('What kind of charge or case is it? (optional)').fill('x'.repeat(501));
      await page.getByRole('button', { name: 'Request a consultation' }).click();

      const summary = page.getByRole('alert', { name: /Please fix/ });
      await expect(summary).toContainText('Please fix these 2 problems');
      const emailLink = summary.getByRole('link', {
        name: /Email address: Add the part after the @, like example.com/,
      });
      await expect(emailLink).toHaveAttribute('href', '#email');
      if (javaScriptEnabled) await expect(summary).toBeFocused();

      const email = page.getByLabel('Email address');
      await expect(email).toHaveValue('ana@');
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(/Add the part after the @, like example.com/);
      await expect(page.getByLabel('Your full name')).toHaveValue(name);
      await expect(
        page.getByRole('group', { name: 'Which language do you prefer?' }).getByLabel('Español', { exact: true }),
      ).toBeChecked();
      await expect(page.getByLabel(/I understand that sending this form/)).toBeChecked();

      await emailLink.click();
      await expect(email).toBeFocused();

      // Corrected and sent: exactly one email arrives, so the refused attempt sent none.
      await email.fill('ana@example.com');
      await page.getByLabel('What kind of charge or case is it? (optional)').fill('Old plea');
      await page.getByRole('button', { name: 'Request a consultation' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
      await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
      await expect.poll(() => waitingRequests(OUTBOX_DIR)).toBe(0);
      expect(await mailWithSubjectContaining(name)).toHaveLength(1);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  // Which contact was given, and how the email says so, is tested in tests/unit/consultation-mail.test.ts.
  test('a request for a detained family member puts the call first on the confirmation', async ({ page }) => {
    const name = uniqueName('family');
    await page.goto(pagePath('contact'));
    await fillValidForm(page, name);
    await page.getByRole('group', { name: 'Who needs help?' }).getByLabel('A family member').check();
    await page.getByLabel('Name of the person who needs help (if it is not you)').fill('Luis Pérez');
    await page.getByLabel('How do you know them? (if it is not you)').fill('my brother');
    await page
      .getByRole('group', { name: 'Is the person who needs help detained now?' })
      .getByLabel('Yes, detained now')
      .check();
    await page.getByRole('button', { name: 'Request a consultation' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
    // For a detained person, the first thing in the confirmation is the call button.
    const first = page.getByRole('status').locator('a, strong').first();
    await expect(first).toHaveAttribute('href', /^tel:/);
    await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
    const [mail] = await mailWithSubjectContaining(name);
    expect(mail?.subject).toMatch(/^\[URGENT · DETAINED\] Luis Pérez/);
  });

  // What the email and the confirmation say for each answer is tested in tests/unit/consultation-language.test.ts.
  test('a person who reads Kreyòl is asked which language only when none listed is theirs, and is promised an interpreter', async ({
    page,
  }) => {
    const name = uniqueName('kreyol');
    await page.goto(pagePath('contact'));
    await fillValidForm(page, name);
    const languages = page.getByRole('group', { name: 'Which language do you prefer?' });
    const which = page.getByLabel('If another language: which one?');
    await expect(which).toBeHidden();
    await languages.getByLabel('Another language').check();
    await expect(which).toBeVisible();
    await page.getByRole('button', { name: 'Request a consultation' }).click();
    await expect(page.getByRole('alert', { name: /Please fix/ })).toContainText(
      'Write which language you want us to speak',
    );

    await page.getByRole('group', { name: 'Which language do you prefer?' }).getByLabel('Kreyòl ayisyen').check();
    await page.getByRole('group', { name: 'Do you need an interpreter?' }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Request a consultation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
    await expect(page.locator('[data-interpreter-note]')).toContainText(
      'You chose Kreyòl ayisyen. We will call you with an interpreter.',
    );
    await expect(page.locator('[data-interpreter-note] [lang="ht"]')).toHaveText('Kreyòl ayisyen');
    await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
    const [mail] = await mailWithSubjectContaining(name);
    expect(mail?.subject).toContain(' · INTERPRETER: Kreyòl ayisyen [');
  });
});

test('choosing a state where none of the firm’s lawyers is admitted says what that means, with or without JavaScript', async ({
  browser,
}) => {
  // CSS shows the note, so one page without JavaScript proves both.
  const page = await browser.newPage({ javaScriptEnabled: false });
  const admissions = admissionsOf(attorneys);
  const elsewhere = (Object.keys(STATES) as StateCode[]).find((code) => outOfState(code, admissions));
  if (!elsewhere) throw new Error('the attorneys are admitted everywhere: no state to choose');
  await page.goto(pagePath('contact'));
  const note = page.locator('[data-out-of-state-note]');
  await expect(note).toBeHidden();
  await page.getByLabel('In which state is the criminal case?').selectOption(elsewhere);
  await expect(note).toBeVisible();
  const [home] = admissions.states;
  if (home) {
    await page.getByLabel('In which state is the criminal case?').selectOption(home);
    await expect(note).toBeHidden();
  }
  await page.close();
});

test('the button says it is sending while the request is on its way', async ({ page }) => {
  await page.goto(pagePath('contact'));
  await fillValidForm(page, uniqueName('pending'));
  let releaseRequest: () => void = () => {};
  const held = new Promise<void>((resolve) => (releaseRequest = resolve));
  await page.route('**/contact', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Request a consultation' }).click();
  await expect(page.getByRole('button', { name: 'Sending your request…' })).toBeVisible();
  releaseRequest();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
});

test('a form posted twice without JavaScript (a refresh, a retry) is one request, one reference and one email', async ({
  request,
}) => {
  const name = uniqueName('twice');
  const fields = { ...(await servedFormFields(request, BASE_URL)), ...VALID_FIELDS, name };
  const first = await postConsultation(request, BASE_URL, fields);
  const second = await postConsultation(request, BASE_URL, fields);
  // Post/Redirect/Get: the answer is a 303 to the confirmation, so a refresh there posts nothing.
  expect(first.status()).toBe(303);
  expect(second.status()).toBe(303);
  expect(second.headers().location).toBe(first.headers().location);
  expect(first.headers().location).toMatch(/^\/contact\/received\?reference=[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
  await expect.poll(() => waitingRequests(OUTBOX_DIR)).toBe(0);
  expect(await mailWithSubjectContaining(name)).toHaveLength(1);
});

test('a double click on "Request a consultation" sends one request and one email', async ({ page }) => {
  const name = uniqueName('double-click');
  await page.goto(pagePath('contact'));
  await fillValidForm(page, name);
  // Hold the first post, as a slow connection would, so the second click lands while it is on its way.
  let releaseFirst: () => void = () => {};
  const held = new Promise<void>((resolve) => (releaseFirst = resolve));
  const posts: Promise<unknown>[] = [];
  await page.route('**/contact', async (route) => {
    if (route.request().method() === 'POST') {
      posts.push(route.request().response());
      if (posts.length === 1) await held;
    }
    await route.continue();
  });
  const button = page.getByRole('button', { name: /Request a consultation|Sending your request/ });
  await button.click();
  // A person's second click goes through: the button is only marked aria-disabled while sending.
  await button.click({ force: true });
  releaseFirst();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your request');
  // React queues the second submit behind the first; should a second post ever go out, the server answers
  // it with the same reference (the test above), so either way one email arrives.
  await Promise.all(posts);
  await expect.poll(async () => (await mailWithSubjectContaining(name)).length).toBe(1);
  await expect.poll(() => waitingRequests(OUTBOX_DIR)).toBe(0);
  expect(await mailWithSubjectContaining(name)).toHaveLength(1);
});

test('a form posted from another site is refused and nothing is sent', async ({ request }) => {
  const hidden = await servedFormFields(request, BASE_URL);
  expect(Object.keys(hidden).length).toBeGreaterThan(2);
  const name = uniqueName('cross-origin');
  const fields = { ...hidden, ...VALID_FIELDS, name };

  const foreign = await postConsultation(request, BASE_URL, fields, { Origin: 'https://evil.example' });
  expect(foreign.ok()).toBe(false);
  expect(foreign.status()).not.toBe(303);

  // The same post from the site itself is accepted, so the refusal above is about the origin.
  const own = await postConsultation(request, BASE_URL, { ...fields, name: `${name} own` });
  expect(own.status()).toBe(303);
  await expect.poll(async () => (await mailWithSubjectContaining(`${name} own`)).length).toBe(1);
  await expect.poll(() => waitingRequests(OUTBOX_DIR)).toBe(0);
  expect(await mailWithSubjectContaining(`${name} [`)).toEqual([]);
});
