import { stateName, type StateCode } from '@/lib/content/states';
import { formatDate } from '@/lib/dates';
import type { Messages } from '@/lib/i18n/messages';
import {
  CHARGE_QUESTION,
  CHOICES,
  isChoice,
  isDateQuestion,
  NOT_SURE,
  QUESTIONS,
  WHO_QUESTION,
  type Answers,
  type Question,
} from './answers';
import type { TopicId } from './rules';

/**
 * The answers and the topics in words, for the person (in their language,
 * before sending) and the firm's staff (in English, in the email). Takes
 * the words rather than a language, so the browser gets only its own.
 */

export type SummaryLine = { question: Question; label: string; value: string };

type Words = Messages['reliefCheck'];

/**
 * The questions as the person reads them: addressed to "you" when it is
 * their own case; for a person charged, who gave the criminal court date
 * already, the hearing asked last is the immigration court's.
 */
export function questionsFor(words: Words, answers: Pick<Answers, 'who' | 'outcome'>): Words['questions'] {
  return {
    ...words.questions,
    ...(answers.who === 'self' ? words.questionsForSelf : {}),
    ...(answers.outcome === 'charged-no-plea' ? words.questionsWhenCharged : {}),
  };
}

/** Each answer given, as "question: answer", in the language of `words` (the reliefCheck messages) and `locale` (states and dates). */
export function answerLines(answers: Answers, words: Words, locale: string): SummaryLine[] {
  const { options } = words;
  const questions = questionsFor(words, answers);
  const wordsFor = (question: Question, answer: string): string => {
    if (isChoice(question)) return (options[CHOICES[question].words] as Record<string, string>)[answer] ?? answer;
    if (question === 'who') return options[WHO_QUESTION.words][answer as keyof Words['options']['who']] ?? answer;
    if (question === 'state') return stateName(answer as StateCode, locale, { bare: true });
    if (isDateQuestion(question)) return formatDate(answer, locale);
    return answer;
  };
  const chargeWords: Record<string, string> = options[CHARGE_QUESTION.words];
  return QUESTIONS.flatMap((question) => {
    const answer = answers[question];
    if (answer === undefined) return [];
    const value = Array.isArray(answer)
      ? answer.map((charge) => chargeWords[charge] ?? charge).join('; ')
      : wordsFor(question, String(answer));
    return [{ question, label: questions[question], value }];
  });
}

/** An answer another answer makes moot: "how long ago" once the date itself is given. */
const MOOT_BESIDE: Partial<Record<Question, Question>> = { judgmentAge: 'judgmentDate' };

/**
 * The answers without an "I don't know" that the path taken made moot, so
 * the firm's email does not list a doubt the person already resolved.
 */
export function withoutMootDoubts(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([question, answer]) => {
      const beside = MOOT_BESIDE[question as Question];
      return !(answer === NOT_SURE && beside !== undefined && answers[beside] !== undefined);
    }),
  ) as Answers;
}

/** The topics' titles, in the language of `words`. */
export function topicTitles(topics: readonly TopicId[], words: Words): string[] {
  return topics.map((topic) => words.topics[topic].title);
}
