import type { Answers } from './answers';

/**
 * What the relief check shows for a set of answers: topics to raise with a
 * lawyer, each with its deadline warning and the article that explains it.
 * Data plus small functions, one rule per topic, most urgent first. Each
 * rule cites where its law comes from (the firm's content brief); a lawyer
 * who changes a rule changes it here and adds a case to
 * tests/unit/relief-check.test.ts (CONTRIBUTING.md, "The relief check").
 *
 * The check never says a person is eligible or predicts a result: a topic
 * is something to ask about, and its words (lib/i18n/messages, reliefCheck)
 * say "may".
 */

export type Urgency = 'call-now' | 'urgent' | 'deadline' | 'ask';

/** What the rules read besides the answers. */
export type Facts = {
  /** How old the judgment is, from the date given or the range chosen. */
  judgmentAge: 'under-14-days' | 'under-1-year' | 'over-1-year' | 'not-sure';
  /** A hearing date within the next 30 days. */
  hearingSoon: boolean;
};

export type Rule = {
  id: TopicId;
  urgency: Urgency;
  /**
   * What explains the topic: an English article (its Spanish translation is
   * linked where there is one), or a firm page such as /detained.
   */
  explainedIn: { article: string } | { page: 'detained' };
  /** Where the law comes from, as the content brief cites it. */
  source: string;
  applies: (answers: Answers, facts: Facts) => boolean;
};

export type TopicId =
  | 'call-now'
  | 'federal-appeal'
  | 'section-2255'
  | 'section-2255-late'
  | 'federal-habeas'
  | 'coram-nobis'
  | 'compassionate-release'
  | 'state-motion'
  | 'california'
  | 'new-york'
  | 'padilla'
  | 'withdraw-plea'
  | 'diversion'
  | 'sentence'
  | 'pardon'
  | 'find-the-papers';

const federal = (answers: Answers) => answers.court === 'federal';
const state = (answers: Answers) => answers.court === 'state';
const convicted = (answers: Answers) =>
  answers.outcome === 'plea' || answers.outcome === 'trial' || answers.outcome === 'not-sure';
const pleaded = (answers: Answers) => answers.outcome === 'plea' || answers.outcome === 'plea-not-sentenced';
/** In custody under the criminal sentence: prison, probation, parole or supervised release. Not immigration detention. */
const underSentence = (answers: Answers) => answers.custody === 'prison' || answers.custody === 'supervision';
const mayBeUnderSentence = (answers: Answers) => underSentence(answers) || answers.custody === 'not-sure';
/** Where § 2255 may be open: a federal conviction, perhaps still in custody under its sentence. */
const federal2255 = (answers: Answers) => federal(answers) && convicted(answers) && mayBeUnderSentence(answers);

