import { QUESTIONS, type Question } from './answers';
import { answerCover, type AnswerCover, type AnswerValue } from './cover';
import type { Facts } from './facts';
import { checkFactSources, factsOfTime, maskOf, questionsIn, recordingAnswers, recordingFacts } from './recorded-reads';
import { RULES, type Rule, type Shown } from './rules';
import { isAsked, STEPS } from './steps';

/**
 * Each rule of the relief check walked over the answers it reads, and only
 * those: what fingerprints a rule for its review (fingerprint.ts) and what
 * the tests check on every path (never an error, words for everything,
 * "I don't know" never showing less). docs/relief-check.md says what this
 * proves and what it does not.
 *
 * A rule's answers are found by asking it. It is run on answers that note
 * each question read, starting from none: every combination of the
 * questions found so far is tried, the others left unanswered, and a read
 * of any other question adds it and starts the walk again. When a whole
 * walk reads nothing new, each run read only those questions; a
 * deterministic function that reads only some of its input takes the same
 * path, and returns the same, whatever the rest holds. So what the rule
 * shows is a function of those answers alone, and its table over them is
 * its table over every combination.
 *
 * Only combinations the steps can produce count. The questions walked
 * include what `isAsked` reads to decide whether they are asked (found the
 * same way) and both sides of a "one of" (a date or a range), so whether
 * each is asked is decided inside the walk; a combination is kept when each
 * question is unanswered exactly where it is not asked (or, if optional,
 * may be). Such a combination extends to a whole set of answers the steps
 * produce: the other questions, in the order asked, get an answer where
 * they are asked and none where they are not, and nothing they hold
 * changes whether a walked question is asked. And every set the steps
 * produce, cut down to the walked questions, is one of these.
 */

export type RuleTable = {
  /** The rule, or for a rule made in parts (rules.ts, `inParts`) one of its parts as a rule of its own. */
  rule: Rule;
  /** Which part of the rule, for a rule made in parts. */
  part: number | undefined;
  /** What the rule reads, in the order asked: what it shows is a function of these alone. */
  reads: readonly Question[];
  /** `reads` and what decides whether they are asked: the questions walked, in the order asked. */
  inputs: readonly Question[];
  /** The values each input is tried at (undefined: not answered), in the order of `inputs`. */
  values: readonly (readonly AnswerValue[])[];
  /** A combination as one number: the sum of each input's place in `values` times its weight. */
  weights: readonly number[];
  /** What the rule shows (undefined: nothing), each outcome once, in the order first seen. */
  outcomes: readonly (Shown | undefined)[];
  /** `outcomes` as text that tells apart whatever a reader could tell apart. */
  outcomeTexts: readonly string[];
  /** The combinations walked, in increasing order of their keys, with the place of each one's outcome in `outcomes`. */
  walked: { keys: Float64Array; outcomes: Uint32Array };
};

/**
 * More combinations than this and the rule reads too much to walk in
 * seconds: it is to be made in parts, each reading a few answers
 * (rules.ts, `inParts`). Today's largest table, federal-habeas's, has
 * about 250,000.
 */
const TABLE_LIMIT = 2_000_000;

const REQUIRED = new Set<Question>(STEPS.flatMap((step) => ('required' in step ? step.required : [])));
const ONE_OF: readonly (readonly Question[])[] = STEPS.flatMap((step) => ('oneOf' in step ? [step.oneOf] : []));

const tables = new Map<string, readonly RuleTable[]>();

/**
 * Every rule's table (a table for each part of a rule made in parts),
 * counting dates from `today`; once a process for each day, as the rules do
 * not change while it runs.
 */
export function ruleTables(today: string): readonly RuleTable[] {
  let found = tables.get(today);
  if (!found) {
    const walker = walkerFor(today);
    found = RULES.flatMap((rule) =>
      rule.parts ? rule.parts.map((show, part) => walker({ ...rule, show, parts: undefined }, part)) : [walker(rule)],
    );
    tables.set(today, found);
  }
  return found;
}

