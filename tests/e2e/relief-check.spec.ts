import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { addDays, todayIn } from '@/lib/dates';
import { nextFederalFilingDay } from '@/lib/relief-check/court-days';
import { messagesFor } from '@/lib/i18n/messages';
import { CHARGE_QUESTION, CHOICES, isChoice, WHO_QUESTION, type Answers } from '@/lib/relief-check/answers';
import { parseCases, runCase, type ReliefCheckCase } from '@/lib/relief-check/cases';
import { isStepAsked, STEP_COUNT, stepQuestions } from '@/lib/relief-check/steps';
import { questionsFor } from '@/lib/relief-check/summary';
import { dayInWords } from '@/lib/relief-check/words';
import { pagePath, type Locale } from '@/lib/routes';
import { expectNoViolations } from './support/axe';
import { mailWithSubjectContaining } from './support/mailbox';
import { admissionsOf, outOfState } from '@/lib/content/admissions';
import { stateName } from '@/lib/content/states';
import { attorneys, DESKTOP_TOO, firm } from './support/site';

/** The cases a lawyer reviews; those marked `browser` are answered here step by step, as a person would. */
const TABLE = parseCases(fs.readFileSync(path.join(__dirname, '../fixtures/relief-check-cases.yaml'), 'utf8'));
const BROWSER_CASES = TABLE.cases.filter((reliefCase) => reliefCase.browser);
const today = () => todayIn(firm.timeZone);

type Words = ReturnType<typeof messagesFor>['reliefCheck'];

/** Answers every step with the case's answers, in the reader's language, and ends on the result. */
async function answerAll(page: Page, words: Words, answers: Answers, { axe }: { axe: boolean }) {
  for (let step = 0; step < STEP_COUNT; step += 1) {
    // A step with nothing to ask for these answers is passed over (the plea, when there was none).
    if (!isStepAsked(step, answers)) continue;
    if (axe) await expectNoViolations(page);
    const questions = questionsFor(words, answers);
    for (const question of stepQuestions(step, answers)) {
      const answer = answers[question];
      if (answer === undefined) continue;
      if (isChoice(question) || question === 'who') {
        const list = isChoice(question) ? CHOICES[question].words : WHO_QUESTION.words;
        const options = words.options[list] as Record<string, string>;
        await page
          .getByRole('group', { name: questions[question] })
          .getByLabel(options[String(answer)] ?? String(answer), { exact: true })
          .check();
      } else if (question === 'charges') {
        const group = page.getByRole('group', { name: questions.charges });
        for (const charge of answers.charges ?? []) {
          await group.getByLabel(words.options[CHARGE_QUESTION.words][charge], { exact: true }).check();
        }
      } else if (question === 'state') {
        await page.getByLabel(questions.state).selectOption(String(answer));
      } else {
        await page.getByLabel(questions[question]).fill(String(answer));
      }
    }
    const heading = page.getByRole('heading', { level: 2 }).first();
    const before = await heading.textContent();
    await page
      .getByRole('button', { name: step === STEP_COUNT - 1 ? words.review.next : words.next, exact: true })
      .click();
    // The next step (or the review) has replaced this one.
    await expect(heading).not.toHaveText(before ?? '');
  }
  await expect(page.getByRole('heading', { level: 2, name: words.review.title })).toBeVisible();
  if (axe) await expectNoViolations(page);
  await page.getByRole('button', { name: words.seeTopics, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: words.result.title })).toBeVisible();
}

const topicTitles = (page: Page) => page.locator('main ol > li h3').allTextContents();

/**
 * The cases marked `browser`, each answered once step by step as a person would, spread over both
 * languages and JavaScript on and off: the unit tests run every case, so what the walk adds is the
 * page itself (each step's fields, the buttons, the result as a reader sees it). axe judges every
 * screen of the first walk (English, JavaScript on: axe runs as a script in the page); the Spanish
 * check's first step is judged with the other Spanish pages (accessibility.spec.ts).
 */
