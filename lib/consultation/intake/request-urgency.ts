import { attachmentUrgency, type Attachment } from '@/lib/relief-check/attachment';
import { hearingReason, mergeReasons, type UrgentReason } from '@/lib/urgency';
import type { ConsultationRequest } from '@/lib/consultation/form/schema';

/**
 * Which requests go to the top of the firm's inbox, decided once, when a
 * request is accepted, and stored with it: the confirmation page and the
 * email both read that decision. What the form says counts (a detention, a
 * hearing within 30 days, removal proceedings), and so do the relief
 * check's answers sent with it, by the rules the check showed them with.
 * `today` is the day it arrived where the firm is.
 */
export function requestUrgency(
  request: Pick<ConsultationRequest, 'detained' | 'matter' | 'hearingDate'>,
  reliefCheck: Attachment | undefined,
  today: string,
): UrgentReason[] {
  const fromForm: UrgentReason[] = [];
  if (request.detained !== 'no') fromForm.push({ kind: 'detained', certain: request.detained !== 'not-sure' });
  if (request.matter === 'removal-proceedings') fromForm.push({ kind: 'removal-proceedings' });
  const hearing = hearingReason(request.hearingDate, today);
  if (hearing) fromForm.push(hearing);
  const fromCheck = reliefCheck ? attachmentUrgency(reliefCheck, today) : [];
  return mergeReasons(fromForm, fromCheck);
}
