import { stateName, type StateCode } from '@/lib/content/states';
import { formatDate } from '@/lib/dates';
import type { Messages } from '@/lib/i18n/messages';
import { CHOICES, isChoice, isDateQuestion, QUESTIONS, type Answers, type Question } from './answers';
import type { TopicId } from './rules';

/**
 * The answers and the topics in words, for the person (in their language,
 * before sending) and the firm's staff (in English, in the email). Takes
 * the words rather than a language, so the browser gets only its own.
 */

export type SummaryLine = { question: Question; label: string; value: string };

type Words = Messages['reliefCheck'];

/** Each answer given, as "question: answer", in the language of `words` (the reliefCheck messages) and `locale` (states and dates). */
export function answerLines(answers: Answers, words: Words, locale: string): SummaryLine[] {
  const { questions, options } = words;
  const wordsFor = (question: Question, answer: string): string => {
    if (isChoice(question)) return (options[CHOICES[question].words] as Record<string, string>)[answer] ?? answer;
    if (question === 'state') return stateName(answer as StateCode, locale, { bare: true });
    if (isDateQuestion(question)) return formatDate(answer, locale);
    return answer;
  };
  return QUESTIONS.flatMap((question) => {
    const answer = answers[question];
    return answer === undefined
      ? []
      : [{ question, label: questions[question], value: wordsFor(question, String(answer)) }];
  });
}

/** The topics' titles, in the language of `words`. */
export function topicTitles(topics: readonly TopicId[], words: Words): string[] {
  return topics.map((topic) => words.topics[topic].title);
}
