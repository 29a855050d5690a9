import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { messagesFor } from '@/lib/i18n/messages';
import { createTranslator } from 'next-intl';
import { CHARGE, CHOICES, CHOICE_QUESTIONS, NOT_SURE, OUTCOME, type Answers } from '@/lib/relief-check/answers';
import { parseCases, runCase } from '@/lib/relief-check/cases';
import { FINGERPRINT_DAY, fingerprintOf, ruleFingerprints } from '@/lib/relief-check/fingerprint';
import { advance, answersFrom, carriedAnswers, chosenAttachment, resultOn, topicsOn } from '@/lib/relief-check/flow';
import { casesReport } from '@/lib/relief-check/report';
import {
  RULES,
  URGENCY_ORDER,
  WIDENING_EXCEPTIONS,
  linksToExplanation,
  type Rule,
  type TopicId,
} from '@/lib/relief-check/rules';
import { stepProgress } from '@/lib/relief-check/steps';
import { formValuesFromCheck } from '@/lib/consultation/form/check-prefill';
import { ruleTable, ruleTables, type RuleTable } from '@/lib/relief-check/rule-inputs';
import { answersAt, narrowings, type Narrowing } from '@/lib/relief-check/rule-table';
import { runningDeadlines } from '@/lib/relief-check/deadlines';
import { answerLines, questionsFor } from '@/lib/relief-check/summary';
import { dayInWords, describeTopic } from '@/lib/relief-check/words';
import { LOCALES } from '@/lib/routes';

const TABLE = parseCases(fs.readFileSync(path.join(__dirname, '../fixtures/relief-check-cases.yaml'), 'utf8'));
const TODAY = TABLE.today;
/** A federal plea with a sentence, the lawyer silent about immigration: every answer but the charge. */
const FEDERAL_PLEA: Answers = {
  court: 'federal',
  outcome: 'plea',
  judgmentAge: '2-to-12-months',
  custody: 'neither',
  supervision: 'no',
  detainedNow: 'no',
  lawyerAdvice: 'nothing',
  longSentence: 'no',
  status: 'green-card',
};

