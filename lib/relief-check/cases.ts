import { parse } from 'yaml';
import { z } from '@/lib/zod';
import { calendarDate } from '@/lib/content/fields';
import { addDays } from '@/lib/dates';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';
import type { UrgentKind } from '@/lib/urgency';
import { answersSchema, QUESTIONS, type Answers } from './answers';
import { isAsked } from './steps';
import { factsFor } from './facts';
import { nextFederalFilingDay } from './court-days';
import { RULES, topicsFor, URGENCY_ORDER, urgentReasonsFor, type ShownTopic, type TopicId } from './rules';
import { dayInWords, describeTopic, type TopicInWords } from './words';

/**
 * The table of cases a lawyer reviews (tests/fixtures/relief-check-cases.yaml):
 * answers, and what the check must show for them. The unit tests run every
 * case, the browser tests answer the ones marked `browser`, and
 * `npm run relief-check:cases` prints them all in words.
 */

const TOPIC_IDS = RULES.map((rule) => rule.id) as [TopicId, ...TopicId[]];
const topicList = z.array(z.enum(TOPIC_IDS)).default([]);
const URGENT_KINDS = [
  'detained',
  'removal-proceedings',
  'hearing',
  'appeal-deadline',
  'plea-not-sentenced',
  'charged-no-plea',
  'ice-hold',
  'removal-order',
] as const satisfies readonly UrgentKind[];

/** `today-10`, `today+5`, or a date. */
const RELATIVE_DATE = /^today([+-]\d+)$/;

/**
 * A day inside expected words, counted from the case's today and written as
 * the check writes it in that language: `{today+20}` → "Tuesday, December
 * 22, 2026"; `{today-16 or next filing day}` moves a Saturday, Sunday or
 * federal holiday to the next day that is none of them.
 */
const EXPECTED_DAY = /\{today([+-]\d+)?( or next filing day)?\}/g;

export function expectedWords(words: string, today: string, locale: Locale): string {
  return words.replace(EXPECTED_DAY, (_whole, offset: string | undefined, filingDay: string | undefined) => {
    const day = addDays(today, Number(offset ?? 0));
    return dayInWords(filingDay ? nextFederalFilingDay(day) : day, locale);
  });
}

const caseSchema = z
  .object({
    name: z.string().min(3),
    today: calendarDate.optional(),
    // Answers are parsed once dates relative to today are resolved (see `answersOn`); `~` removes an answer.
    answers: z.record(z.string(), z.union([z.string(), z.number(), z.null(), z.array(z.string())])),
    shows: topicList,
    hides: topicList,
    urgency: z.enum([...URGENCY_ORDER, 'none']).optional(),
    says: z.array(z.string()).default([]),
    dice: z.array(z.string()).default([]),
    never: z.array(z.string()).default([]),
    reasons: z.array(z.enum(URGENT_KINDS)).optional(),
    browser: z.boolean().default(false),
  })
  // The browser tests run on the day they run: a case they answer is written relative to today.
  .refine((reliefCase) => !(reliefCase.browser && reliefCase.today), {
    message: 'a case the browser tests answer cannot set its own today; write its dates relative to today',
    path: ['today'],
  });
export type ReliefCheckCase = z.infer<typeof caseSchema>;

const tableSchema = z.object({ today: calendarDate, cases: z.array(caseSchema).min(1) });

/** The table, validated; a mistake names the case and the field. */
export function parseCases(text: string): { today: string; cases: ReliefCheckCase[] } {
  const parsed = tableSchema.safeParse(parse(text, { merge: true }));
  if (parsed.success) return parsed.data;
  throw new Error(
    `The table of relief-check cases has mistakes:\n${parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n')}`,
  );
}

/** The case's answers on `today`: relative dates resolved, then parsed like the form's. */
export function answersOn(reliefCase: ReliefCheckCase, today: string): Answers {
  const resolved = Object.fromEntries(
    Object.entries(reliefCase.answers)
      .filter(([, value]) => value !== null)
      .map(([question, value]) => {
        const relative = typeof value === 'string' ? RELATIVE_DATE.exec(value) : null;
        return [question, relative ? addDays(today, Number(relative[1])) : value];
      }),
  );
  const parsed = z.strictObject(answersSchema.shape).safeParse(resolved);
  if (!parsed.success) {
    throw new Error(
      `Case "${reliefCase.name}": ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  // An answer the steps never ask for would test answers no person can give (the browser walk could not give it either).
  const unasked = QUESTIONS.filter(
    (question) => parsed.data[question] !== undefined && !isAsked(question, parsed.data),
  );
  if (unasked.length > 0) {
    throw new Error(
      `Case "${reliefCase.name}": the check does not ask ${unasked.join(', ')} with these answers; remove ${unasked.length > 1 ? 'them' : 'it'} from the case`,
    );
  }
  return parsed.data;
}

export type CaseResult = {
  today: string;
  answers: Answers;
  topics: ShownTopic[];
  words: Record<Locale, TopicInWords[]>;
  urgency: (typeof URGENCY_ORDER)[number] | 'none';
  reasons: UrgentKind[];
  /** What the case expects and the check does not do, one line each; empty when the case passes. */
  failures: string[];
};

export function runCase(reliefCase: ReliefCheckCase, tableToday: string): CaseResult {
  const today = reliefCase.today ?? tableToday;
  const answers = answersOn(reliefCase, today);
  const facts = factsFor(answers, today);
  const shown = topicsFor(answers, facts);
  const ids = shown.map((topic) => topic.id);
  const words = {
    en: shown.map((topic) => describeTopic(topic, messagesFor('en').reliefCheck, 'en')),
    es: shown.map((topic) => describeTopic(topic, messagesFor('es').reliefCheck, 'es')),
  };
  const text = (locale: Locale) => words[locale].flatMap((topic) => [topic.title, ...topic.paragraphs]).join('\n');
  const expected = (list: readonly string[], locale: Locale) =>
    list.map((words) => expectedWords(words, today, locale));
  const urgency = shown[0]?.urgency ?? 'none';
  const reasons = [...new Set(urgentReasonsFor(answers, facts).map((reason) => reason.kind))];
  const failures = [
    ...reliefCase.shows.filter((id) => !ids.includes(id)).map((id) => `should show ${id}`),
    ...reliefCase.hides.filter((id) => ids.includes(id)).map((id) => `should not show ${id}`),
    ...(reliefCase.urgency && reliefCase.urgency !== urgency
      ? [`the most urgent level should be ${reliefCase.urgency}, is ${urgency}`]
      : []),
    ...expected(reliefCase.says, 'en')
      .filter((words) => !text('en').includes(words))
      .map((words) => `should say "${words}"`),
    ...expected(reliefCase.dice, 'es')
      .filter((words) => !text('es').includes(words))
      .map((words) => `debería decir "${words}"`),
    ...expected(reliefCase.never, 'en')
      .filter((words) => text('en').includes(words))
      .map((words) => `should not say "${words}"`),
    ...(reliefCase.reasons && !sameSet(reliefCase.reasons, reasons)
      ? [`urgent for [${reliefCase.reasons.join(', ')}], is urgent for [${reasons.join(', ')}]`]
      : []),
  ];
  return { today, answers, topics: shown, words, urgency, reasons, failures };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