/** One rule's table, walked afresh: for a rule that is not (yet) one of RULES. */
export function ruleTable(rule: Rule, today: string): RuleTable {
  return walkerFor(today)(rule);
}

function walkerFor(today: string): (rule: Rule, part?: number) => RuleTable {
  const cover = answerCover(today);
  checkFactSources(cover, today);
  const facts = factsOfTime(cover, today);
  return (rule, part) => tableOf(rule, part, cover, facts);
}

type FactsAt = (place: Int32Array) => Facts;

function tableOf(rule: Rule, part: number | undefined, cover: AnswerCover, facts: FactsAt): RuleTable {
  let inputs: Question[] = [];
  for (;;) {
    const walked = walk(rule, part, inputs, cover, facts);
    if ('table' in walked) return walked.table;
    inputs = withOneOf(questionsIn(maskOf(inputs) | walked.outside));
  }
}

/** Both sides of a "one of" or neither, so the walk decides whether the step has its answer. */
function withOneOf(questions: readonly Question[]): Question[] {
  const mask = ONE_OF.reduce(
    (total, group) => (group.some((question) => questions.includes(question)) ? total | maskOf(group) : total),
    maskOf(questions),
  );
  return questionsIn(mask);
}

type Walked = { table: RuleTable } | { outside: number };

function walk(
  rule: Rule,
  part: number | undefined,
  inputs: readonly Question[],
  cover: AnswerCover,
  facts: FactsAt,
): Walked {
  const values = inputs.map((question): readonly AnswerValue[] => cover[question]);
  const weights = inputs.map((_question, level) => values.slice(level + 1).reduce((w, list) => w * list.length, 1));
  const size = values.reduce((total, list) => total * list.length, 1);
  if (size > TABLE_LIMIT) {
    throw new Error(
      `rule ${rule.id}${part === undefined ? '' : `, part ${part + 1}`} reads ${inputs.join(', ')}: ` +
        `${size} combinations to walk, more than ${TABLE_LIMIT}. Make it in parts that each read a few answers ` +
        `(lib/relief-check/rules.ts, inParts; docs/relief-check.md).`,
    );
  }
  const inputMask = maskOf(inputs);
  // The questions answered before each level: what `isAsked` there may read.
  const before = inputs.map((_question, level) => maskOf(inputs.slice(0, level)));
  // Where a "one of" is complete, the group to check that one of it is answered.
  const oneOfAt = inputs.map((question, level) =>
    ONE_OF.find((group) => group.includes(question) && group.every((other) => inputs.indexOf(other) <= level)),
  );

  // The answers by their place in QUESTIONS; those not walked stay unanswered.
  const current: AnswerValue[] = QUESTIONS.map(() => undefined);
  const place = new Int32Array(QUESTIONS.length);
  let outside = 0;
  const who = `rule ${rule.id}`;
  const recorder = { reads: 0 };
  const answers = recordingAnswers(who, current, recorder);
  const factsRead = recordingFacts(who, recorder, () => facts(place));
  const slots = inputs.map((question) => QUESTIONS.indexOf(question));
  const groupSlots = oneOfAt.map((group) => group?.map((member) => QUESTIONS.indexOf(member)));

  const outcomes = outcomeCodes();
  let ruleReads = 0;
  const rows = walkedRows();

  function leaf(key: number) {
    recorder.reads = 0;
    let shown: Shown | undefined;
    try {
      shown = rule.show(answers, factsRead);
    } catch (error) {
      const given = Object.fromEntries(QUESTIONS.map((question, slot) => [question, current[slot]]));
      throw new Error(`rule ${rule.id} fails for ${JSON.stringify(given)}: ${String(error)}`, { cause: error });
    }
    const reads = recorder.reads;
    if ((reads & ~inputMask) !== 0) {
      outside |= reads & ~inputMask;
      return;
    }
    ruleReads |= reads;
    rows.add(key, outcomes.codeOf(shown));
  }

  function step(level: number, key: number): void {
    const question = inputs[level];
    if (question === undefined) return leaf(key);
    recorder.reads = 0;
    const asked = isAsked(question, answers);
    // A "one of" holds only where all of it is asked (steps.ts, `unanswered`).
    const groupAsked = oneOfAt[level]?.every((member) => isAsked(member, answers)) ?? false;
    const reads = recorder.reads;
    if ((reads & ~inputMask) !== 0) {
      outside |= reads & ~inputMask;
      return;
    }
    if ((reads & ~(before[level] ?? 0)) !== 0) {
      throw new Error(
        `Whether ${question} is asked depends on ${questionsIn(reads).join(', ')}, not all asked before it`,
      );
    }
    const required = REQUIRED.has(question);
    const list = values[level] ?? [];
    const group = groupSlots[level];
    const slot = slots[level] ?? 0;
    for (let index = 0; index < list.length; index += 1) {
      const value = list[index];
      if (value === undefined ? asked && required : !asked) continue;
      current[slot] = value;
      place[slot] = index;
      if (group && groupAsked && group.every((member) => current[member] === undefined)) continue;
      step(level + 1, key + index * (weights[level] ?? 0));
      if (outside !== 0) return;
    }
  }

  step(0, 0);
  if (outside !== 0) return { outside };
  const walked = rows.done();
  const reads = questionsIn(ruleReads);
  const { list, texts } = outcomes;
  return { table: { rule, part, reads, inputs, values, weights, outcomes: list, outcomeTexts: texts, walked } };
}

