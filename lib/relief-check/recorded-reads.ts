import { QUESTIONS, type Answers, type Question } from './answers';
import type { AnswerCover, AnswerValue } from './cover';
import { factsFor, type Facts } from './facts';

/**
 * Answers and facts of time that note what is read from them, for the walk
 * that finds what each rule reads (rule-inputs.ts). Questions are noted as
 * bits of a number, one per question of QUESTIONS.
 */

/** Each question's place in QUESTIONS, in an object with no prototype: the lookup runs on every read of a walk of millions. */
const SLOT: Readonly<Record<string, number | undefined>> = Object.assign(
  Object.create(null) as Record<string, number>,
  Object.fromEntries(QUESTIONS.map((question, index) => [question, index])),
);
const slotOf = (key: string | symbol) => (typeof key === 'string' ? SLOT[key] : undefined);

/** Where the reads are noted, as the bits of their questions; the walk clears it before each run. */
export type Recorder = { reads: number };

// Bits of a 32-bit number: room for 31 questions.
if (QUESTIONS.length > 31) throw new Error('Too many questions to note as bits: note reads in a Set instead');

export const maskOf = (questions: readonly Question[]) =>
  questions.reduce((mask, question) => mask | (1 << QUESTIONS.indexOf(question)), 0);
export const questionsIn = (mask: number) => QUESTIONS.filter((_question, index) => (mask & (1 << index)) !== 0);

/** Which answers each fact of time comes from (facts.ts); `checkFactSources` holds factsFor to it. */
const FACT_SOURCES = {
  today: [],
  judgment: ['judgmentDate', 'judgmentAge'],
  sentencing: ['judgmentDate'],
  hearing: ['hearingDate'],
} as const satisfies Record<keyof Facts, readonly Question[]>;

const FACT_BITS: Readonly<Record<string, number | undefined>> = Object.assign(
  Object.create(null) as Record<string, number>,
  Object.fromEntries(Object.entries(FACT_SOURCES).map(([fact, sources]) => [fact, maskOf(sources)])),
);

/**
 * Answers, given by their place in QUESTIONS, that note each question
 * read. Listing them (a spread, Object.keys) would read them all without
 * naming one, so it is refused, as is changing them; `who` names the
 * reader in the error.
 */
export function recordingAnswers(who: string, current: readonly AnswerValue[], recorder: Recorder): Answers {
  const refuse = (): never => {
    throw new Error(`${who} lists or changes the answers: read each answer by name, so the walk sees what is read`);
  };
  return new Proxy<Answers>(
    {},
    {
      get(target, key) {
        const slot = slotOf(key);
        if (slot === undefined) return Reflect.get(target, key);
        recorder.reads |= 1 << slot;
        return current[slot];
      },
      has(target, key) {
        const slot = slotOf(key);
        if (slot === undefined) return Reflect.has(target, key);
        recorder.reads |= 1 << slot;
        return current[slot] !== undefined;
      },
      ownKeys: refuse,
      getOwnPropertyDescriptor: refuse,
      set: refuse,
      defineProperty: refuse,
      deleteProperty: refuse,
    },
  );
}

/** Facts of time that note, for each fact read, the answers it comes from. */
export function recordingFacts(who: string, recorder: Recorder, facts: () => Facts): Facts {
  const refuse = (): never => {
    throw new Error(`${who} lists or changes the facts of time: read each fact by name, so the walk sees what is read`);
  };
  return new Proxy<Facts>(
    { today: '', judgment: { minDays: 0, maxDays: 0 } },
    {
      get(target, key) {
        const bits = typeof key === 'string' ? FACT_BITS[key] : undefined;
        if (bits === undefined) return Reflect.get(target, key);
        recorder.reads |= bits;
        return facts()[key as keyof Facts];
      },
      has(target, key) {
        const bits = typeof key === 'string' ? FACT_BITS[key] : undefined;
        if (bits === undefined) return Reflect.has(target, key);
        recorder.reads |= bits;
        return key in facts();
      },
      ownKeys: refuse,
      getOwnPropertyDescriptor: refuse,
      set: refuse,
      defineProperty: refuse,
      deleteProperty: refuse,
    },
  );
}

const DATE = QUESTIONS.indexOf('judgmentDate');
const AGE = QUESTIONS.indexOf('judgmentAge');
const HEARING = QUESTIONS.indexOf('hearingDate');

/**
 * The facts of time for answers given as their places in the cover (one
 * place per question of QUESTIONS; 0 is "not answered"), made once for each
 * combination of the answers they come from, and frozen: every rule is
 * given the same object.
 */
export function factsOfTime(cover: AnswerCover, today: string): (place: Int32Array) => Facts {
  const made: Facts[] = [];
  return (place) => {
    const dateAt = place[DATE] ?? 0;
    const ageAt = place[AGE] ?? 0;
    const hearingAt = place[HEARING] ?? 0;
    const index = (dateAt * cover.judgmentAge.length + ageAt) * cover.hearingDate.length + hearingAt;
    let facts = made[index];
    if (!facts) {
      const answers: Answers = {
        judgmentDate: cover.judgmentDate[dateAt],
        judgmentAge: cover.judgmentAge[ageAt],
        hearingDate: cover.hearingDate[hearingAt],
      };
      facts = deepFreeze(factsFor(answers, today));
      made[index] = facts;
    }
    return facts;
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * The walk counts a read of a fact as a read of the answers FACT_SOURCES
 * names for it; were that wrong, a rule could depend on an answer unseen.
 * So factsFor is held to it on every combination of the covered dates and
 * ranges: it reads no other answer, and each fact is the same when made
 * from its own sources alone.
 */
export function checkFactSources(cover: AnswerCover, today: string): void {
  const sources = maskOf(Object.values(FACT_SOURCES).flat());
  for (const judgmentDate of cover.judgmentDate) {
    for (const judgmentAge of cover.judgmentAge) {
      for (const hearingDate of cover.hearingDate) {
        const answers: Answers = { judgmentDate, judgmentAge, hearingDate };
        const recorder = { reads: 0 };
        const given = QUESTIONS.map((question) => answers[question]);
        const whole = factsFor(recordingAnswers('factsFor', given, recorder), today);
        const unnamed = recorder.reads & ~sources;
        if (unnamed !== 0) throw new Error(`factsFor reads ${questionsIn(unnamed).join(', ')}: add it to FACT_SOURCES`);
        for (const [fact, from] of Object.entries(FACT_SOURCES)) {
          const alone = factsFor(Object.fromEntries(from.map((question) => [question, answers[question]])), today);
          const key = fact as keyof Facts;
          if (JSON.stringify(alone[key]) !== JSON.stringify(whole[key])) {
            throw new Error(`facts.${fact} depends on more than ${from.join(', ') || 'nothing'}: correct FACT_SOURCES`);
          }
        }
      }
    }
  }
}
