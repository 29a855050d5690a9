import { daysBetween } from '@/lib/dates';
import type { ShownTopic, TopicId } from './rules';

/**
 * The deadlines a result leads with: the last days the check counted from a
 * date the person gave, still ahead or today. A deadline it could not count
 * (no date given, a state it does not know) stays in its topic's words.
 */

/** The topics whose last day the check can count. */
export type DeadlineTopic = Extract<TopicId, 'federal-appeal' | 'state-appeal' | 'section-2255'>;
/**
 * A last day counted from a date, or (`withinDays`) a judgment the person
 * put at less than 14 days ago without a date: the deadline is read the
 * cautious way, as still running, up to that many days from the judgment.
 */
export type RunningDeadline =
  { topic: DeadlineTopic; lastDay: string; daysLeft: number } | { topic: DeadlineTopic; withinDays: number };

/** Which date of a topic is its last day, and the notes that say it is still running. */
const LAST_DAY_OF: Record<DeadlineTopic, { date: string; runningNotes: readonly string[] }> = {
  'federal-appeal': { date: 'lastDay', runningNotes: ['running', 'running-moved'] },
  'state-appeal': { date: 'lastDay', runningNotes: ['counted'] },
  'section-2255': { date: 'yearEnds', runningNotes: ['year-running'] },
};

function isDeadlineTopic(topic: TopicId): topic is DeadlineTopic {
  return Object.hasOwn(LAST_DAY_OF, topic);
}

export function runningDeadlines(topics: readonly ShownTopic[], today: string): RunningDeadline[] {
  return (
    topics
      .flatMap((topic): RunningDeadline[] => {
        if (!isDeadlineTopic(topic.id)) return [];
        const rule = LAST_DAY_OF[topic.id];
        const withinDays = topic.numbers?.days;
        if (topic.notes.includes('recent') && withinDays !== undefined) return [{ topic: topic.id, withinDays }];
        const lastDay = topic.dates?.[rule.date];
        if (!lastDay || !topic.notes.some((note) => rule.runningNotes.includes(note))) return [];
        const daysLeft = daysBetween(today, lastDay);
        return daysLeft >= 0 ? [{ topic: topic.id, lastDay, daysLeft }] : [];
      })
      // An approximate one comes first: with no date, it may be the nearest.
      .sort((a, b) => ('daysLeft' in a ? a.daysLeft : -1) - ('daysLeft' in b ? b.daysLeft : -1))
  );
}