/** The combinations as they are walked, in arrays that grow. */
function walkedRows() {
  let keys = new Float64Array(1024);
  let codes = new Uint32Array(1024);
  let length = 0;
  return {
    add(key: number, code: number) {
      if (length === keys.length) {
        const grown = new Float64Array(length * 2);
        grown.set(keys);
        keys = grown;
        const grownCodes = new Uint32Array(length * 2);
        grownCodes.set(codes);
        codes = grownCodes;
      }
      keys[length] = key;
      codes[length] = code;
      length += 1;
    },
    done: () => ({ keys: keys.slice(0, length), outcomes: codes.slice(0, length) }),
  };
}

/**
 * Each distinct outcome once, numbered in the order first seen. Most are
 * notes alone, looked up note by note (message keys, written in the rules,
 * are quick to look up), not as a text made on each of millions of runs.
 */
function outcomeCodes() {
  type Notes = { next: Map<string, Notes>; code: number };
  const list: (Shown | undefined)[] = [];
  const texts: string[] = [];
  const byText = new Map<string, number>();
  const byNotes: Notes = { next: new Map(), code: -1 };
  const added = (shown: Shown | undefined) => {
    const text = outcomeText(shown);
    let code = byText.get(text);
    if (code === undefined) {
      code = list.length;
      list.push(shown);
      texts.push(text);
      byText.set(text, code);
    }
    return code;
  };
  return {
    list,
    texts,
    codeOf(shown: Shown | undefined): number {
      if (!shown || shown.dates || shown.numbers || shown.reasons) return added(shown);
      let node = byNotes;
      for (const note of shown.notes) {
        let next = node.next.get(note);
        if (!next) {
          next = { next: new Map(), code: -1 };
          node.next.set(note, next);
        }
        node = next;
      }
      if (node.code < 0) node.code = added(shown);
      return node.code;
    },
  };
}

/** What a reader could tell apart in what a rule shows: its notes, the dates and numbers they fill in, and why it is urgent. */
export function outcomeText(shown: Shown | undefined): string {
  if (!shown) return '';
  // Note keys are message keys, with no comma or bar in them; the leading bar tells a topic with no notes from none.
  let text = `|${shown.notes.join(',')}`;
  if (shown.dates) text += `|dates${canonicalJson(shown.dates)}`;
  if (shown.numbers) text += `|numbers${canonicalJson(shown.numbers)}`;
  if (shown.reasons) text += `|reasons${canonicalJson(shown.reasons)}`;
  return text;
}

/** JSON with each object's keys in order: the same value, however it was built, is the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
