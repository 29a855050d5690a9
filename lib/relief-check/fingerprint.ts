import { createHash } from 'node:crypto';
import { messagesFor } from '@/lib/i18n/messages';
import { LOCALES } from '@/lib/routes';
import type { Answers } from './answers';
import { typedAnswerCover, walkChoices } from './cover';
import { factsFor } from './facts';
import { RULES, type Rule, type Shown, type TopicId } from './rules';

/**
 * A short fingerprint of what each rule does and says: its sources, its
 * words in every language, and what it shows for every combination of
 * answers (lib/relief-check/cover.ts). An attorney's review records it;
 * when a change to a rule, its words or what it shows changes the
 * fingerprint, `content:check` warns that the review is out of date. A
 * change that alters nothing a reader could see (a tidier function) keeps
 * the fingerprint, and so the review.
 */

/** Typed dates are counted from this fixed day, so a fingerprint does not change with the calendar. */
const FINGERPRINT_DAY = '2026-01-07';
export const FINGERPRINT_LENGTH = 12;

function outcomeOf(shown: Shown | undefined): string {
  if (!shown) return '';
  let outcome = shown.notes.join(',');
  if (shown.dates) for (const key in shown.dates) outcome += `|${key}=${shown.dates[key]}`;
  if (shown.reasons) for (const reason of shown.reasons) outcome += `|${Object.values(reason).join(':')}`;
  return outcome;
}

let computed: Record<TopicId, string> | undefined;

/** The fingerprints, computed once a process: the rules do not change while it runs, and the walk takes seconds. */
export function ruleFingerprints(): Record<TopicId, string> {
  computed ??= fingerprintsOfEveryRule();
  return computed;
}

function fingerprintsOfEveryRule(): Record<TopicId, string> {
  // Each rule's outcome for each combination, as an index into that rule's list of distinct outcomes.
  const typed = typedAnswerCover(FINGERPRINT_DAY);
  let count = typed.length;
  walkChoices(() => (count += 1));
  const outcomes = RULES.map(() => new Map<string, number>());
  const codes = RULES.map(() => new Uint32Array(count));
  let position = 0;
  const record = (answers: Answers) => {
    const facts = factsFor(answers, FINGERPRINT_DAY);
    for (let index = 0; index < RULES.length; index += 1) {
      const outcome = outcomeOf((RULES[index] as Rule).show(answers, facts));
      const seen = outcomes[index] as Map<string, number>;
      let code = seen.get(outcome);
      if (code === undefined) {
        code = seen.size;
        seen.set(outcome, code);
      }
      (codes[index] as Uint32Array)[position] = code;
    }
    position += 1;
  };
  walkChoices(record);
  for (const answers of typed) record(answers);

  return Object.fromEntries(
    RULES.map((rule, index) => {
      const hash = createHash('sha256');
      hash.update(JSON.stringify(describedRule(rule)));
      hash.update(JSON.stringify([...(outcomes[index] as Map<string, number>).keys()]));
      hash.update(codes[index] as Uint32Array);
      return [rule.id, hash.digest('hex').slice(0, FINGERPRINT_LENGTH)];
    }),
  ) as Record<TopicId, string>;
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