BROWSER_CASES.forEach((reliefCase, index) => {
  const locale: Locale = index % 2 === 0 ? 'en' : 'es';
  const javaScriptEnabled = index % 4 < 2;
  const axe = { axe: index === 0 };
  const words = messagesFor(locale).reliefCheck;
  test.describe(`the relief check in ${locale} with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test(`case "${reliefCase.name}"${axe.axe ? ', axe on every screen' : ''}`, async ({ page }) => {
      test.setTimeout(90_000);
      const expected = runCase({ ...reliefCase, today: today() }, today());
      expect(expected.failures, 'the case passes in the unit tests too').toEqual([]);
      await page.goto(pagePath('reliefCheck', locale));
      await expect(page.getByText(words.notice)).toBeVisible();
      await answerAll(page, words, expected.answers, axe);
      expect(await topicTitles(page)).toEqual(expected.words[locale].map((topic) => topic.title));
      for (const topic of expected.words[locale]) {
        for (const paragraph of topic.paragraphs) {
          await expect(page.getByText(paragraph, { exact: true }).first()).toBeVisible();
        }
      }
      if (expected.topics[0]?.id === 'call-now') {
        const callNow = page.locator('main ol > li').first();
        await expect(callNow.locator('a[href^="tel:"]')).toBeVisible();
        await expect(callNow.locator(`a[href="${pagePath('detained', locale)}"]`)).toBeVisible();
      }
      // A state case where none of the firm's lawyers is admitted is told so, naming the state; others are not.
      const elsewhere =
        expected.answers.court === 'federal' ? undefined : outOfState(expected.answers.state, admissionsOf(attorneys));
      const outOfStateNotice = page.locator('[data-out-of-state]');
      if (elsewhere) await expect(outOfStateNotice).toContainText(stateName(elsewhere, locale, { bare: true }));
      else await expect(outOfStateNotice).toHaveCount(0);
      if (axe.axe) await expectNoViolations(page);
      if (expected.answers.courtDate) {
        // The court date given in the check, and what the request is about, fill the form it opens.
        const form = messagesFor(locale).form;
        await page.getByRole('button', { name: words.result.send }).click();
        await expect(page.getByLabel(form.hearingDate)).toHaveValue(expected.answers.courtDate);
        await expect(page.getByLabel(form.options.matter['facing-charges'])).toBeChecked();
      }
    });
  });
});

/**
 * What the steps do with JavaScript on (the page changes in place) and off (each step is a post): one
 * language each, the one whose words the test reads; the other language's words are the message files'.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`the relief check with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 90_000 });

    test(
      'someone sentenced days ago sees the days left first, with the call beside it, asked as "you"',
      // The deadline and the call sit side by side on a wide screen: that layout is seen once.
      javaScriptEnabled ? DESKTOP_TOO : {},
      async ({ page }) => {
        const locale: Locale = 'es';
        const words = messagesFor(locale).reliefCheck;
        // A judgment 8 to 13 days ago whose day 14 is a filing day (no weekend, no federal holiday), so that day is the last.
        const daysAgo =
          [8, 9, 10, 11, 12, 13].find((days) => {
            const dayFourteen = addDays(today(), 14 - days);
            return nextFederalFilingDay(dayFourteen) === dayFourteen;
          }) ?? 8;
        const lastDay = addDays(today(), 14 - daysAgo);
        await page.goto(pagePath('reliefCheck', locale));
        await answerAll(
          page,
          words,
          {
            who: 'self',
            court: 'federal',
            charges: ['drugs'],
            outcome: 'plea',
            judgmentDate: addDays(today(), -daysAgo),
            custody: 'prison',
            supervision: 'no',
            detainedNow: 'no',
            lawyerAdvice: 'nothing',
            longSentence: 'no',
            status: 'green-card',
          },
          { axe: false },
        );
        const deadline = page.locator('[data-deadlines]');
        const result = createTranslator({ locale, messages: messagesFor(locale), namespace: 'reliefCheck.result' });
        // "6 days left: Wednesday, December 9, 2026"
        await expect(deadline.locator('li').first()).toContainText(
          result('deadline', { days: 14 - daysAgo, day: dayInWords(lastDay, locale) }),
        );
        await expect(deadline.locator('li').first()).toContainText(words.result.deadlineOf['federal-appeal']);
        await expect(deadline.locator('a[href^="tel:"]')).toBeVisible();
        // The last day goes into the phone's calendar, titled in Spanish, with or without JavaScript.
        const download = page.waitForEvent('download');
        await deadline
          .getByRole('button', {
            name: new RegExp(`^${messagesFor(locale).calendar.add}.*${words.result.deadlineOf['federal-appeal']}$`),
          })
          .click();
        const file = fs.readFileSync((await (await download).path()) ?? '', 'utf8').replace(/\r\n[ \t]/g, '');
        expect(file).toContain(`DTSTART;VALUE=DATE:${lastDay.replaceAll('-', '')}`);
        expect(file).toContain('SUMMARY:Último día para presentar el aviso de apelación (caso federal)');
        // The deadline is the first thing after the heading; the step's disclaimer box is not repeated above it.
        await expect(page.locator('main h2 + [data-deadlines]')).toHaveCount(1);
        await expect(page.getByText(words.notice)).toHaveCount(0);
        // Only the grounds the charge touches: drugs, not firearms.
        const pardon = page.locator('main ol > li', { hasText: words.topics.pardon.title });
        await expect(pardon).toContainText(words.topics.pardon.notes['not-waived-drugs']);
        await expect(pardon).not.toContainText(words.topics.pardon.notes['not-waived-firearms']);
        await expect(page.locator('main ol > li', { hasText: words.topics['the-charge'].title })).toContainText(
          words.topics['the-charge'].notes.drugs,
        );
        if (javaScriptEnabled) await expectNoViolations(page);
      },
    );

    test('says first how long it takes and what to have at hand, and clears the answers at the end', async ({
      page,
    }) => {
      const locale: Locale = 'en';
      const words = messagesFor(locale).reliefCheck;
      await page.goto(pagePath('reliefCheck', locale));
      const before = page.locator('[data-before-you-start]');
      await expect(before).toContainText(words.before.time);
      for (const paper of Object.values(words.before.papers)) await expect(before).toContainText(paper);
      const unsure = TABLE.cases.find((reliefCase) => reliefCase.name === "I don't know, to every question");
      if (!unsure) throw new Error('the case table lost "I don\'t know, to every question"');
      await answerAll(page, words, runCase({ ...unsure, today: today() }, today()).answers, { axe: false });
      await expect(page.getByText(words.result.clearNote)).toBeVisible();
      await page.getByRole('button', { name: words.result.clear }).click();
      // Back to the first question, with nothing answered.
      await expect(page.locator('[data-before-you-start]')).toBeVisible();
      await expect(page.locator('main input[type="radio"]:checked')).toHaveCount(0);
      await expect(page.locator('main input[type="hidden"][name="court"]')).toHaveCount(0);
    });

    test('reviews every answer before the topics; a change keeps what still fits and asks only what is new', async ({
      page,
    }) => {
      const locale: Locale = 'en';
      const words = messagesFor(locale).reliefCheck;
      await page.goto(pagePath('reliefCheck', locale));
      const answers: Answers = {
        court: 'state',
        state: 'NY',
        outcome: 'trial',
        judgmentAge: 'over-1-year',
        custody: 'neither',
        supervision: 'no',
        detainedNow: 'no',
        longSentence: 'no',
        status: 'green-card',
      };
      await answerAll(page, words, answers, { axe: false });
      await page.getByRole('button', { name: words.result.change }).click();
      const review = page.locator('[data-review]');
      await expect(review).toContainText(words.options.court.state);
      // The plea was not asked after a trial.
      const questions = questionsFor(words, {});
      await expect(review).not.toContainText(questions.lawyerAdvice);
      // Change the outcome to a plea: the plea's own question is asked, then the review again, the rest kept.
      await page.getByRole('button', { name: words.review.changeStep.replace('{step}', words.steps.outcome) }).click();
      const choose = async (question: string, option: string) => {
        await page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
        await page.getByRole('button', { name: words.review.next, exact: true }).click();
      };
      await choose(questions.outcome, words.options.outcome.plea);
      await expect(page.getByRole('heading', { level: 2, name: words.steps.plea })).toBeVisible();
      await choose(questions.lawyerAdvice, words.options.lawyerAdvice.nothing);
      await expect(page.getByRole('heading', { level: 2, name: words.review.title })).toBeVisible();
      await expect(review).toContainText(words.options.lawyerAdvice.nothing);
      await expect(review).toContainText(words.options.status['green-card']);
      await page.getByRole('button', { name: words.seeTopics, exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: words.result.title })).toBeVisible();
    });

    test("a step asks again, in the reader's language, and Back keeps the answers given", async ({ page }) => {
      const locale: Locale = 'es';
      const words = messagesFor(locale).reliefCheck;
      await page.goto(pagePath('reliefCheck', locale));
      await expect(
        page.getByText(words.progress.replace('{step}', '1').replace('{count}', String(STEP_COUNT))),
      ).toBeVisible();
      await page.getByRole('button', { name: words.next }).click();
      await expect(page.locator('[aria-labelledby="error-summary-title"]')).toContainText(words.errors.chooseOne);
      await page.getByRole('group', { name: words.questions.court }).getByLabel(words.options.court.federal).check();
      await page.getByRole('button', { name: words.next }).click();
      await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
      await page.getByRole('button', { name: words.back }).click();
      await expect(page.getByRole('heading', { level: 2, name: words.steps.court })).toBeVisible();
      await expect(
        page.getByRole('group', { name: words.questions.court }).getByLabel(words.options.court.federal),
      ).toBeChecked();
    });

    test('the caution comes before sending, an answer can be left out, and what is kept reaches the firm', async ({
      page,
    }) => {
      const locale: Locale = 'en';
      const words = messagesFor(locale).reliefCheck;
      const form = messagesFor(locale).form;
      const reliefCase = BROWSER_CASES.find((candidate) => candidate.answers.state === 'CA') as ReliefCheckCase;
      const expected = runCase({ ...reliefCase, today: today() }, today());
      await page.goto(pagePath('reliefCheck', locale));
      await answerAll(page, words, expected.answers, { axe: false });

      // Rule 1.18: the caution stands before the choice of what to send and the button that sends it.
      const send = page.getByRole('region', { name: words.result.sendTitle });
      const order = await send.evaluate(
        (section, texts) => {
          const html = section.textContent ?? '';
          return texts.map((text) => html.indexOf(text));
        },
        [words.result.sendCaution, words.result.sendWhat, words.result.send],
      );
      expect(order.every((index) => index >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      await send.getByRole('checkbox', { name: new RegExp(words.questions.status) }).uncheck();
      await send.getByRole('button', { name: words.result.send }).click();

      const attached = page.getByRole('region', { name: words.attached.title });
      await expect(attached).toContainText('California');
      await expect(attached).toContainText(words.topics.california.title);
      await expect(attached).not.toContainText(words.questions.status);

      const name = `Relief ${locale} ${javaScriptEnabled ? 'js' : 'nojs'} ${Math.random().toString(36).slice(2, 8)}`;
      await page.getByLabel(form.name).fill(name);
      await page
        .getByRole('group', { name: form.forWhom })
        .getByLabel(form.options.forWhom.self, { exact: true })
        .check();
      await page.getByLabel(form.phone).fill('+1 212 555 0199');
      await page.getByRole('group', { name: form.language }).getByLabel(form.options.language.english).check();
      await page
        .getByRole('group', { name: form.citizen })
        .getByLabel(form.options.citizen.no, { exact: true })
        .check();
      await page.getByLabel(form.options.matter.convicted).check();
      await page
        .getByRole('group', { name: form.detained })
        .getByLabel(form.options.detained.no, { exact: true })
        .check();
      await page.getByLabel(form.consent).check();
      await page.getByRole('button', { name: form.submit }).click();

      await expect(page).toHaveURL(/reference=[A-Z0-9]{4}-[A-Z0-9]{4}/);
      const reference = new URL(page.url()).searchParams.get('reference') ?? '';
      await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
      const [mail] = await mailWithSubjectContaining(`[${reference}]`);
      // In English for the staff, whichever language the person used; the answer left out is not there.
      const english = messagesFor('en').reliefCheck;
      expect(mail?.text).toContain(`${english.questions.state} California`);
      expect(mail?.text).toContain(english.topics.california.title);
      expect(mail?.text).not.toContain(english.questions.status);
    });
  });
}

