import { expect, test, type Page } from '@playwright/test';
import { addDays, todayIn } from '@/lib/dates';
import { messagesFor } from '@/lib/i18n/messages';
import { pagePath, type Locale } from '@/lib/routes';
import { firm } from './support/site';
import { uniqueName } from './support/consultation-form';
import { mailWithSubjectContaining } from './support/mailbox';
import { expectNoViolations } from './support/axe';

/** The words a defense lawyer reads on the page, in each edition. */
const WORDS = {
  en: {
    heading: 'For defense attorneys',
    lawyer: 'Your name',
    email: 'Email address (optional if you give a phone)',
    client: 'Your client’s full name',
    pleaDate: 'Date of the plea hearing (optional)',
    pleaTime: 'Time of the plea hearing (optional)',
    charges: 'Charges, with statute sections',
    status: 'Your client’s immigration status',
    statusAnswer: 'Green card (lawful permanent resident)',
    consent: /I am a defense lawyer writing about my client/,
    send: 'Send the request',
    chargesMissing: 'Charges: Enter the charges, with their statute sections if you have them',
    received: /\/contact\/received\?reference=[A-Z0-9]{4}-[A-Z0-9]{4}/,
    receivedHeading: 'We have received your Padilla request',
    pleaTomorrow: 'Your client’s plea is today or tomorrow, so do not wait for our email. Call us now:',
    pleaLater: 'If the plea is within days, call us as well:',
    conflictStep: 'We run a conflict check on your client’s name before anyone reads the details.',
  },
  es: {
    heading: 'Para abogados defensores',
    lawyer: 'Su nombre',
    email: 'Correo electrónico (opcional si da un teléfono)',
    client: 'Nombre completo de su cliente',
    pleaDate: 'Fecha de la audiencia de la declaración de culpabilidad (opcional)',
    pleaTime: 'Hora de la audiencia de la declaración de culpabilidad (opcional)',
    charges: 'Cargos, con las secciones de la ley',
    status: 'Situación migratoria de su cliente',
    statusAnswer: 'Tarjeta de residencia (green card)',
    consent: /Soy abogado defensor y escribo sobre mi cliente/,
    send: 'Enviar la solicitud',
    chargesMissing: 'Cargos: Escriba los cargos, con las secciones de la ley si las tiene',
    received: /\/es\/contacto\/recibido\?reference=[A-Z0-9]{4}-[A-Z0-9]{4}/,
    receivedHeading: 'Recibimos su solicitud de consulta Padilla',
    pleaTomorrow:
      'La declaración de culpabilidad de su cliente es hoy o mañana: no espere nuestro correo. Llámenos ahora:',
    pleaLater: 'Si la declaración de culpabilidad es en pocos días, llámenos también:',
    conflictStep:
      'Hacemos una verificación de conflictos de interés con el nombre de su cliente antes de que nadie lea los detalles.',
  },
} as const;

async function fillRequest(page: Page, locale: Locale, lawyer: string, client: string, pleaDate: string) {
  const words = WORDS[locale];
  await page.getByLabel(words.lawyer, { exact: true }).fill(lawyer);
  await page.getByLabel(words.email).fill('counsel@defender.example');
  await page.getByLabel(words.client).fill(client);
  await page.getByLabel(words.pleaDate).fill(pleaDate);
  await page.getByLabel(words.charges).fill('N.Y. Penal Law § 155.30(1), grand larceny 4th degree');
  await page.getByRole('group', { name: words.status }).getByLabel(words.statusAnswer).check();
  await page.getByLabel(words.consent).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the page for defense attorneys, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    const locale: Locale = 'en';
    const words = WORDS[locale];

    test('a Padilla request with a plea tomorrow morning arrives marked urgent, and the lawyer is asked to call now', async ({
      page,
    }) => {
      const today = todayIn(firm.timeZone, new Date());
      const plea = addDays(today, 1);
      const lawyer = uniqueName(`lawyer ${locale}`);
      const client = uniqueName(`client ${locale}`);
      await page.goto(pagePath('padilla', locale));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.heading);
      await fillRequest(page, locale, lawyer, client, plea);
      await page.getByLabel(words.pleaTime).fill('09:30');
      await page.getByRole('button', { name: words.send }).click();

      await expect(page).toHaveURL(words.received);
      await expect(page).toHaveURL(/call=now/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.receivedHeading);
      const confirmation = page.locator('[data-consultation-received]');
      // The plea tomorrow, not a detention, is why a lawyer is asked to call now; the call comes before the steps,
      // and the days the firm takes to answer a request are not promised to someone who has none.
      await expect(confirmation.locator('p').first()).toContainText(words.pleaTomorrow);
      await expect(confirmation.getByRole('listitem').first()).toHaveText(words.conflictStep);
      await expect(confirmation).not.toContainText(messagesFor(locale).received.padilla.callFirst);
      await expect(confirmation).not.toContainText(firm.replyTime);
      const reference = new URL(page.url()).searchParams.get('reference') ?? '';
      await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
      const [mail] = await mailWithSubjectContaining(`[${reference}]`);
      // The plea's day and time and the charges typed reach the firm; the email's wording is tested in
      // tests/unit/padilla-request.test.ts.
      expect(mail?.subject).toBe(
        `[URGENT · PADILLA · plea ${plea} at 09:30, 1 day] ${client}, from ${lawyer} [${reference}]`,
      );
      expect(mail?.text).toContain('N.Y. Penal Law § 155.30(1)');
    });
  });
}

// What the form does with JavaScript on and off is seen above in English; here, its Spanish.
test.describe('the page for defense attorneys in Spanish', () => {
  const locale: Locale = 'es';
  const words = WORDS[locale];

  test('a missing answer is named, what was typed is kept, and a plea weeks away is not urgent', async ({ page }) => {
    const today = todayIn(firm.timeZone, new Date());
    const plea = addDays(today, 20);
    const lawyer = uniqueName(`lawyer ${locale}`);
    const client = uniqueName(`client ${locale}`);
    await page.goto(pagePath('padilla', locale));
    await fillRequest(page, locale, lawyer, client, plea);
    await page.getByLabel(words.charges).fill('');
    await page.getByRole('button', { name: words.send }).click();

    const summary = page.getByRole('alert').filter({ has: page.getByRole('link') });
    await expect(summary.getByRole('link', { name: words.chargesMissing })).toHaveAttribute('href', '#charges');
    await expect(page.getByLabel(words.client)).toHaveValue(client);
    await expect(page.getByLabel(words.pleaDate)).toHaveValue(plea);
    await expectNoViolations(page);

    await page.getByLabel(words.charges).fill('Penal Law § 220.03');
    await page.getByRole('button', { name: words.send }).click();
    await expect(page).toHaveURL(words.received);
    await expect(page).not.toHaveURL(/call=first/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.receivedHeading);
    await expect(page.locator('[data-consultation-received]')).toContainText(words.pleaLater);
    const reference = new URL(page.url()).searchParams.get('reference') ?? '';
    await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
    const [mail] = await mailWithSubjectContaining(`[${reference}]`);
    expect(mail?.subject).toBe(`[PADILLA · plea ${plea}] ${client}, from ${lawyer} [${reference}]`);
    expect(mail?.text).not.toContain('URGENT');
  });
});
