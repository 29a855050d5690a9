import { NOT_SURE, type Answers, type Question } from './answers';
import { unsureAnswer, type AnswerValue } from './cover';
import type { RuleTable } from './rule-inputs';
import type { TopicId } from './rules';

/**
 * Reading a rule's table (rule-inputs.ts): where a combination is in it,
 * which answers it stands for, and where "I don't know" shows less.
 */

/**
 * The place of `key` among the combinations walked, or -1 where the walk did not try that
 * combination (the steps never produce it). The search starts at `near`
 * and gallops outward: a combination that differs in one answer is
 * usually close.
 */
export function rowOf(walked: { keys: Float64Array }, key: number, near = 0): number {
  const { keys } = walked;
  if (keys.length === 0) return -1;
  let low = Math.min(Math.max(near, 0), keys.length - 1);
  let high = low;
  let step = 1;
  if ((keys[low] ?? 0) < key) {
    while (high < keys.length - 1 && (keys[high] ?? 0) < key) {
      low = high + 1;
      high = Math.min(high + step, keys.length - 1);
      step *= 2;
    }
  } else {
    while (low > 0 && (keys[low] ?? 0) > key) {
      high = low - 1;
      low = Math.max(low - step, 0);
      step *= 2;
    }
  }
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = keys[middle] ?? 0;
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Where an input stands in a combination: its place in `values`. */
export function placeIn(table: RuleTable, key: number, level: number): number {
  return digitOf(key, table.weights[level] ?? 1, table.values[level]?.length ?? 1);
}

/** One digit of a combination's number; without `%`, which is slow on numbers past 2³¹. */
export function digitOf(key: number, weight: number, radix: number): number {
  const above = Math.floor(key / weight);
  return above - Math.floor(above / radix) * radix;
}

/** A combination as the answers it stands for, to name it in a message. */
export function answersAt(table: RuleTable, key: number): Answers {
  const answers: Record<string, AnswerValue> = {};
  table.inputs.forEach((question, level) => {
    const value = table.values[level]?.[placeIn(table, key, level)];
    if (value !== undefined) answers[question] = value;
  });
  return answers as Answers;
}

export type Narrowing = { rule: TopicId; question: Question; answers: Answers };

/**
 * Where "I don't know" shows less: the rule shows for a combination and
 * not for the same one with a question answered "I don't know", where the
 * steps produce both. Only the questions walked are compared: one the rule
 * does not read cannot change what it shows.
 */
export function narrowings(table: RuleTable): Narrowing[] {
  const found: Narrowing[] = [];
  const levels = table.inputs.flatMap((question, level) => {
    const values = table.values[level] ?? [];
    const unsureText = JSON.stringify(unsureAnswer(question));
    const unsure = values.findIndex((value) => value !== undefined && JSON.stringify(value) === unsureText);
    // A definite answer: given, and with no "I don't know" in it (a charge may be ticked with one).
    const definite = values.map(
      (value, index) => value !== undefined && index !== unsure && !(Array.isArray(value) && value.includes(NOT_SURE)),
    );
    return unsure < 0 ? [] : [{ question, level, unsure, definite }];
  });
  const shows = Uint8Array.from(table.outcomes, (shown) => (shown === undefined ? 0 : 1));
  // From each combination that shows nothing to the same ones with a definite answer where it has "I don't know":
  // most rules show something after "I don't know", so this looks at few.
  const { keys, outcomes } = table.walked;
  for (let row = 0; row < keys.length; row += 1) {
    if (shows[outcomes[row] ?? 0] === 1) continue;
    const key = keys[row] ?? 0;
    for (const { question, level, unsure, definite } of levels) {
      const weight = table.weights[level] ?? 1;
      if (digitOf(key, weight, definite.length) !== unsure) continue;
      definite.forEach((isDefinite, place) => {
        const other = isDefinite ? rowOf(table.walked, key + (place - unsure) * weight, row) : -1;
        if (other >= 0 && shows[outcomes[other] ?? 0] === 1) {
          found.push({ rule: table.rule.id, question, answers: answersAt(table, keys[other] ?? 0) });
        }
      });
    }
  }
  return found;
}