export const RULES: readonly Rule[] = [
  {
    id: 'call-now',
    urgency: 'call-now',
    explainedIn: { page: 'detained' },
    source: 'Content brief, "When someone is detained by immigration (ICE)": some cases move fast.',
    applies: (answers, facts) =>
      answers.detainedNow === 'yes' || answers.custody === 'immigration-detention' || facts.hearingSoon,
  },
  {
    id: 'federal-appeal',
    urgency: 'urgent',
    explainedIn: { article: 'the-14-day-deadline-for-a-federal-criminal-appeal' },
    source: 'Fed. R. App. P. 4(b)(1)(A): notice of appeal within 14 days.',
    // An unknown date may still be inside the 14 days: say so rather than stay silent.
    applies: (answers, facts) =>
      federal(answers) &&
      answers.outcome !== 'plea-not-sentenced' &&
      answers.outcome !== 'dismissed' &&
      answers.outcome !== 'diversion' &&
      (facts.judgmentAge === 'under-14-days' || facts.judgmentAge === 'not-sure'),
  },
  {
    id: 'section-2255',
    urgency: 'deadline',
    explainedIn: { article: 'section-2255-motions-and-the-one-year-deadline' },
    source:
      '28 U.S.C. § 2255(a), (f): only while in custody under the sentence (Maleng v. Cook, 490 U.S. 488 (1989)); one year, generally from when the judgment became final.',
    applies: (answers, facts) => federal2255(answers) && facts.judgmentAge !== 'over-1-year',
  },
  {
    id: 'section-2255-late',
    urgency: 'ask',
    explainedIn: { article: 'section-2255-motions-and-the-one-year-deadline' },
    source:
      '28 U.S.C. § 2255(f): the year runs from the latest of four dates; ask whether one of the later ones applies.',
    applies: (answers, facts) => federal2255(answers) && facts.judgmentAge === 'over-1-year',
  },
  {
    id: 'federal-habeas',
    urgency: 'deadline',
    explainedIn: { article: 'state-convictions-post-conviction-and-federal-habeas' },
    source: '28 U.S.C. § 2254, after state remedies; one year, 28 U.S.C. § 2244(d).',
    applies: (answers) => state(answers) && convicted(answers) && underSentence(answers),
  },
  {
    id: 'coram-nobis',
    urgency: 'ask',
    explainedIn: { article: 'coram-nobis-when-you-are-no-longer-in-custody' },
    source:
      'United States v. Morgan, 346 U.S. 502 (1954): for people no longer in custody, with sound reasons for not asking sooner (346 U.S. at 512).',
    applies: (answers) =>
      federal(answers) &&
      convicted(answers) &&
      (answers.custody === 'none' || answers.custody === 'immigration-detention'),
  },
  {
    id: 'compassionate-release',
    urgency: 'ask',
    explainedIn: { article: 'compassionate-release-and-immigration' },
    source:
      '18 U.S.C. § 3582(c)(1)(A): ask the warden first; it shortens a prison term and does not erase the conviction.',
    applies: (answers) => federal(answers) && answers.custody === 'prison',
  },
  {
    id: 'california',
    urgency: 'ask',
    explainedIn: { article: 'california-plea-warnings-1016-5-and-1473-7' },
    source:
      'Cal. Penal Code § 1016.5 (the court must warn before a plea); § 1473.7 (for people no longer in criminal custody, pleas and, since 2022, trials).',
    applies: (answers) => state(answers) && answers.state === 'CA' && answers.outcome !== 'dismissed',
  },
  {
    id: 'new-york',
    urgency: 'ask',
    explainedIn: { article: 'new-york-pleas-cpl-440-and-immigration' },
    source: 'N.Y. CPL § 440.10; People v. Peque, 22 N.Y.3d 168 (2013).',
    applies: (answers) => state(answers) && answers.state === 'NY' && answers.outcome !== 'dismissed',
  },
  {
    id: 'state-motion',
    urgency: 'ask',
    explainedIn: { article: 'state-convictions-post-conviction-and-federal-habeas' },
    source:
      'Content brief: states have their own post-conviction vehicles (e.g. N.Y. CPL § 440.10, Cal. Penal Code § 1473.7).',
    applies: (answers) =>
      state(answers) && answers.state !== 'CA' && answers.state !== 'NY' && answers.outcome !== 'dismissed',
  },
  {
    id: 'padilla',
    urgency: 'ask',
    explainedIn: { article: 'post-conviction-relief-for-noncitizens' },
    source:
      'Padilla v. Kentucky, 559 U.S. 356 (2010); Strickland v. Washington, 466 U.S. 668 (1984); Hill v. Lockhart, 474 U.S. 52 (1985); Lee v. United States, 582 U.S. 357 (2017); Chaidez v. United States, 568 U.S. 342 (2013) (federal courts, pleas final before March 31, 2010); Danforth v. Minnesota, 552 U.S. 264 (2008).',
    applies: (answers) =>
      (pleaded(answers) || answers.outcome === 'diversion') &&
      answers.advised !== 'yes' &&
      answers.advised !== undefined,
  },
  {
    id: 'withdraw-plea',
    urgency: 'urgent',
    explainedIn: { article: 'withdrawing-a-guilty-plea' },
    source:
      'Fed. R. Crim. P. 11(d): before acceptance, for any reason; before sentencing, for a "fair and just reason" (United States v. Bonilla, 637 F.3d 980 (9th Cir. 2011)).',
    applies: (answers) => answers.outcome === 'plea-not-sentenced',
  },
  {
    id: 'diversion',
    urgency: 'ask',
    explainedIn: { article: 'dismissed-charges-can-still-count-as-convictions' },
    source: 'INA § 101(a)(48)(A), 8 U.S.C. § 1101(a)(48)(A).',
    applies: (answers) => answers.outcome === 'diversion' || answers.outcome === 'dismissed',
  },
  {
    id: 'sentence',
    urgency: 'ask',
    explainedIn: { article: 'changing-a-sentence-for-immigration' },
    source:
      'INA § 101(a)(48)(B) (suspended time counts); Matter of Thomas and Thompson, 27 I&N Dec. 674 (A.G. 2019); 8 C.F.R. § 1003.55 (exceptions).',
    applies: (answers) => answers.longSentence === 'yes' || (answers.longSentence === 'not-sure' && convicted(answers)),
  },
  {
    id: 'pardon',
    urgency: 'ask',
    explainedIn: { article: 'pardons-and-immigration' },
    source:
      "INA § 237(a)(2)(A)(vi), 8 U.S.C. § 1227(a)(2)(A)(vi); Matter of Suh, 23 I&N Dec. 626 (BIA 2003); Balogun v. U.S. Att'y Gen., 425 F.3d 1356 (11th Cir. 2005).",
    applies: (answers) => convicted(answers) || answers.outcome === 'diversion',
  },
  {
    id: 'find-the-papers',
    urgency: 'ask',
    explainedIn: { article: 'post-conviction-relief-for-noncitizens' },
    source: 'Which tool fits depends on the court and the dates: the papers of the case say them.',
    applies: (answers, facts) =>
      answers.court === 'not-sure' || answers.outcome === 'not-sure' || facts.judgmentAge === 'not-sure',
  },
];

const URGENCY_ORDER: readonly Urgency[] = ['call-now', 'urgent', 'deadline', 'ask'];

/** The topics for these answers, most urgent first; among equals, in the order of RULES. */
export function topicsFor(answers: Answers, facts: Facts): Rule[] {
  return RULES.filter((rule) => rule.applies(answers, facts)).sort(
    (a, b) => URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency),
  );
}