test.describe("the relief check with JavaScript off, and the phone's Back button", () => {
  test.use({ javaScriptEnabled: false });

  test('each step is a page of its own (Post/Redirect/Get): Back and Forward show them again, answers kept off the address', async ({
    page,
  }) => {
    const words = messagesFor('en').reliefCheck;
    const court = () => page.getByRole('group', { name: words.questions.court });
    await page.goto(pagePath('reliefCheck'));
    await court().getByLabel(words.options.court.federal).check();
    await page.getByRole('button', { name: words.next }).click();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
    expect(new URL(page.url()).search).toBe('?at=step-1');
    // The redirect brings the reader back to the check itself, past the title and the introduction.
    expect(new URL(page.url()).hash).toBe('#check');
    const back = await page.goBack();
    expect(back?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: words.steps.court })).toBeVisible();
    await expect(court().getByLabel(words.options.court.federal)).toBeChecked();
    const forward = await page.goForward();
    expect(forward?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
  });
});

test.describe("the relief check with JavaScript on, and the phone's Back button", () => {
  test('Back shows the step before with every answer given, Forward the next, and the address holds no answer', async ({
    page,
  }) => {
    const words = messagesFor('en').reliefCheck;
    const court = () => page.getByRole('group', { name: words.questions.court });
    const outcome = () => page.getByRole('group', { name: words.questions.outcome });
    await page.goto(pagePath('reliefCheck'));
    const address = page.url();
    // An answer sent before the check's script has started goes as a plain post, a page of its own: wait for the first entry.
    await page.waitForFunction(() => Number.isInteger(window.history.state?.reliefCheckEntry));
    await court().getByLabel(words.options.court.federal).check();
    await page.getByRole('button', { name: words.next }).click();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
    await outcome().getByLabel(words.options.outcome.plea).check();
    await page.getByRole('button', { name: words.next }).click();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeHidden();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
    await expect(outcome().getByLabel(words.options.outcome.plea)).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.court })).toBeVisible();
    await expect(court().getByLabel(words.options.court.federal)).toBeChecked();
    expect(page.url()).toBe(address);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 2, name: words.steps.outcome })).toBeVisible();
    await expect(outcome().getByLabel(words.options.outcome.plea)).toBeChecked();
  });
});

