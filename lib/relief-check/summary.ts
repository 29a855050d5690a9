import { STATES } from '@/lib/content/fields';
import type { Messages } from '@/lib/i18n/messages';
import { QUESTIONS, type Answers, type Question } from './answers';
import type { TopicId } from './rules';

/**
 * The answers and the topics in words, for the person (in their language,
 * before sending) and the firm's staff (in English, in the email). Takes
 * the words rather than a language, so the browser gets only its own.
 */

export type SummaryLine = { label: string; value: string };

type Words = Messages['reliefCheck'];

/** Each answer given, as "question: answer", in the language of `words` (the reliefCheck messages). */
export function answerLines(answers: Answers, words: Words): SummaryLine[] {
  const { questions, options } = words;
  const labelOf: Record<Question, (value: string) => string> = {
    court: (value) => options.court[value as keyof typeof options.court] ?? value,
    state: (value) => STATES[value as keyof typeof STATES] ?? value,
    outcome: (value) => options.outcome[value as keyof typeof options.outcome] ?? value,
    judgmentDate: (value) => value,
    judgmentAge: (value) => options.judgmentAge[value as keyof typeof options.judgmentAge] ?? value,
    custody: (value) => options.custody[value as keyof typeof options.custody] ?? value,
    detainedNow: (value) => options.yesNo[value as keyof typeof options.yesNo] ?? value,
    advised: (value) => options.yesNo[value as keyof typeof options.yesNo] ?? value,
    pleaYear: (value) => value,
    longSentence: (value) => options.longSentence[value as keyof typeof options.longSentence] ?? value,
    status: (value) => options.status[value as keyof typeof options.status] ?? value,
    hearingDate: (value) => value,
  };
  return QUESTIONS.flatMap((question) => {
    const answer = answers[question];
    return answer === undefined ? [] : [{ label: questions[question], value: labelOf[question](String(answer)) }];
  });
}

/** The topics' titles, in the language of `words`. */
export function topicTitles(topics: readonly TopicId[], words: Words): string[] {
  return topics.map((topic) => words.topics[topic].title);
}