describe('the table of cases a lawyer reviews (tests/fixtures/relief-check-cases.yaml)', () => {
  it('has at least 40 cases, each with its own name', () => {
    expect(TABLE.cases.length).toBeGreaterThanOrEqual(40);
    const names = TABLE.cases.map((reliefCase) => reliefCase.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('covers "I don\'t know" for every question', () => {
    for (const question of CHOICE_QUESTIONS) {
      expect(
        TABLE.cases.some((reliefCase) => reliefCase.answers[question] === NOT_SURE),
        question,
      ).toBe(true);
    }
  });

  it.each(TABLE.cases.map((reliefCase) => [reliefCase.name, reliefCase] as const))('%s', (_name, reliefCase) => {
    expect(runCase(reliefCase, TODAY).failures).toEqual([]);
  });

  it('names the case and what failed when the check does not do what a case says', () => {
    const [first] = TABLE.cases;
    if (!first) throw new Error('the table has no case');
    const wrong = { ...first, shows: ['new-york' as const], says: ['words that are nowhere'] };
    expect(runCase(wrong, TODAY).failures).toEqual(['should show new-york', 'should say "words that are nowhere"']);
  });

  it('refuses a case with an answer the check never asks for those answers', () => {
    const [first] = TABLE.cases;
    if (!first) throw new Error('the table has no case');
    const impossible = { ...first, answers: { outcome: 'charged-no-plea', judgmentAge: 'under-14-days' } };
    expect(() => runCase(impossible, TODAY)).toThrow(/does not ask judgmentAge with these answers; remove it/);
  });
});

describe('npm run relief-check:cases', () => {
  it("prints every case in plain words, with what the check shows and each rule's sources and fingerprint", () => {
    const fingerprints = ruleFingerprints();
    const report = casesReport(TABLE, fingerprints);
    expect(report).toContain(
      `${TABLE.cases.length} cases, counted from ${TODAY} unless a case says otherwise; every case passes.`,
    );
    for (const reliefCase of TABLE.cases) expect(report).toContain(`. ${reliefCase.name} (passes)`);
    for (const rule of RULES) {
      expect(report).toContain(`fingerprint: \`"${fingerprints[rule.id]}"\``);
      for (const source of rule.source) expect(report).toContain(`- source: ${source}`);
    }
    // The answers and the topics in words, as a lawyer reads them.
    expect(report).toContain('- Where is that person now? Held by immigration (immigration detention)');
    expect(report).toContain('1. **Call a lawyer now** (call-now): Some cases move fast.');
  }, 60_000);

  it('runs from the command line, and exits 0 when every case passes', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/relief-check-cases.ts'],
      { cwd: path.resolve(__dirname, '../..') },
    );
    // execFile rejects on any other exit code.
    expect(stdout.split('\n')[0]).toBe('# The relief check, case by case');
  }, 60_000);
});

/** The combinations the walk tries today, 384,827 (docs/relief-check.md), less a margin: an empty walk fails. */
const COMBINATIONS_FLOOR = 330_000;

describe('every path through the check', () => {
  // Each rule over the answers it reads (lib/relief-check/rule-inputs.ts; docs/relief-check.md): the walk the
  // fingerprints take, so it is done once. Any day serves: the dates tried are counted from it.
  const tables = () => ruleTables(FINGERPRINT_DAY);
  let found: Narrowing[] | undefined;
  const narrowed = () => (found ??= tables().flatMap((table) => narrowings(table)));

  it('ends on topics or on the "talk to a lawyer" result, never an error, and words exist for all of it in both languages', () => {
    // A rule that throws on some combination fails the walk itself, naming the rule and the answers.
    for (const table of tables()) {
      for (const shown of table.outcomes) {
        if (!shown) continue;
        const topic = { ...shown, id: table.rule.id, urgency: table.rule.urgency };
        for (const locale of LOCALES) {
          const signature = `${locale} ${topic.id}: ${topic.notes.join(',')}`;
          const words = describeTopic(topic, messagesFor(locale).reliefCheck, locale);
          // A placeholder left unfilled, or an empty paragraph, would reach a reader.
          expect(words.paragraphs.join(' '), signature).not.toMatch(/\{\w+\}/);
          expect(
            words.paragraphs.every((paragraph) => paragraph.trim() !== ''),
            signature,
          ).toBe(true);
        }
      }
    }
    // The "talk to a lawyer" result has its words in both languages.
    for (const locale of LOCALES) expect(messagesFor(locale).reliefCheck.result.none.length).toBeGreaterThan(20);
  }, 120_000);

  it('shows at least as much after "I don\'t know" as after any definite answer, but for the listed exceptions', () => {
    // Only a question a rule reads can change what it shows, so each rule is compared over its own answers.
    const unlisted = narrowed().filter(
      ({ question, rule }) =>
        !WIDENING_EXCEPTIONS.some((except) => except.question === question && except.topic === rule),
    );
    expect(
      unlisted.slice(0, 5).map(({ rule, question, answers }) => `${rule}, ${question}: ${JSON.stringify(answers)}`),
    ).toEqual([]);
  }, 120_000);

  it('keeps every exception to that promise reasoned, and each one real', () => {
    for (const exception of WIDENING_EXCEPTIONS) expect(exception.why.length, exception.topic).toBeGreaterThan(40);
    // Each exception allows a narrowing the walk finds: one no longer needed is taken off the list.
    for (const exception of WIDENING_EXCEPTIONS) {
      expect(
        narrowed().some(({ question, rule }) => question === exception.question && rule === exception.topic),
        `${exception.question}, ${exception.topic}`,
      ).toBe(true);
    }
    // Status "removal proceedings" calls for a call; "I don't know" alone does not.
    const base: Answers = {
      court: 'federal',
      outcome: 'plea',
      judgmentAge: 'over-1-year',
      custody: 'neither',
      supervision: 'no',
      detainedNow: 'no',
      lawyerAdvice: 'certain',
      longSentence: 'no',
    };
    expect(topicsOn({ ...base, status: 'removal-proceedings' }, TODAY).map((topic) => topic.id)).toContain('call-now');
    expect(topicsOn({ ...base, status: 'not-sure' }, TODAY).map((topic) => topic.id)).not.toContain('call-now');
  });

  it('walks what each rule reads, every combination of it, and would notice an empty walk', () => {
    const byRule = new Map(tables().map((table) => [table.rule.id, table]));
    const reads = (id: TopicId) => byRule.get(id)?.reads ?? [];
    const parts = (id: TopicId) => tables().filter((table) => table.rule.id === id);
    // What a reader of the rules sees each one ask about.
    // The plea year, when given, says how old the judgment is at least.
    expect(reads('federal-appeal')).toEqual(['court', 'outcome', 'judgmentDate', 'judgmentAge', 'pleaYear']);
    expect(reads('padilla')).toEqual(expect.arrayContaining(['outcome', 'lawyerAdvice', 'pleaYear', 'judgmentDate']));
    expect(reads('the-charge')).toEqual(['charges']);
    // A note for each "I don't know": made in parts, each walked over what it reads, not the product of all.
    expect(parts('find-the-papers').map((part) => part.part)).toEqual([...Array(11).keys()]);
    expect(new Set(parts('find-the-papers').flatMap((part) => part.reads))).toEqual(
      new Set([...CHOICE_QUESTIONS, 'charges', 'judgmentDate']),
    );
    expect(Math.max(...parts('find-the-papers').map((part) => part.reads.length))).toBeLessThanOrEqual(3);
    // Whether the plea year is asked depends on the outcome: walked with it, though the rule does not read it.
    expect(byRule.get('staying')?.inputs).toEqual(['outcome', 'pleaYear', 'status']);
    for (const table of tables()) {
      const shows = table.outcomes.map((shown) => shown !== undefined);
      const seen = new Set<boolean>();
      for (const code of table.walked.outcomes) seen.add(shows[code] ?? false);
      // Every rule reads something, and shows for some answers and not for others.
      expect(table.reads.length, table.rule.id).toBeGreaterThan(0);
      expect(seen, table.rule.id).toEqual(new Set([true, false]));
    }
    const combinations = tables().reduce((total, table) => total + table.walked.keys.length, 0);
    expect(combinations).toBeGreaterThan(COMBINATIONS_FLOOR);
  });
});

describe('the walk over what each rule reads (lib/relief-check/rule-inputs.ts)', () => {
  const ruleThat = (show: Rule['show']): Rule => ({
    id: 'padilla',
    urgency: 'ask',
    explainedIn: { page: 'detained' },
    source: ['a rule made up for this test'],
    show,
  });
  const shownAnswers = (table: RuleTable) =>
    [...table.walked.keys]
      .filter((_key, row) => table.outcomes[table.walked.outcomes[row] ?? 0])
      .map((key) => answersAt(table, key));

  it('finds an answer read only behind a rare other one, and one read through a fact of time', () => {
    const rare = ruleTable(
      ruleThat((answers) => (answers.status === 'tps' && answers.custody === 'prison' ? { notes: [] } : undefined)),
      FINGERPRINT_DAY,
    );
    expect(rare.reads).toEqual(['custody', 'status']);
    expect(shownAnswers(rare)).toEqual([{ custody: 'prison', status: 'tps' }]);
    const hearing = ruleTable(
      ruleThat((_answers, facts) => (facts.hearing ? { notes: [] } : undefined)),
      FINGERPRINT_DAY,
    );
    expect(hearing.reads).toEqual(['hearingDate']);
  });

  it('walks only what the steps can produce: an answer is missing exactly where it is not asked', () => {
    const noAdvice = ruleTable(
      ruleThat((answers) => (answers.lawyerAdvice === undefined ? { notes: [] } : undefined)),
      FINGERPRINT_DAY,
    );
    // Whether the lawyer's advice is asked depends on the outcome, so the outcome is walked too.
    expect(noAdvice.inputs).toEqual(['outcome', 'lawyerAdvice']);
    expect(shownAnswers(noAdvice).map((answers) => answers.outcome)).toEqual([
      'charged-no-plea',
      'trial',
      'dismissed-no-plea',
      'juvenile',
    ]);
    const risk = ruleTable(
      ruleThat((answers) => (answers.lawyerAdvice === 'risk' ? { notes: [] } : undefined)),
      FINGERPRINT_DAY,
    );
    expect(shownAnswers(risk).map((answers) => answers.outcome)).toEqual([
      'plea',
      'plea-not-sentenced',
      'diversion',
      'dismissed-after-plea',
      'not-sure',
    ]);
  });

  it("changes a rule's fingerprint when what it shows changes for one combination, and keeps it for a tidier rule", () => {
    const fingerprint = (show: Rule['show']) => fingerprintOf(ruleTable(ruleThat(show), FINGERPRINT_DAY));
    const rule = fingerprint((answers) =>
      answers.status === 'tps' && answers.custody === 'prison' ? { notes: ['judge'] } : undefined,
    );
    const tidier = fingerprint((answers) =>
      answers.custody !== 'prison' ? undefined : answers.status === 'tps' ? { notes: ['judge'] } : undefined,
    );
    expect(tidier).toBe(rule);
    // Shown for one more combination, with another note, or with a date: each is a change to review.
    const more = fingerprint((answers) =>
      (answers.status === 'tps' && answers.custody === 'prison') ||
      (answers.status === 'asylee-refugee' && answers.custody === 'prison-ice-hold')
        ? { notes: ['judge'] }
        : undefined,
    );
    const otherNote = fingerprint((answers) =>
      answers.status === 'tps' && answers.custody === 'prison' ? { notes: ['proof'] } : undefined,
    );
    const dated = fingerprint((answers) =>
      answers.status === 'tps' && answers.custody === 'prison'
        ? { notes: ['judge'], dates: { judgment: FINGERPRINT_DAY } }
        : undefined,
    );
    expect(new Set([rule, more, otherNote, dated]).size).toBe(4);
  });

  it('refuses a rule that lists the answers instead of reading each by name', () => {
    const listing = ruleThat((answers) => (Object.keys(answers).length > 0 ? { notes: [] } : undefined));
    expect(() => ruleTable(listing, FINGERPRINT_DAY)).toThrow('lists or changes the answers');
  });

  it('names the rule and the answers when a rule fails', () => {
    const failing = ruleThat((answers) => {
      if (answers.status === 'deported') throw new Error('no words for this');
      return undefined;
    });
    expect(() => ruleTable(failing, FINGERPRINT_DAY)).toThrow(/rule padilla fails for .*"status":"deported".*no words/);
  });
});

describe('the rules', () => {
  it('are listed most urgent first, each citing its sources and the page that explains it', () => {
    const ranks = RULES.map((rule) => URGENCY_ORDER.indexOf(rule.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const rule of RULES) {
      expect(rule.source.length, rule.id).toBeGreaterThan(0);
      for (const source of rule.source) expect(source.length, rule.id).toBeGreaterThan(10);
      const explained = 'article' in rule.explainedIn ? rule.explainedIn.article : rule.explainedIn.page;
      expect(explained, rule.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('have a title and a text in both languages for every topic', () => {
    for (const locale of LOCALES) {
      for (const rule of RULES) {
        const words = messagesFor(locale).reliefCheck.topics[rule.id];
        expect(words.title.length, `${locale} ${rule.id}`).toBeGreaterThan(5);
        expect(words.text.length, `${locale} ${rule.id}`).toBeGreaterThan(20);
      }
    }
  });

  it('offer "I don\'t know" on every question that is chosen', () => {
    for (const question of CHOICE_QUESTIONS) expect(CHOICES[question].answers, question).toContain(NOT_SURE);
  });
});

describe('the steps of the check', () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
    }
    return data;
  };
  const FEDERAL: Answers = {
    court: 'federal',
    outcome: 'plea',
    judgmentAge: '2-to-12-months',
    custody: 'prison',
    supervision: 'no',
    detainedNow: 'no',
    lawyerAdvice: 'nothing',
    longSentence: 'no',
    status: 'no-status',
  };

  it('asks for an answer before moving on, and keeps what was answered', () => {
    const stay = advance(form({ step: '0', intent: 'next', state: 'CA' }), TODAY);
    expect(stay).toEqual({ view: 'step', step: 0, answers: { state: 'CA' }, errors: { court: 'chooseOne' } });
    const next = advance(form({ step: '0', intent: 'next', court: 'state', state: 'CA' }), TODAY);
    expect(next).toMatchObject({ view: 'step', step: 1, answers: { court: 'state', state: 'CA' } });
  });

  it('asks again when the judgment date disagrees with how long ago it was said to be (a year typed wrong)', () => {
    const when = { step: '2', intent: 'next', court: 'federal', outcome: 'plea', judgmentAge: 'under-14-days' };
    const typo = advance(form({ ...when, judgmentDate: addDays(TODAY, -370) }), TODAY);
    expect(typo).toMatchObject({ view: 'step', step: 2, errors: { judgmentDate: 'dateDisagrees' } });
    expect(advance(form({ ...when, judgmentDate: addDays(TODAY, -5) }), TODAY)).toMatchObject({
      view: 'step',
      step: 3,
    });
    // "I don't know" how long ago, or a sentencing still to come, never disagrees.
    const unsure = { ...when, judgmentAge: 'not-sure', judgmentDate: addDays(TODAY, -370) };
    expect(advance(form(unsure), TODAY)).toMatchObject({ view: 'step', step: 3 });
    expect(advance(form({ ...when, judgmentDate: addDays(TODAY, 20) }), TODAY)).toMatchObject({
      view: 'step',
      step: 3,
    });
  });

  it('reads "less than 14 days ago" with no date as a deadline still running, shown first', () => {
    const { deadlines } = resultOn({ ...FEDERAL, judgmentAge: 'under-14-days' }, TODAY);
    expect(deadlines).toEqual([{ topic: 'federal-appeal', withinDays: 14 }]);
    expect(resultOn(FEDERAL, TODAY).deadlines).toEqual([]);
  });

  it('asks about probation, parole or supervised release on the same step as custody', () => {
    expect(
      advance(form({ step: '3', intent: 'next', custody: 'immigration-detention', detainedNow: 'yes' }), TODAY),
    ).toMatchObject({
      view: 'step',
      step: 3,
      errors: { supervision: 'chooseOne' },
    });
  });

  it('does not ask about the plea after a trial, and drops an answer to it given before', () => {
    const trial = advance(
      form({ step: '4', intent: 'next', outcome: 'trial', longSentence: 'no', lawyerAdvice: 'nothing' }),
      TODAY,
    );
    expect(trial).toMatchObject({ view: 'step', step: 5 });
    expect(trial.answers).not.toHaveProperty('lawyerAdvice');
    expect(advance(form({ step: '4', intent: 'next', outcome: 'plea', longSentence: 'no' }), TODAY)).toMatchObject({
      errors: { lawyerAdvice: 'chooseOne' },
    });
  });

  describe('for a person charged who has not pleaded yet', () => {
    const charged = { court: 'state', state: 'TX', outcome: 'charged-no-plea' } as const;

    it('asks the court date instead of the judgment, and nothing about a sentence, supervision or the plea', () => {
      const when = advance(form({ step: '1', intent: 'next', ...charged }), TODAY);
      expect(when).toMatchObject({ view: 'step', step: 2 });
      // Empty is an answer: the date is optional and nothing else is asked there.
      const now = advance(form({ step: '2', intent: 'next', ...charged }), TODAY);
      expect(now).toMatchObject({ view: 'step', step: 3, errors: {} });
      const withDate = advance(form({ step: '2', intent: 'next', ...charged, courtDate: '2026-12-10' }), TODAY);
      expect(withDate.answers).toMatchObject({ courtDate: '2026-12-10' });
      // No supervision question on "today"; the plea and sentence step is passed over.
      const immigration = advance(
        form({ step: '3', intent: 'next', ...charged, custody: 'neither', detainedNow: 'no' }),
        TODAY,
      );
      expect(immigration).toMatchObject({ view: 'step', step: 5, errors: {} });
      expect(advance(form({ step: '5', intent: 'back', ...charged }), TODAY)).toMatchObject({ step: 3 });
      expect(stepProgress(5, { outcome: 'charged-no-plea' })).toEqual({ step: 5, count: 5 });
      expect(stepProgress(5, { outcome: 'plea' })).toEqual({ step: 6, count: 6 });
    });

    it('drops answers about a judgment given before the outcome changed to "charged"', () => {
      const { answers } = answersFrom(
        form({
          ...charged,
          judgmentAge: 'under-14-days',
          supervision: 'yes',
          longSentence: 'yes',
          courtDate: '2026-12-10',
        }),
      );
      expect(answers).toEqual({ ...charged, courtDate: '2026-12-10' });
      expect(
        answersFrom(form({ court: 'state', outcome: 'plea', courtDate: '2026-12-10' })).answers,
      ).not.toHaveProperty('courtDate');
    });

    it('leads with "talk to a lawyer before you plead" and the court date, with no appeal and no detention box', () => {
      const answers: Answers = {
        ...charged,
        charges: ['dui'],
        courtDate: '2026-12-05',
        custody: 'neither',
        detainedNow: 'no',
        status: 'no-status',
        hearingDate: '2026-12-05',
      };
      const topics = topicsOn(answers, TODAY);
      expect(topics[0]).toMatchObject({ id: 'call-now', notes: ['hearing'] });
      // A hearing soon still says "call now", but not with the page on detention, for nobody is held.
      const [hearingSoon] = topics;
      if (!hearingSoon) throw new Error('a hearing soon shows no topic');
      expect(linksToExplanation(hearingSoon)).toBe(false);
      const withoutHearing = topicsOn({ ...answers, hearingDate: undefined }, TODAY);
      expect(withoutHearing[0]).toMatchObject({
        id: 'before-the-plea',
        notes: ['court-date'],
        dates: { court: '2026-12-05' },
      });
      expect(withoutHearing.map((topic) => topic.id)).not.toContain('state-appeal');
      expect(runningDeadlines(withoutHearing, TODAY)).toEqual([]);
      const held = topicsOn({ ...answers, detainedNow: 'yes' }, TODAY);
      const [callNow] = held;
      if (!callNow) throw new Error('someone held shows no topic');
      expect(callNow).toMatchObject({ id: 'call-now', notes: ['detained', 'hearing'] });
      expect(linksToExplanation(callNow)).toBe(true);
    });

    it('fills the consultation form with the sooner date and what the request is about', () => {
      expect(formValuesFromCheck({ ...charged, courtDate: '2026-12-10', hearingDate: '2027-01-04' })).toEqual({
        hearingDate: '2026-12-10',
        matter: 'facing-charges',
        caseState: 'TX',
      });
      // A federal court is named by its district: the form's state is left to the person.
      expect(formValuesFromCheck({ court: 'federal', state: 'TX' })).toEqual({});
      expect(formValuesFromCheck({ outcome: 'plea', hearingDate: '2027-01-04' })).toEqual({
        hearingDate: '2027-01-04',
        matter: 'convicted',
      });
      expect(formValuesFromCheck({ outcome: 'dismissed-no-plea' })).toEqual({});
    });

    it('fills who it is for, that they are not a citizen, whether someone is held, and why, from the answers', () => {
      expect(
        formValuesFromCheck({ who: 'self', outcome: 'plea', custody: 'immigration-detention', status: 'green-card' }),
      ).toEqual({ forWhom: 'self', citizen: 'no', detained: 'yes', matter: 'ice-detention' });
      expect(
        formValuesFromCheck({
          who: 'someone-else',
          custody: 'neither',
          detainedNow: 'no',
          status: 'removal-proceedings',
        }),
      ).toEqual({ citizen: 'no', detained: 'no', matter: 'removal-proceedings' });
      // "I don't know" leaves the form's question to the person.
      expect(formValuesFromCheck({ status: 'not-sure', detainedNow: 'not-sure', custody: 'not-sure' })).toEqual({});
    });
  });

  it('lets a plea not yet sentenced leave the judgment date empty, as its hint says', () => {
    expect(
      advance(form({ step: '2', intent: 'next', court: 'federal', outcome: 'plea-not-sentenced' }), TODAY),
    ).toMatchObject({ view: 'step', step: 3, errors: {} });
  });

  it('goes back without losing answers, and asks for a date or a range on the "when" step', () => {
    expect(advance(form({ step: '2', intent: 'back', court: 'federal' }), TODAY)).toMatchObject({
      view: 'step',
      step: 1,
      answers: { court: 'federal' },
    });
    expect(advance(form({ step: '2', intent: 'next' }), TODAY)).toMatchObject({
      errors: { judgmentAge: 'whenMissing' },
    });
    expect(advance(form({ step: '2', intent: 'next', judgmentDate: '2026-02-30' }), TODAY)).toMatchObject({
      errors: { judgmentDate: 'dateFormat' },
    });
  });

  it('shows every answer for review after the last step, then the topics', () => {
    const fields = { ...Object.fromEntries(carriedAnswers(FEDERAL)), step: '5', intent: 'next' };
    expect(advance(form(fields), TODAY)).toEqual({ view: 'review', answers: FEDERAL });
    const result = advance(form({ ...fields, intent: 'topics' }), TODAY);
    expect(result.view).toBe('result');
    expect(result.view === 'result' && result.topics.map((topic) => topic.id)).toEqual(
      expect.arrayContaining(['section-2255', 'padilla']),
    );
  });

  it('changes one step from the review, keeps the answers that still fit, and asks only what is new', () => {
    const answers = Object.fromEntries(carriedAnswers(FEDERAL));
    // "Change" on the second step opens it, marked as opened from the review.
    expect(advance(form({ ...answers, editStep: '1' }), TODAY)).toMatchObject({
      view: 'step',
      step: 1,
      answers: FEDERAL,
      reviewing: true,
    });
    // Back to the review at once when nothing new is asked.
    expect(advance(form({ ...answers, step: '1', intent: 'next', reviewing: '1' }), TODAY)).toEqual({
      view: 'review',
      answers: FEDERAL,
    });
    // A trial instead of a plea: the plea's questions go, the rest stay, and the review follows.
    const trial = advance(form({ ...answers, outcome: 'trial', step: '1', intent: 'next', reviewing: '1' }), TODAY);
    expect(trial.view).toBe('review');
    expect(trial.view === 'review' && trial.answers.lawyerAdvice).toBeUndefined();
    expect(trial.view === 'review' && trial.answers.court).toBe(FEDERAL.court);
    // A plea after a trial: its required questions are asked before the review.
    const { lawyerAdvice: _advice, ...withoutAdvice } = FEDERAL;
    const plea = advance(
      form({ ...Object.fromEntries(carriedAnswers(withoutAdvice)), step: '1', intent: 'next', reviewing: '1' }),
      TODAY,
    );
    expect(plea).toMatchObject({ view: 'step', step: 4, reviewing: true });
    // "Change my answers" on the result opens the review.
    expect(advance(form({ ...answers, intent: 'change' }), TODAY)).toEqual({ view: 'review', answers: FEDERAL });
  });

  it('sends only what the person left ticked', () => {
    const fields = {
      ...Object.fromEntries(carriedAnswers(FEDERAL)),
      intent: 'send',
      include: ['court', 'outcome', 'topics'],
    };
    const sent = advance(form(fields), TODAY);
    expect(sent).toMatchObject({ view: 'send', answers: FEDERAL });
    expect(sent.view === 'send' && sent.attachment.answers).toEqual({ court: 'federal', outcome: 'plea' });
    expect(sent.view === 'send' && sent.attachment.topics).toEqual(
      topicsOn(FEDERAL, TODAY).map((topic): TopicId => topic.id),
    );
    const nothing = chosenAttachment(form({}), FEDERAL, topicsOn(FEDERAL, TODAY));
    expect(nothing).toEqual({ answers: {}, topics: [] });
  });

  it('reads a date typed the reader’s way: día/mes/año in Spanish, month/day/year in English', () => {
    expect(answersFrom(form({ judgmentDate: '30/06/2025', lang: 'es' })).answers).toEqual({
      judgmentDate: '2025-06-30',
    });
    expect(answersFrom(form({ judgmentDate: '06/30/2025', lang: 'en' })).answers).toEqual({
      judgmentDate: '2025-06-30',
    });
    expect(answersFrom(form({ hearingDate: '2025-06-30' })).answers).toEqual({ hearingDate: '2025-06-30' });
    expect(answersFrom(form({ judgmentDate: '30/06/2025', lang: 'en' })).errors).toEqual({
      judgmentDate: 'dateFormat',
    });
  });

  it('drops an answer that is not one of the choices instead of trusting it', () => {
    expect(answersFrom(form({ court: 'martian', custody: 'prison' })).answers).toEqual({ custody: 'prison' });
  });

  it('takes several charges, keeps them from step to step, and refuses one not on the list', () => {
    const ticked = answersFrom(form({ charges: ['firearms', 'drugs', 'drugs'] }));
    expect(ticked.answers).toEqual({ charges: ['drugs', 'firearms'] });
    expect(carriedAnswers(ticked.answers)).toEqual([
      ['charges', 'drugs'],
      ['charges', 'firearms'],
    ]);
    expect(answersFrom(form({ charges: ['drugs', 'murder'] })).errors).toEqual({ charges: 'chooseOne' });
    expect(answersFrom(form({})).answers).toEqual({});
  });

  it('asks "you" when it is the person’s own case, and about "the person" otherwise', () => {
    const words = messagesFor('en').reliefCheck;
    expect(questionsFor(words, { who: 'self' }).custody).toBe('Where are you now?');
    expect(questionsFor(words, { who: 'someone-else' }).custody).toBe('Where is that person now?');
    expect(questionsFor(words, {}).lawyerAdvice).toContain('the defense lawyer');
    // A person charged gave the criminal court date already: the last date asked is immigration court's.
    expect(questionsFor(words, { outcome: 'charged-no-plea' }).hearingDate).toContain('immigration court');
    expect(questionsFor(words, { outcome: 'plea' }).hearingDate).toContain('court or immigration');
    const spanish = messagesFor('es').reliefCheck;
    expect(questionsFor(spanish, { who: 'self' }).status).toBe('¿Cuál es hoy su situación migratoria?');
    // The firm reads the same answers with the question as the person saw it.
    expect(answerLines({ who: 'self', custody: 'prison' }, words, 'en')).toEqual([
      { question: 'who', label: 'Whose case is it?', value: 'My own case' },
      { question: 'custody', label: 'Where are you now?', value: 'In prison or jail' },
    ]);
  });
});

describe('the charge', () => {
  const PLEA: Answers = { ...FEDERAL_PLEA };
  const paragraphs = (answers: Answers, id: TopicId) => {
    const topic = topicsOn(answers, TODAY).find((candidate) => candidate.id === id);
    return topic ? describeTopic(topic, messagesFor('en').reliefCheck, 'en').paragraphs.join(' ') : undefined;
  };

  it('warns about the grounds a pardon leaves only for the charges the person named', () => {
    expect(paragraphs({ ...PLEA, charges: ['theft-fraud'] }, 'pardon')).not.toMatch(/firearm|drug|domestic/i);
    expect(paragraphs({ ...PLEA, charges: ['firearms'] }, 'pardon')).toContain('does not waive the firearms grounds');
    expect(paragraphs({ ...PLEA, charges: ['firearms'] }, 'pardon')).not.toMatch(/drug|domestic/i);
    for (const unknown of [undefined, ['not-sure'], ['dui', 'not-sure']] as const) {
      expect(paragraphs({ ...PLEA, charges: unknown && [...unknown] }, 'pardon')).toContain(
        'It does not waive the drug, firearms or domestic-violence grounds.',
      );
    }
  });

  it('explains each group named, and only those', () => {
    const text = paragraphs({ ...PLEA, charges: ['drugs', 'dui'] }, 'the-charge') ?? '';
    expect(text).toContain('30 grams or less of marijuana');
    expect(text).toContain('Drunk or drugged driving');
    expect(text).not.toMatch(/gun|sexual abuse|\$10,000/);
    expect(paragraphs(PLEA, 'the-charge')).toBeUndefined();
  });

  it('shows at least as much with "I don\'t know" ticked as without it', () => {
    const specific = CHARGE.filter((charge) => charge !== NOT_SURE);
    for (let mask = 1; mask < 1 << specific.length; mask += 1) {
      const charges = specific.filter((_charge, index) => (mask & (1 << index)) !== 0);
      // The charge is read with the outcome (whether a conviction may count): every outcome is tried.
      for (const answers of OUTCOME.map((outcome): Answers => ({ ...PLEA, outcome }))) {
        const ids = (list: Answers['charges']) => topicsOn({ ...answers, charges: list }, TODAY).map((t) => t.id);
        expect(ids([...charges, NOT_SURE])).toEqual(expect.arrayContaining(ids(charges)));
      }
    }
  });
});

describe('the result', () => {
  it('leads with a deadline still running, counted from the day the check runs, soonest first', () => {
    const answers: Answers = { ...FEDERAL_PLEA, custody: 'prison', judgmentDate: '2026-11-25' };
    const fields = new FormData();
    for (const [question, value] of carriedAnswers(answers)) fields.append(question, value);
    fields.append('intent', 'topics');
    const result = advance(fields, '2026-12-03');
    expect(result.view === 'result' && result.deadlines).toEqual([
      { topic: 'federal-appeal', lastDay: '2026-12-09', daysLeft: 6 },
      { topic: 'section-2255', lastDay: '2027-12-09', daysLeft: 371 },
    ]);
    // The last day itself is still a day left; the day after, the deadline is no longer shown as running.
    expect(runningDeadlines(topicsOn(answers, '2026-12-09'), '2026-12-09')[0]).toEqual({
      topic: 'federal-appeal',
      lastDay: '2026-12-09',
      daysLeft: 0,
    });
    expect(runningDeadlines(topicsOn(answers, '2026-12-10'), '2026-12-10').map((d) => d.topic)).toEqual([
      'section-2255',
    ]);
  });

  it('says the days left and the weekday in both languages', () => {
    const format = (locale: 'en' | 'es', days: number) =>
      createTranslator({ locale, messages: messagesFor(locale), namespace: 'reliefCheck.result' })('deadline', {
        days,
        day: dayInWords('2026-12-09', locale),
      });
    expect(format('en', 6)).toBe('6 days left: Wednesday, December 9, 2026');
    expect(format('en', 1)).toBe('1 day left: Wednesday, December 9, 2026');
    expect(format('en', 0)).toBe('Today is the last day: Wednesday, December 9, 2026');
    expect(format('es', 6)).toBe('Quedan 6 días: miércoles, 9 de diciembre de 2026');
    expect(format('es', 1)).toBe('Queda 1 día: miércoles, 9 de diciembre de 2026');
  });
});
