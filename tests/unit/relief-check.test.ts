import { describe, expect, it } from 'vitest';
import type { Answers } from '@/lib/relief-check/answers';
import { factsFor } from '@/lib/relief-check/facts';
import { advance, answersFrom, carriedAnswers } from '@/lib/relief-check/flow';
import { RULES, topicsFor, type TopicId } from '@/lib/relief-check/rules';

const TODAY = '2026-11-28';
const topics = (answers: Answers, today = TODAY): TopicId[] =>
  topicsFor(answers, factsFor(answers, today)).map((rule) => rule.id);

/** A federal plea, sentenced, nothing unknown: the base most cases below change one answer of. */
const FEDERAL_PLEA: Answers = {
  court: 'federal',
  outcome: 'plea',
  judgmentAge: 'under-1-year',
  custody: 'prison',
  detainedNow: 'no',
  advised: 'yes',
  longSentence: 'no',
  status: 'green-card',
};

describe('each rule of the relief check', () => {
  it('says to call now when someone is detained, in immigration detention, or a hearing is within 30 days', () => {
    expect(topics({ ...FEDERAL_PLEA, detainedNow: 'yes' })[0]).toBe('call-now');
    expect(topics({ ...FEDERAL_PLEA, custody: 'immigration-detention' })[0]).toBe('call-now');
    expect(topics({ ...FEDERAL_PLEA, hearingDate: '2026-12-28' })[0]).toBe('call-now');
    expect(topics({ ...FEDERAL_PLEA, hearingDate: '2026-12-29' })).not.toContain('call-now');
    expect(topics({ ...FEDERAL_PLEA, hearingDate: '2026-11-27' })).not.toContain('call-now');
    expect(topics(FEDERAL_PLEA)).not.toContain('call-now');
  });

  it('warns of the federal appeal deadline up to and including the 14th day after the judgment', () => {
    expect(topics({ ...FEDERAL_PLEA, judgmentAge: undefined, judgmentDate: '2026-11-14' })).toContain('federal-appeal');
    expect(topics({ ...FEDERAL_PLEA, judgmentAge: undefined, judgmentDate: '2026-11-13' })).not.toContain(
      'federal-appeal',
    );
    expect(topics({ ...FEDERAL_PLEA, judgmentAge: 'under-14-days' })).toContain('federal-appeal');
    expect(topics({ ...FEDERAL_PLEA, court: 'state', judgmentAge: 'under-14-days' })).not.toContain('federal-appeal');
  });

  it('shows § 2255 while in custody under a federal sentence, within a year of the judgment becoming final', () => {
    expect(topics(FEDERAL_PLEA)).toContain('section-2255');
    expect(topics({ ...FEDERAL_PLEA, custody: 'supervision' })).toContain('section-2255');
    // Final 14 days after the judgment; the year runs from then.
    expect(topics({ ...FEDERAL_PLEA, judgmentAge: undefined, judgmentDate: '2025-11-14' })).toContain('section-2255');
    const late = topics({ ...FEDERAL_PLEA, judgmentAge: undefined, judgmentDate: '2025-11-13' });
    expect(late).not.toContain('section-2255');
    expect(late).toContain('section-2255-late');
    expect(topics({ ...FEDERAL_PLEA, custody: 'none' })).not.toContain('section-2255');
  });

  it('points a person whose federal sentence is over to coram nobis, not § 2255', () => {
    const over = topics({ ...FEDERAL_PLEA, custody: 'none', judgmentAge: 'over-1-year' });
    expect(over).toContain('coram-nobis');
    expect(over).not.toContain('section-2255');
    expect(over).not.toContain('section-2255-late');
    expect(topics(FEDERAL_PLEA)).not.toContain('coram-nobis');
  });

  it('mentions compassionate release only for a person in federal prison', () => {
    expect(topics(FEDERAL_PLEA)).toContain('compassionate-release');
    expect(topics({ ...FEDERAL_PLEA, custody: 'supervision' })).not.toContain('compassionate-release');
    expect(topics({ ...FEDERAL_PLEA, court: 'state' })).not.toContain('compassionate-release');
  });

  it("sends a state conviction to that state's motion, naming California's and New York's", () => {
    const state = { ...FEDERAL_PLEA, court: 'state' as const, custody: 'none' as const };
    expect(topics({ ...state, state: 'TX' })).toContain('state-motion');
    expect(topics({ ...state, state: 'CA' })).toEqual(expect.arrayContaining(['california']));
    expect(topics({ ...state, state: 'CA' })).not.toContain('state-motion');
    expect(topics({ ...state, state: 'NY' })).toContain('new-york');
    expect(topics(state)).toContain('state-motion');
  });

  it('adds federal habeas under § 2254 for a person in custody under a state sentence', () => {
    expect(topics({ ...FEDERAL_PLEA, court: 'state', custody: 'supervision' })).toContain('federal-habeas');
    expect(topics({ ...FEDERAL_PLEA, court: 'state', custody: 'none' })).not.toContain('federal-habeas');
  });

  it('raises ineffective assistance when no one explained the immigration consequences of a plea', () => {
    expect(topics({ ...FEDERAL_PLEA, advised: 'no' })).toContain('padilla');
    expect(topics({ ...FEDERAL_PLEA, advised: 'not-sure' })).toContain('padilla');
    expect(topics(FEDERAL_PLEA)).not.toContain('padilla');
    expect(topics({ ...FEDERAL_PLEA, outcome: 'trial', advised: 'no' })).not.toContain('padilla');
  });

  it('offers withdrawing the plea before sentencing, urgently', () => {
    const pending = topics({ ...FEDERAL_PLEA, outcome: 'plea-not-sentenced', judgmentAge: 'not-sure' });
    expect(pending[0]).toBe('withdraw-plea');
    expect(pending).not.toContain('federal-appeal');
    expect(pending).not.toContain('section-2255');
  });

  it('says a diversion or a dismissal after probation may still be a conviction', () => {
    expect(topics({ ...FEDERAL_PLEA, court: 'state', outcome: 'diversion' })).toContain('diversion');
    expect(topics({ ...FEDERAL_PLEA, court: 'state', outcome: 'dismissed' })).toContain('diversion');
    expect(topics(FEDERAL_PLEA)).not.toContain('diversion');
  });

  it('raises the sentence for 365 days or more, or an unknown length after a conviction', () => {
    expect(topics({ ...FEDERAL_PLEA, longSentence: 'yes' })).toContain('sentence');
    expect(topics({ ...FEDERAL_PLEA, longSentence: 'not-sure' })).toContain('sentence');
    expect(topics(FEDERAL_PLEA)).not.toContain('sentence');
  });

  it('explains what a pardon can and cannot waive after a conviction, not after a dismissal', () => {
    expect(topics(FEDERAL_PLEA)).toContain('pardon');
    expect(topics({ ...FEDERAL_PLEA, outcome: 'dismissed' })).not.toContain('pardon');
  });

  it('asks for the papers when the court, the outcome or the date is unknown', () => {
    expect(topics({ ...FEDERAL_PLEA, court: 'not-sure' })).toContain('find-the-papers');
    expect(topics({ ...FEDERAL_PLEA, judgmentAge: 'not-sure' })).toContain('find-the-papers');
    expect(topics(FEDERAL_PLEA)).not.toContain('find-the-papers');
  });

  it('cites a source and names the page that explains it for every rule', () => {
    for (const rule of RULES) {
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
      const explained = 'article' in rule.explainedIn ? rule.explainedIn.article : rule.explainedIn.page;
      expect(explained, rule.id).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('combinations that matter', () => {
  it('a federal plea ten days ago, while detained: call now first, the appeal deadline second', () => {
    const found = topics({ ...FEDERAL_PLEA, judgmentAge: undefined, judgmentDate: '2026-11-18', detainedNow: 'yes' });
    expect(found.slice(0, 2)).toEqual(['call-now', 'federal-appeal']);
  });

  it('a California plea from 2015 without advice, no longer in custody: § 1473.7, not § 2255', () => {
    const found = topics({
      court: 'state',
      state: 'CA',
      outcome: 'plea',
      judgmentAge: 'over-1-year',
      custody: 'none',
      detainedNow: 'no',
      advised: 'no',
      pleaYear: 2015,
      longSentence: 'no',
      status: 'green-card',
    });
    expect(found).toEqual(expect.arrayContaining(['california', 'padilla']));
    expect(found).not.toContain('section-2255');
    expect(found).not.toContain('section-2255-late');
  });

  it('"I don\'t know" everywhere: the appeal warning, § 2255 and the papers, nothing claimed', () => {
    const unknown: Answers = {
      court: 'not-sure',
      outcome: 'not-sure',
      judgmentAge: 'not-sure',
      custody: 'not-sure',
      detainedNow: 'not-sure',
      advised: 'not-sure',
      longSentence: 'not-sure',
      status: 'not-sure',
    };
    const found = topics(unknown);
    expect(found).toContain('find-the-papers');
    expect(found).not.toContain('call-now');
    expect(topics({ ...unknown, court: 'federal' }).slice(0, 2)).toEqual(['federal-appeal', 'section-2255']);
  });

  it('orders call now, then urgent, then deadlines, then the rest', () => {
    const order = ['call-now', 'urgent', 'deadline', 'ask'];
    const found = topicsFor(
      { ...FEDERAL_PLEA, detainedNow: 'yes', judgmentAge: 'under-14-days', advised: 'no', longSentence: 'yes' },
      factsFor({ ...FEDERAL_PLEA, judgmentAge: 'under-14-days' }, TODAY),
    );
    const ranks = found.map((rule) => order.indexOf(rule.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(found[0]?.id).toBe('call-now');
  });
});

describe('the steps of the check', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return data;
  };

  it('asks for an answer before moving on, and keeps what was answered', () => {
    const stay = advance(form({ step: '0', intent: 'next', state: 'CA' }), TODAY);
    expect(stay).toEqual({ view: 'step', step: 0, answers: { state: 'CA' }, errors: { court: 'chooseOne' } });
    const next = advance(form({ step: '0', intent: 'next', court: 'state', state: 'CA' }), TODAY);
    expect(next).toMatchObject({ view: 'step', step: 1, answers: { court: 'state', state: 'CA' } });
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

  it('shows the topics after the last step', () => {
    const fields = { ...Object.fromEntries(carriedAnswers(FEDERAL_PLEA)), step: '5', intent: 'next' };
    expect(advance(form(fields), TODAY)).toMatchObject({
      view: 'result',
      topics: expect.arrayContaining(['section-2255']),
    });
  });

  it('drops an answer that is not one of the choices instead of trusting it', () => {
    expect(answersFrom(form({ court: 'martian', custody: 'prison' })).answers).toEqual({ custody: 'prison' });
  });
});
