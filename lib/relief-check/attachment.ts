import { z } from 'zod';
import { messagesFor } from '@/lib/i18n/messages';
import { answersSchema } from './answers';
import { RULES, type TopicId } from './rules';
import { answerLines, topicTitles } from './summary';

/**
 * The answers and the topics the person saw, as they travel with a
 * consultation request (a hidden field of the form) and as people read
 * them: the person in their language before sending, the firm's staff in
 * English in the email.
 */

const TOPIC_IDS = RULES.map((rule) => rule.id) as [TopicId, ...TopicId[]];

export const attachmentSchema = z.object({
  answers: answersSchema,
  topics: z.array(z.enum(TOPIC_IDS)).max(TOPIC_IDS.length),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const ATTACHMENT_MAX = 4000;

/** The firm's staff read English. */
const ENGLISH = messagesFor('en').reliefCheck;

/** The attachment from the form's hidden field; undefined when absent or not one (it is never trusted as it came). */
export function parseAttachment(raw: string | undefined): Attachment | undefined {
  if (!raw || raw.length > ATTACHMENT_MAX) return undefined;
  try {
    const parsed = attachmentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The attachment as the plain English text the outbox keeps and the email shows. */
export function attachmentText(attachment: Attachment): string {
  return [
    ...answerLines(attachment.answers, ENGLISH).map(({ label, value }) => `${label} ${value}`),
    `Topics the check showed: ${topicTitles(attachment.topics, ENGLISH).join('; ') || 'none'}`,
  ].join('\n');
}
