import type { SendMailOptions } from 'nodemailer';
import { attachmentText } from '@/lib/relief-check/attachment';
import { subjectName, summaryRows, urgentReasons, urgentTag } from './request-summary';
import type { StoredRequest } from './spool-format';

/** The firm's addresses, and its time zone for the times staff read. */
export type MailAddresses = { to: string; from: string; timeZone: string };

/** Derived from the reference, so a message sent twice after a retry is recognisable as one. */
export function messageIdFor(reference: string, from: string): string {
  const domain = from.split('@')[1] ?? 'localhost';
  return `<consultation-${reference.toLowerCase()}@${domain}>`;
}

const RELIEF_CHECK_HEADING =
  'What they chose to send from the relief check on the website (general information only; the check makes no finding):';

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The email to the firm. Only the firm's own configured addresses go in
 * From and To; the person's validated address goes in Reply-To, so no user
 * input can add recipients.
 */
export function composeConsultationEmail(
  request: StoredRequest,
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
): SendMailOptions {
  const reasons = urgentReasons(request, receivedAt, addresses.timeZone);
  const reliefCheck = request.reliefCheck ? attachmentText(request.reliefCheck) : undefined;
  const urgent = request.urgency.length > 0;
  const table = summaryRows(request, reference, receivedAt, addresses.timeZone);
  const footer =
    'Sent from the consultation form. No attorney-client relationship exists yet; run a conflict check before discussing details.';
  const text = [
    ...reasons.map((reason) => `URGENT: ${reason}`),
    urgent ? '' : undefined,
    ...table.map(({ label, value }) => `${label}: ${value}`),
    '',
    'Kind of case, in their words:',
    request.message ?? '(left empty)',
    '',
    ...(reliefCheck ? [RELIEF_CHECK_HEADING, reliefCheck, ''] : []),
    footer,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
  const cell = ({ value, href }: { value: string; href?: string }) =>
    href ? `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>` : escapeHtml(value);
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px">',
    ...reasons.map((reason) => `<p style="color:#8b0000;font-weight:bold">URGENT: ${escapeHtml(reason)}</p>`),
    '<table cellpadding="4">',
    ...table.map((row) => `<tr><th align="left">${escapeHtml(row.label)}</th><td>${cell(row)}</td></tr>`),
    '</table>',
    `<h2 style="font-size:18px">Kind of case, in their words</h2><p style="white-space:pre-wrap">${escapeHtml(request.message ?? '(left empty)')}</p>`,
    ...(reliefCheck
      ? [
          `<h2 style="font-size:18px">${RELIEF_CHECK_HEADING}</h2><p style="white-space:pre-wrap">${escapeHtml(reliefCheck)}</p>`,
        ]
      : []),
    `<p style="color:#555">${footer}</p>`,
    '</body></html>',
  ].join('\n');

  return {
    from: addresses.from,
    to: addresses.to,
    ...(request.email ? { replyTo: { name: request.name, address: request.email } } : {}),
    subject: urgent
      ? `${urgentTag(request, receivedAt, addresses.timeZone)} ${subjectName(request)} [${reference}]`
      : `Consultation request: ${subjectName(request)} [${reference}]`,
    messageId: messageIdFor(reference, addresses.from),
    date: receivedAt,
    text,
    html,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
