import type { SendMailOptions } from 'nodemailer';
import { todayIn } from '@/lib/dates';
import { timeLeft } from '@/lib/urgency';
import { mailBodies, mailEnvelope, type MailAddresses } from './mail-layout';
import { CLIENT_STATUS } from './padilla-schema';
import {
  SITE_EDITIONS,
  emailForStaff,
  labelOf,
  phoneForStaff,
  receivedInWords,
  type SummaryRow,
} from './request-summary';
import type { StoredPadillaRequest } from './spool-format';

/**
 * A defense lawyer's Padilla request as the firm reads it: the plea date in
 * the subject, so the inbox sorts by what comes first, then who asks, for
 * which client, and the facts of the plea offered.
 */
export function composePadillaEmail(
  request: StoredPadillaRequest,
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
): SendMailOptions {
  const today = todayIn(addresses.timeZone, receivedAt);
  const reasons = request.urgency.map(
    (reason) => `Plea on ${reason.date}, ${inDays(today, reason.date)}: the advice is needed before it`,
  );
  const { text, html } = mailBodies(
    reasons,
    padillaRows(request, reference, receivedAt, addresses.timeZone, today),
    [
      { heading: 'Charges, with statute sections', text: request.charges },
      { heading: 'Proposed plea', text: request.proposedPlea ?? '(not given)' },
      { heading: 'Sentence offered', text: request.sentenceOffered ?? '(not given)' },
      { heading: 'Prior record', text: request.priorRecord ?? '(not given)' },
      { heading: 'Anything else', text: request.message ?? '(left empty)' },
    ],
    "Sent from the page for defense attorneys. No attorney-client relationship exists yet; run the conflict check on the client's name before anyone reads the details.",
  );
  return {
    ...mailEnvelope(reference, receivedAt, addresses, { name: request.lawyerName, address: request.email }),
    subject: `${padillaTag(request, today)} ${request.clientName}, from ${request.lawyerName} [${reference}]`,
    text,
    html,
  };
}

/** "[PADILLA · plea 2026-12-10]", urgent when the plea is within days: "[URGENT · PADILLA · plea 2026-12-10, 3 days]". */
export function padillaTag(request: StoredPadillaRequest, today: string): string {
  if (!request.pleaDate) return '[PADILLA · plea date not given]';
  if (request.urgency.length > 0)
    return `[URGENT · PADILLA · plea ${request.pleaDate}, ${timeLeft(today, request.pleaDate)}]`;
  return `[PADILLA · plea ${request.pleaDate}]`;
}

function inDays(today: string, day: string): string {
  const left = timeLeft(today, day);
  return left === 'today' || left === 'passed' ? left : `in ${left}`;
}

function padillaRows(
  request: StoredPadillaRequest,
  reference: string,
  receivedAt: Date,
  timeZone: string,
  today: string,
): SummaryRow[] {
  const phone = request.phone ? phoneForStaff(request.phone) : undefined;
  const reach =
    request.phone && request.email
      ? 'phone or email of the defense lawyer'
      : request.phone
        ? 'phone of the defense lawyer; no email given: call, do not reply'
        : 'email of the defense lawyer; no phone given';
  return [
    { label: 'Reference', value: reference },
    { label: 'Received', value: receivedInWords(receivedAt, timeZone) },
    {
      label: 'Defense lawyer',
      value: request.office ? `${request.lawyerName}, ${request.office}` : request.lawyerName,
    },
    { label: 'How to reach them', value: reach },
    { label: 'Phone', value: phone?.shown ?? 'NOT GIVEN', href: phone?.href },
    { label: 'Email', value: request.email ? emailForStaff(request.email) : 'NOT GIVEN' },
    { label: 'Client (run the conflict check)', value: request.clientName },
    { label: 'Court and case number', value: request.court ?? 'not given' },
    {
      label: 'Plea date',
      value: request.pleaDate ? `${request.pleaDate} (${inDays(today, request.pleaDate)})` : 'not given',
    },
    { label: "Client's immigration status", value: labelOf(CLIENT_STATUS, request.clientStatus) },
    { label: 'Sent from', value: labelOf(SITE_EDITIONS, request.siteLanguage) },
  ];
}
