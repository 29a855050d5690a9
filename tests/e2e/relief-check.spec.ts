import { expect, test, type Page } from '@playwright/test';
import { todayIn } from '@/lib/dates';
import { messagesFor } from '@/lib/i18n/messages';
import { articlePath, homePath, pagePath, practiceAreaPath, type Locale } from '@/lib/routes';
import { expectNoViolations } from './support/axe';
import { mailWithSubjectContaining } from './support/mailbox';
import { firm, spanish } from './support/site';

/** Ten days before today where the firm is: a federal judgment whose appeal deadline is still running. */
function daysAgo(days: number): string {
  const today = new Date(`${todayIn(firm.timeZone)}T00:00:00Z`);
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

type Check = ReturnType<typeof messagesFor>['reliefCheck'];

/** Answers one step: `choices` are [question, answer label] for radio groups, `typed` [label, text] for boxes. */
async function answerStep(
  page: Page,
  words: Check,
  {
    choices = [],
    typed = [],
    select,
  }: { choices?: [string, string][]; typed?: [string, string][]; select?: [string, string] },
  { axe }: { axe: boolean },
) {
  if (axe) await expectNoViolations(page);
  for (const [question, answer] of choices) {
    await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
  }
  for (const [label, text] of typed) await page.getByLabel(label).fill(text);
  if (select) await page.getByLabel(select[0]).selectOption(select[1]);
  const heading = page.getByRole('heading', { level: 2 }).first();
  const before = await heading.textContent();
  await page.getByRole('button', { name: new RegExp(`^(${words.next}|${words.seeTopics})$`) }).click();
  // The next step (or the result) has replaced this one.
  await expect(heading).not.toHaveText(before ?? '');
}

async function topicTitles(page: Page) {
  return page.locator('main ol > li h3').allTextContents();
}

for (const locale of ['en', 'es'] as const satisfies readonly Locale[]) {
  const words = messagesFor(locale).reliefCheck;
  const { questions: q, options: o, topics } = words;

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`the relief check in ${locale} with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });
      test.describe.configure({ timeout: 90_000 });
      // axe runs as a script in the page: with JavaScript off it cannot.
      const axe = { axe: javaScriptEnabled };

      test('a federal plea from ten days ago while detained: call now first, the appeal deadline second', async ({
        page,
      }) => {
        await page.goto(pagePath('reliefCheck', locale));
        await expect(page.getByText(words.notice)).toBeVisible();
        await expect(page.getByText(words.progress.replace('{step}', '1').replace('{count}', '6'))).toBeVisible();
        // Nothing chosen: the step asks, in the reader's language, and does not move on.
        await page.getByRole('button', { name: words.next }).click();
        await expect(page.locator('[aria-labelledby="error-summary-title"]')).toContainText(words.errors.chooseOne);
        await answerStep(page, words, { choices: [[q.court, o.court.federal]] }, axe);
        await answerStep(page, words, { choices: [[q.outcome, o.outcome.plea]] }, axe);
        await answerStep(page, words, { typed: [[q.judgmentDate, daysAgo(10)]] }, axe);
        // Back keeps the answers given.
        await page.getByRole('button', { name: words.back }).click();
        await expect(page.getByRole('heading', { level: 2, name: words.steps.when })).toBeVisible();
        await expect(page.getByLabel(q.judgmentDate)).toHaveValue(daysAgo(10));
        await answerStep(page, words, {}, { axe: false });
        await answerStep(
          page,
          words,
          {
            choices: [
              [q.custody, o.custody.prison],
              [q.detainedNow, o.yesNo.yes],
            ],
          },
          axe,
        );
        await answerStep(
          page,
          words,
          {
            choices: [
              [q.advised, o.yesNo.yes],
              [q.longSentence, o.longSentence.no],
            ],
          },
          axe,
        );
        await answerStep(page, words, { choices: [[q.status, o.status['green-card']]] }, axe);

        await expect(page.getByRole('heading', { name: words.result.title })).toBeVisible();
        await expect(page.getByText(words.notice)).toBeVisible();
        expect((await topicTitles(page)).slice(0, 2)).toEqual([
          topics['call-now'].title,
          topics['federal-appeal'].title,
        ]);
        const callNow = page.locator('main ol > li').first();
        await expect(callNow.locator('a[href^="tel:"]')).toBeVisible();
        await expect(callNow.locator(`a[href="${pagePath('detained', locale)}"]`)).toBeVisible();
        if (javaScriptEnabled) await expectNoViolations(page);
      });

      test('a California plea from 2015 without immigration advice, no longer in custody: § 1473.7, not § 2255, and the answers reach the firm', async ({
        page,
      }) => {
        const form = messagesFor(locale).form;
        await page.goto(pagePath('reliefCheck', locale));
        await answerStep(page, words, { choices: [[q.court, o.court.state]], select: [q.state, 'CA'] }, axe);
        await answerStep(page, words, { choices: [[q.outcome, o.outcome.plea]] }, axe);
        await answerStep(page, words, { choices: [[q.judgmentAge, o.judgmentAge['over-1-year']]] }, axe);
        await answerStep(
          page,
          words,
          {
            choices: [
              [q.custody, o.custody.none],
              [q.detainedNow, o.yesNo.no],
            ],
          },
          axe,
        );
        await answerStep(
          page,
          words,
          {
            choices: [
              [q.advised, o.yesNo.no],
              [q.longSentence, o.longSentence.no],
            ],
            typed: [[q.pleaYear, '2015']],
          },
          axe,
        );
        await answerStep(page, words, { choices: [[q.status, o.status['green-card']]] }, axe);

        await expect(page.getByRole('heading', { name: words.result.title })).toBeVisible();
        const found = await topicTitles(page);
        expect(found).toContain(topics.california.title);
        expect(found).toContain(topics.padilla.title);
        expect(found).not.toContain(topics['section-2255'].title);

        // Nothing is sent until the person chooses to; then the consultation form carries the answers.
        await page.getByRole('button', { name: words.result.send }).click();
        const attached = page.getByRole('region', { name: words.attached.title });
        await expect(attached).toContainText('California');
        await expect(attached).toContainText(topics.california.title);
        const name = `Relief ${locale} ${javaScriptEnabled ? 'js' : 'nojs'} ${Math.random().toString(36).slice(2, 8)}`;
        await page.getByLabel(form.name).fill(name);
        await page
          .getByRole('group', { name: form.forWhom })
          .getByLabel(form.options.forWhom.self, { exact: true })
          .check();
        await page.getByLabel(form.phone).fill('+1 555 010 0199');
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
        // In English for the staff, whichever language the person used.
        const english = messagesFor('en').reliefCheck;
        expect(mail?.text).toContain(`${english.questions.state} California`);
        expect(mail?.text).toContain(`${english.questions.pleaYear} 2015`);
        expect(mail?.text).toContain(english.topics.california.title);
        expect(mail?.text).toContain(english.topics.padilla.title);
      });
    });
  }
}

test('the home page, the post-conviction practice area and the main article link to the check, in both languages', async ({
  page,
}) => {
  const main = 'post-conviction-relief-for-noncitizens';
  const spanishMain = spanish.articles.find((article) => article.translationOf === main);
  const pages: [Locale, string][] = [
    ['en', homePath()],
    ['en', practiceAreaPath('post-conviction-relief')],
    ['en', articlePath(main)],
    ['es', homePath('es')],
    ['es', practiceAreaPath('post-conviction-relief', 'es')],
    ...(spanishMain ? [['es', articlePath(spanishMain.slug, 'es')] as [Locale, string]] : []),
  ];
  for (const [locale, path] of pages) {
    await page.goto(path);
    await expect(page.locator(`main a[href="${pagePath('reliefCheck', locale)}"]`).first(), path).toBeVisible();
  }
});
