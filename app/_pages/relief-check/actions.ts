'use server';

import { IDLE } from '@/lib/consultation/form-state';
import { issueFormToken } from '@/lib/consultation/guard';
import { getFormSecret } from '@/lib/consultation/runtime';
import { submitConsultation } from '@/lib/consultation/submit';
import { getFirm } from '@/lib/content';
import { todayIn } from '@/lib/dates';
import { parseAttachment } from '@/lib/relief-check/attachment';
import { advance, CONSULT_INTENT, START, type CheckState } from '@/lib/relief-check/flow';

/**
 * One step of the relief check, and the consultation form it can end with.
 * Nothing is stored or logged: the answers come in with the form and go
 * back out in the next step's form (the consultation request stores only
 * what the person chose to send). One action for both, so that with
 * JavaScript off a consultation form sent back with a mistake still shows
 * the answers attached to it.
 */
export async function reliefCheckStep(_previous: CheckState, form: FormData): Promise<CheckState> {
  const now = new Date();
  if (form.get('intent') === CONSULT_INTENT) {
    const attachment = parseAttachment(stringOf(form.get('reliefCheck')));
    const consultation = await submitConsultation(form);
    if (!attachment) return START;
    const formToken =
      (consultation.status === 'try-again' && consultation.formToken) || stringOf(form.get('formToken')) || '';
    return { view: 'send', answers: attachment.answers, attachment, formToken, consultation };
  }
  const next = advance(form, todayIn(getFirm().timeZone, now));
  // Sending opens the consultation form, which needs its signed token like the contact page's.
  return next.view === 'send' ? { ...next, formToken: issueFormToken(now, getFormSecret()), consultation: IDLE } : next;
}

function stringOf(value: FormDataEntryValue | null): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
