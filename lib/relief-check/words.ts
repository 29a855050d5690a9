import { formatDate } from '@/lib/dates';
import type { Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/routes';
import type { ShownTopic, TopicId } from './rules';

/**
 * A topic in words, as the result shows it and `npm run relief-check:cases`
 * prints it: its title, its text, then its notes with their dates filled
 * in. Takes the words rather than a language, so the browser gets only its
 * own.
 */

type Words = Messages['reliefCheck'];
type TopicWords = { title: string; text: string; notes?: Record<string, string> };

export type TopicInWords = { title: string; paragraphs: string[] };

function topicWords(words: Words, id: TopicId): TopicWords {
  return words.topics[id];
}

/** "Friday, December 4, 2026" or "viernes, 4 de diciembre de 2026": a deadline is easier to act on with its weekday. */
export function dayInWords(date: string, locale: Locale): string {
  const weekday = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return `${weekday}, ${formatDate(date, locale)}`;
}

/** Fills `{name}` with the topic's dates (in words) and numbers; a name with no value is left as it is, so a test can find it. */
function fill(template: string, topic: ShownTopic, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const date = topic.dates?.[name];
    if (date) return dayInWords(date, locale);
    const number = topic.numbers?.[name];
    return number === undefined ? whole : String(number);
  });
}

export function describeTopic(topic: ShownTopic, words: Words, locale: Locale): TopicInWords {
  const own = topicWords(words, topic.id);
  const notes = topic.notes.map((note) => {
    const template = own.notes?.[note];
    // The unit tests walk every rule over every combination of what it reads and fail on this, so it never reaches a reader.
    if (template === undefined) throw new Error(`reliefCheck.topics.${topic.id}.notes.${note} has no words`);
    return fill(template, topic, locale);
  });
  return { title: own.title, paragraphs: [own.text, ...notes] };
}