test('an urgent relief check sent to the firm puts the call first on the confirmation and marks the email', async ({
  page,
}) => {
  const words = messagesFor('en').reliefCheck;
  const form = messagesFor('en').form;
  const reliefCase = BROWSER_CASES.find((candidate) => candidate.reasons?.includes('plea-not-sentenced'));
  if (!reliefCase) throw new Error('the table needs a browser case for a plea not yet sentenced');
  const expected = runCase({ ...reliefCase, today: today() }, today());
  await page.goto(pagePath('reliefCheck'));
  await answerAll(page, words, expected.answers, { axe: false });
  await page.getByRole('button', { name: words.result.send }).click();
  const name = `Urgent check ${Math.random().toString(36).slice(2, 8)}`;
  await page.getByLabel(form.name).fill(name);
  await page.getByRole('group', { name: form.forWhom }).getByLabel(form.options.forWhom.self, { exact: true }).check();
  await page.getByLabel(form.phone).fill('+1 212 555 0199');
  await page.getByRole('group', { name: form.language }).getByLabel(form.options.language.english).check();
  await page.getByRole('group', { name: form.citizen }).getByLabel(form.options.citizen.no, { exact: true }).check();
  await page.getByLabel(form.options.matter['facing-charges']).check();
  await page.getByRole('group', { name: form.detained }).getByLabel(form.options.detained.no, { exact: true }).check();
  await page.getByLabel(form.consent).check();
  await page.getByRole('button', { name: form.submit }).click();
  await expect(page).toHaveURL(/call=first/);
  await expect(page.getByText(messagesFor('en').received.callFirst)).toBeVisible();
  const reference = new URL(page.url()).searchParams.get('reference') ?? '';
  await expect.poll(async () => (await mailWithSubjectContaining(`[${reference}]`)).length).toBe(1);
  const [mail] = await mailWithSubjectContaining(`[${reference}]`);
  expect(mail?.subject).toMatch(/^\[URGENT · PLEA, NOT YET SENTENCED\] /);
  expect(mail?.text).toMatch(/^URGENT: Pleaded, not yet sentenced/m);
});
