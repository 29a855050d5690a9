import { expect, test, type Page } from '@playwright/test';
import { mailWithSubjectContaining } from './support/mailbox';

async function fillValidForm(page: Page, name: string) {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill('ana@example.com');
  await page.getByLabel('Phone number (optional)').fill('+52 55 1234 5678');
  await page.getByRole('group', { name: 'Which language do you prefer?' }).getByLabel('Spanish').check();
  await page.getByRole('group', { name: 'Are you a US citizen?' }).getByLabel('No', { exact: true }).check();
  await page.getByLabel('I was already convicted').check();
  await page.getByRole('group', { name: 'Are you or a family member detained now?' }).getByLabel('No', { exact: true }).check();
  await page.getByLabel('Tell us briefly what happened').fill('I pleaded guilty years ago and was never told about deportation.');
  await page.getByLabel(/I understand that sending this form/).check();
}

function uniqueName(label: string) {
  return `Test ${label} ${Math.random().toString(36).slice(2, 8)}`;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`consultation form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a request is received, shows its reference and arrives by email', async ({ page }) => {
      const name = uniqueName(javaScriptEnabled ? 'js' : 'nojs');
      await page.goto('/contact');
      await fillValidForm(page, name);
      await page.getByRole('button', { name: 'Request a consultation' }).click();

      const confirmation = page.getByRole('status');
      await expect(confirmation).toContainText('received');
      await expect(confirmation).toContainText('(555) 010-0100');
      const reference = (await confirmation.locator('strong').first().textContent()) ?? '';
      expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

      await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
      const [mail] = await mailWithSubjectContaining(`[${reference}]`);
      expect(mail?.subject).toBe(`Consultation request: ${name} [${reference}]`);
      expect(mail?.replyTo?.value[0]?.address).toBe('ana@example.com');
      expect(mail?.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('intake@stern.example');
      expect(mail?.text).toContain('never told about deportation');
    });

    test('an invalid request shows what to fix, keeps what was typed and sends nothing', async ({ page }) => {
      const name = uniqueName('invalid');
      await page.goto('/contact');
      await fillValidForm(page, name);
      await page.getByLabel('Email address').fill('ana@');
      await page.getByLabel('Tell us briefly what happened').fill('Too short.');
      await page.getByRole('button', { name: 'Request a consultation' }).click();

      const summary = page.getByRole('alert', { name: /Please fix/ });
      await expect(summary).toContainText('Please fix these 2 problems');
      const emailLink = summary.getByRole('link', { name: /Email address: Enter an email address like name@example.com/ });
      await expect(emailLink).toHaveAttribute('href', '#email');
      if (javaScriptEnabled) await expect(summary).toBeFocused();

      const email = page.getByLabel('Email address');
      await expect(email).toHaveValue('ana@');
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expect(email).toHaveAccessibleDescription(/Enter an email address like name@example.com/);
      await expect(page.getByLabel('Full name')).toHaveValue(name);
      await expect(page.getByRole('group', { name: 'Which language do you prefer?' }).getByLabel('Spanish')).toBeChecked();
      await expect(page.getByLabel(/I understand that sending this form/)).toBeChecked();

      await emailLink.click();
      await expect(email).toBeFocused();
      expect(await mailWithSubjectContaining(name)).toEqual([]);
    });
  });
}

test('the button says it is sending while the request is on its way', async ({ page }) => {
  await page.goto('/contact');
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
  await expect(page.getByRole('status')).toContainText('received');
});

test('a form posted from another site is refused and nothing is sent', async ({ request, baseURL }) => {
  const html = await (await request.get('/contact')).text();
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)].map((match) => [decode(match[1] ?? ''), decode(match[2] ?? '')]);
  expect(hidden.length).toBeGreaterThan(2);
  const name = uniqueName('cross-origin');
  const fields = { name, email: 'x@example.com', language: 'english', citizen: 'no', matter: 'other', detained: 'no', message: 'A post from a page on another website.', consent: 'yes' };
  const multipart = Object.fromEntries([...hidden, ...Object.entries(fields)]);

  const foreign = await request.post('/contact', { multipart, headers: { Origin: 'https://evil.example' } });
  expect(foreign.ok()).toBe(false);
  expect(await foreign.text()).not.toContain('We have received your request');

  // The same post from the site itself is accepted, so the refusal above is about the origin.
  const own = await request.post('/contact', { multipart: { ...multipart, name: `${name} own` }, headers: { Origin: baseURL ?? '' } });
  expect(await own.text()).toContain('We have received your request');
  await expect.poll(async () => (await mailWithSubjectContaining(`${name} own`)).length).toBe(1);
  expect(await mailWithSubjectContaining(`${name} [`)).toEqual([]);
});
