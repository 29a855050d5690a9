import { createHash } from 'node:crypto';
import { messagesFor } from '@/lib/i18n/messages';
import { LOCALES } from '@/lib/routes';
import type { AnswerValue } from './cover';
import { ruleTables, type RuleTable } from './rule-inputs';
import { digitOf } from './rule-table';
import type { Rule, TopicId } from './rules';

/**
 * A short fingerprint of what each rule does and says: its sources, its
 * words in every language, and what it shows for every combination of the
 * answers it reads (docs/relief-check.md, "The fingerprint"). An attorney's
 * review records it; when a change to a rule, its words or what it shows
 * changes the fingerprint, `content:check` warns that the review is out of
 * date. A change that alters nothing a reader could see (a tidier function)
 * keeps the fingerprint, and so the review; so does a new answer to a
 * question the rule does not read.
 */

/** Typed dates are counted from this fixed day, so a fingerprint does not change with the calendar. */
export const FINGERPRINT_DAY = '2026-01-07';
export const FINGERPRINT_LENGTH = 12;

let computed: Record<TopicId, string> | undefined;

/**
 * The fingerprints, computed once a process: the rules do not change while
 * it runs, and the walk takes seconds. A rule made in parts is fingerprinted
 * by its parts' fingerprints, in their order.
 */
export function ruleFingerprints(): Record<TopicId, string> {
  if (!computed) {
    const parts = new Map<TopicId, string[]>();
    for (const table of ruleTables(FINGERPRINT_DAY)) {
      parts.set(table.rule.id, [...(parts.get(table.rule.id) ?? []), fingerprintOf(table)]);
    }
    computed = Object.fromEntries(
      [...parts].map(([id, [only, ...more]]) => [
        id,
        more.length === 0 && only !== undefined
          ? only
          : createHash('sha256')
              .update([only, ...more].join(','))
              .digest('hex')
              .slice(0, FINGERPRINT_LENGTH),
      ]),
    ) as Record<TopicId, string>;
  }
  return computed;
}

const valueText = (value: AnswerValue) => (value === undefined ? 'not answered' : JSON.stringify(value));

/**
 * The rule's table over the questions it reads, in an order the code does
 * not choose: questions by name, each one's values by their text. So
 * listing the answers in another order keeps the fingerprint; a new answer
 * to a question the rule reads adds rows and changes it.
 */
export function fingerprintOf(table: RuleTable): string {
  const columns = table.reads
    .map((question) => {
      const level = table.inputs.indexOf(question);
      const texts = (table.values[level] ?? []).map(valueText);
      const sorted = [...texts].sort();
      return { question, level, sorted, rank: texts.map((text) => sorted.indexOf(text)) };
    })
    .sort((a, b) => (a.question < b.question ? -1 : 1));
  const weights = columns.map((_column, index) =>
    columns.slice(index + 1).reduce((weight, column) => weight * column.sorted.length, 1),
  );
  const outcomeCount = table.outcomes.length;
  const size = columns.reduce((total, column) => total * column.sorted.length, outcomeCount);
  if (size > Number.MAX_SAFE_INTEGER) throw new Error(`rule ${table.rule.id}: too many combinations to fingerprint`);

  // Each combination walked, cut down to what the rule reads, as one number: its place, then its outcome.
  const { keys, outcomes: walkedOutcomes } = table.walked;
  const rows = new Float64Array(keys.length);
  // Per column: how its place in the walk moves the row's place in this order.
  const digits = columns.map((column, index) => ({
    walkWeight: table.weights[column.level] ?? 1,
    radix: table.values[column.level]?.length ?? 1,
    moves: Float64Array.from(column.rank, (rank) => rank * (weights[index] ?? 0)),
  }));
  for (let row = 0; row < keys.length; row += 1) {
    const key = keys[row] ?? 0;
    let place = 0;
    for (let column = 0; column < digits.length; column += 1) {
      const digit = digits[column];
      if (digit) place += digit.moves[digitOf(key, digit.walkWeight, digit.radix)] ?? 0;
    }
    rows[row] = place * outcomeCount + (walkedOutcomes[row] ?? 0);
  }
  rows.sort();

  // Combinations that differ only in what the rule does not read are one row; they show the same (rule-inputs.ts).
  const places = new Float64Array(rows.length);
  const outcomes = new Uint32Array(rows.length);
  const renumbered = new Int32Array(outcomeCount).fill(-1);
  const order: number[] = [];
  let count = 0;
  let previous = -1;
  for (const row of rows) {
    if (row === previous) continue;
    previous = row;
    const place = Math.floor(row / outcomeCount);
    const outcome = row - place * outcomeCount;
    if (count > 0 && places[count - 1] === place) {
      throw new Error(`rule ${table.rule.id} shows two things for the same answers`);
    }
    let code = renumbered[outcome] ?? -1;
    if (code < 0) {
      code = order.length;
      renumbered[outcome] = code;
      order.push(outcome);
    }
    places[count] = place;
    outcomes[count] = code;
    count += 1;
  }

  const hash = createHash('sha256');
  hash.update(JSON.stringify(describedRule(table.rule)));
  hash.update(JSON.stringify(columns.map((column) => [column.question, column.sorted])));
  hash.update(JSON.stringify(order.map((outcome) => table.outcomeTexts[outcome])));
  hash.update(places.subarray(0, count));
  hash.update(outcomes.subarray(0, count));
  return hash.digest('hex').slice(0, FINGERPRINT_LENGTH);
}

function describedRule(rule: Rule) {
  return {
    id: rule.id,
    urgency: rule.urgency,
    explainedIn: rule.explainedIn,
    source: rule.source,
    words: Object.fromEntries(LOCALES.map((locale) => [locale, messagesFor(locale).reliefCheck.topics[rule.id]])),
  };
}
