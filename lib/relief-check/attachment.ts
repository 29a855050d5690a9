import * as z from '@/lib/zod-mini';
import { messagesFor } from '@/lib/i18n/messages';
import type { UrgentReason } from '@/lib/urgency';
import { answersSchema } from './answers';
import { factsFor } from './facts';
import { RULES, urgentReasonsFor, type TopicId } from './rules';
import { ATTACHMENT_FIELD } from './form-fields';
import { answerLines, topicTitles, withoutMootDoubts } from './summary';

/**
 * What the person chose to send from the check with a consultation
 * request: some or all of their answers, and the topics they saw. It
 * travels as JSON in a hidden field of the consultation form, is read from
 * it once (`attachmentFrom`), is stored with the request as an object, and
 * is read in words by the firm's staff in the email.
 */

const TOPIC_IDS = RULES.map((rule) => rule.id) as [TopicId, ...TopicId[]];

export const attachmentSchema = z.object({
  answers: answersSchema,
  topics: z.array(z.enum(TOPIC_IDS)).check(z.maxLength(TOPIC_IDS.length)),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A few hundred characters in practice: anything far longer was not written by the check. */
const ATTACHMENT_MAX = 4000;

/** The firm's staff read English. */
const ENGLISH = messagesFor('en').reliefCheck;

/** The attachment a consultation form carries; undefined when absent or not one (it is never trusted as it came). */
export function attachmentFrom(form: FormData): Attachment | undefined {
  const raw = form.get(ATTACHMENT_FIELD);
  return typeof raw === 'string' ? parseAttachment(raw) : undefined;
}

/** The attachment from its JSON text; undefined when it is not one. */
export function parseAttachment(raw: string): Attachment | undefined {
  if (raw.length > ATTACHMENT_MAX) return undefined;
  try {
    const parsed = attachmentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The attachment as plain English text for the email. */
export function attachmentText(attachment: Attachment): string {
  return [
    ...answerLines(withoutMootDoubts(attachment.answers), ENGLISH, 'en').map(({ label, value }) => `${label} ${value}`),
    `Topics the check showed: ${topicTitles(attachment.topics, ENGLISH).join('; ') || 'not sent'}`,
  ].join('\n');
}

/** Why the answers sent make the case urgent, on the day the request arrived, by the same rules the check showed them with. */
export function attachmentUrgency(attachment: Attachment, today: string): UrgentReason[] {
  return urgentReasonsFor(attachment.answers, factsFor(attachment.answers, today));
}
