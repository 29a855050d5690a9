import { todayIn } from '@/lib/dates';
import { attachmentFrom, type Attachment } from '@/lib/relief-check/attachment';
import { advance, START, type CheckStep } from '@/lib/relief-check/flow';
import type { Answers } from '@/lib/relief-check/answers';
import { CONSULT_INTENT, FORM_TOKEN_FIELD, IDLE, type ConsultationFormState } from '@/lib/consultation/form/form-state';
import { issueFormToken } from '@/lib/consultation/intake/guard';
import { submitConsultation } from '@/lib/consultation/intake/submit';

/**
 * The relief check's page: the check's steps (lib/relief-check/flow.ts),
 * ending, when the person chooses, in the consultation form with what they
 * chose to send attached. One Server Action serves both, so that with
 * JavaScript off a consultation form sent back with a mistake still shows
 * the answers attached to it. Nothing is stored or logged but the
 * consultation request itself: the answers come in with the form and go
 * back out in the next step's form.
 */
export type ReliefCheckPageState =
  | Exclude<CheckStep, { view: 'send' }>
  /** The consultation form: its signed token, and its answer when it was sent back. */
  | {
      view: 'send';
      answers: Answers;
      attachment: Attachment;
      formToken: string;
      consultation: ConsultationFormState;
    };

export type ReliefCheckDeps = { timeZone: string; formSecret: string };

/** One press of a button on the page: a step of the check, or the consultation request with the answers. */
export async function reliefCheckPageStep(
  form: FormData,
  now: Date,
  { timeZone, formSecret }: ReliefCheckDeps,
): Promise<ReliefCheckPageState> {
  if (form.get('intent') === CONSULT_INTENT) {
    // Read once, here at the edge; intake stores this object as it is.
    const attachment = attachmentFrom(form);
    const consultation = await submitConsultation(form, attachment);
    if (!attachment) return START;
    const sentToken = form.get(FORM_TOKEN_FIELD);
    const formToken =
      (consultation.status === 'try-again' && consultation.formToken) ||
      (typeof sentToken === 'string' ? sentToken : '');
    return { view: 'send', answers: attachment.answers, attachment, formToken, consultation };
  }
  const next = advance(form, todayIn(timeZone, now));
  // Sending opens the consultation form, which needs its signed token like the contact page's.
  return next.view === 'send' ? { ...next, formToken: issueFormToken(now, formSecret), consultation: IDLE } : next;
}
