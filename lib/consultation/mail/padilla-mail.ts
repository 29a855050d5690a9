import type { SendMailOptions } from 'nodemailer';
import { todayIn } from '@/lib/dates';
import { timeLeft } from '@/lib/urgency';
import { CLIENT_STATUS } from '@/lib/consultation/form/answers';
import {
  SITE_EDITIONS,
  emailForStaff,
  labelOf,
  mailBodies,
  mailEnvelope,
  phoneForStaff,
  receivedInWords,
  type MailAddresses,
  type SummaryRow,
} from '@/lib/consultation/mail/mail-layout';
import type { StoredPadillaRequest } from '@/lib/consultation/outbox/spool-format';

/**
 * A defense lawyer's Padilla request as the firm reads it: the plea date and
 * time in the subject, so the inbox sorts by what comes first; the plea and
 * the offer in the first lines, so whoever opens it late in the day knows at
 * once what is asked and by when; then who asks, for which client, and the
 * facts of the plea offered.
 */
export function composePadillaEmail(
  request: StoredPadillaRequest,
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
): SendMailOptions {
  const today = todayIn(addresses.timeZone, receivedAt);
  const plea = pleaInWords(request, today);
  const reasons = request.urgency.map(() => `${plea}: the advice is needed before it`);
  const lead = [
    ...(reasons.length > 0 ? [] : [plea]),
    `Offer: ${offerInWords(request)}`,
    ...(request.reachableUntil ? [`Reach them before the plea: ${request.reachableUntil}`] : []),
  ];
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
    lead,
  );
  return {
    ...mailEnvelope(reference, receivedAt, addresses, { name: request.lawyerName, address: request.email }),
    subject: `${padillaTag(request, today)} ${request.clientName}, from ${request.lawyerName} [${reference}]`,
    text,
    html,
  };
}

/**
 * "[PADILLA · plea 2026-12-10 at 09:30]", urgent when the plea is within days:
 * "[URGENT · PADILLA · plea 2026-12-10 at 09:30, 3 days]".
 */
export function padillaTag(request: StoredPadillaRequest, today: string): string {
  if (!request.pleaDate) return '[PADILLA · plea date not given]';
  const plea = `plea ${pleaDay(request.pleaDate, request.pleaTime)}`;
  if (request.urgency.length > 0) return `[URGENT · PADILLA · ${plea}, ${timeLeft(today, request.pleaDate)}]`;
  return `[PADILLA · ${plea}]`;
}

/** "2026-12-10 at 09:30", or the date alone when no time was given. */
function pleaDay(date: string, time: string | undefined): string {
  return time ? `${date} at ${time}` : date;
}

/** "Plea on 2026-12-08 at 09:30, tomorrow"; "Plea date not given". */
function pleaInWords(request: StoredPadillaRequest, today: string): string {
  if (!request.pleaDate) return 'Plea date not given';
  return `Plea on ${pleaDay(request.pleaDate, request.pleaTime)}, ${inDays(today, request.pleaDate)}`;
}

/** The proposed plea and the sentence offered, each on one line: the full text follows below. */
function offerInWords({ proposedPlea, sentenceOffered }: StoredPadillaRequest): string {
  if (!proposedPlea && !sentenceOffered) return 'not given';
  const flat = (text: string | undefined, missing: string) => text?.replace(/\s+/g, ' ').trim() || missing;
  return `${flat(proposedPlea, 'plea not given')}; ${flat(sentenceOffered, 'sentence not given')}`;
}

function inDays(today: string, day: string): string {
  const left = timeLeft(today, day);
  if (left === '1 day') return 'tomorrow';
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
    { label: 'Cell, or reachable until', value: request.reachableUntil ?? 'not given' },
    { label: 'Client (run the conflict check)', value: request.clientName },
    { label: 'Court and case number', value: request.court ?? 'not given' },
    {
      label: 'Plea date',
      value: request.pleaDate
        ? `${pleaDay(request.pleaDate, request.pleaTime)} (${inDays(today, request.pleaDate)})`
        : 'not given',
    },
    { label: "Client's immigration status", value: labelOf(CLIENT_STATUS, request.clientStatus) },
    { label: "Client's country of birth", value: request.countryOfBirth ?? 'not given' },
    { label: 'Permanent resident since', value: request.residentSince ?? 'not given' },
    { label: 'Sent from', value: labelOf(SITE_EDITIONS, request.siteLanguage) },
  ];
}
