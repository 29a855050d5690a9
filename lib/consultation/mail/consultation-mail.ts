import type { SendMailOptions } from 'nodemailer';
import { attachmentText } from '@/lib/relief-check/attachment';
import { mailBodies, mailEnvelope, type MailAddresses } from '@/lib/consultation/mail/mail-layout';
import { composePadillaEmail } from '@/lib/consultation/mail/padilla-mail';
import {
  interpreterTag,
  outOfStateLines,
  subjectName,
  summaryRows,
  urgentReasons,
  urgentTag,
} from '@/lib/consultation/mail/request-summary';
import { isPadillaRequest, type OutboxRequest, type StoredRequest } from '@/lib/consultation/outbox/spool-format';

const RELIEF_CHECK_HEADING =
  'What they chose to send from the relief check on the website (general information only; the check makes no finding)';

/** The email for whatever the outbox holds. */
export function composeRequestEmail(
  request: OutboxRequest,
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
): SendMailOptions {
  return isPadillaRequest(request)
    ? composePadillaEmail(request, reference, receivedAt, addresses)
    : composeConsultationEmail(request, reference, receivedAt, addresses);
}

/** The email to the firm for a consultation request. */
export function composeConsultationEmail(
  request: StoredRequest,
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
): SendMailOptions {
  const reasons = urgentReasons(request, receivedAt, addresses.timeZone);
  const reliefCheck = request.reliefCheck ? attachmentText(request.reliefCheck) : undefined;
  const { text, html } = mailBodies(
    reasons,
    summaryRows(request, reference, receivedAt, addresses.timeZone),
    [
      { heading: 'Kind of case, in their words', text: request.message ?? '(left empty)' },
      ...(reliefCheck ? [{ heading: RELIEF_CHECK_HEADING, text: reliefCheck }] : []),
    ],
    'Sent from the consultation form. No attorney-client relationship exists yet; run a conflict check before discussing details.',
    outOfStateLines(request),
  );
  return {
    ...mailEnvelope(reference, receivedAt, addresses, { name: request.name, address: request.email }),
    subject:
      request.urgency.length > 0
        ? `${urgentTag(request, receivedAt, addresses.timeZone)} ${subjectName(request)}${interpreterTag(request)} [${reference}]`
        : `Consultation request: ${subjectName(request)}${interpreterTag(request)} [${reference}]`,
    text,
    html,
  };
}

export { messageIdFor, type MailAddresses } from '@/lib/consultation/mail/mail-layout';
