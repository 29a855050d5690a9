import type { SendMailOptions } from 'nodemailer';
import { isoDate } from '@/lib/dates';
import { CITIZENSHIP, DETENTION, LANGUAGES, MATTERS } from './schema';
import type { StoredRequest } from './spool-format';

export type MailAddresses = { to: string; from: string };

const URGENT_WITHIN_DAYS = 14;
const DAY_MS = 86_400_000;

/** Detained people and hearings in the next two weeks go to the top of the inbox. */
export function isUrgent(request: StoredRequest, receivedAt: Date): boolean {
  if (request.detained !== 'no') return true;
  if (!request.hearingDate) return false;
  const today = Date.parse(isoDate(receivedAt));
  const daysAway = (Date.parse(request.hearingDate) - today) / DAY_MS;
  return daysAway >= 0 && daysAway <= URGENT_WITHIN_DAYS;
}

/** Derived from the reference, so a message sent twice after a retry is recognisable as one. */
export function messageIdFor(reference: string, from: string): string {
  const domain = from.split('@')[1] ?? 'localhost';
  return `<consultation-${reference.toLowerCase()}@${domain}>`;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A stored answer in words; an answer the form no longer offers is shown as it was stored. */
function labelOf(labels: Readonly<Record<string, string>>, answer: string): string {
  return labels[answer] ?? answer;
}

/** Which contact the person left, so nobody hits "reply" to a request that gave only a phone. */
export function contactSummary(request: Pick<StoredRequest, 'phone' | 'email'>): string {
  if (request.phone && request.email) return 'phone or email';
  if (request.phone) return 'phone only (no email given: call, do not reply)';
  return 'email only (no phone given)';
}

function rows(request: StoredRequest, reference: string, receivedAt: Date): [string, string][] {
  return [
    ['Reference', reference],
    ['Received', receivedAt.toISOString()],
    ['Name', request.name],
    ['How to reach them', contactSummary(request)],
    ['Phone', request.phone ?? 'NOT GIVEN'],
    ['Email', request.email ?? 'NOT GIVEN'],
    ['Preferred language', labelOf(LANGUAGES, request.language)],
    ['US citizen', labelOf(CITIZENSHIP, request.citizen)],
    ['Matter', labelOf(MATTERS, request.matter)],
    ['Detained', labelOf(DETENTION, request.detained)],
    ['Next hearing', request.hearingDate ?? 'not given'],
  ];
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
  const urgent = isUrgent(request, receivedAt);
  const table = rows(request, reference, receivedAt);
  const text = [
    urgent ? 'URGENT: the person is detained or has a hearing within 14 days.\n' : '',
    ...table.map(([label, value]) => `${label}: ${value}`),
    '',
    'Kind of case, in their words:',
    request.message ?? '(left empty)',
    '',
    'Sent from the consultation form. No attorney-client relationship exists yet; run a conflict check before discussing details.',
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px">',
    urgent
      ? '<p style="color:#8b0000;font-weight:bold">URGENT: the person is detained or has a hearing within 14 days.</p>'
      : '',
    '<table cellpadding="4">',
    ...table.map(
      ([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    ),
    '</table>',
    `<h2 style="font-size:18px">Kind of case, in their words</h2><p style="white-space:pre-wrap">${escapeHtml(request.message ?? '(left empty)')}</p>`,
    '<p style="color:#555">Sent from the consultation form. No attorney-client relationship exists yet; run a conflict check before discussing details.</p>',
    '</body></html>',
  ].join('\n');

  return {
    from: addresses.from,
    to: addresses.to,
    ...(request.email ? { replyTo: { name: request.name, address: request.email } } : {}),
    subject: `${urgent ? '[URGENT] ' : ''}Consultation request: ${request.name} [${reference}]`,
    messageId: messageIdFor(reference, addresses.from),
    date: receivedAt,
    text,
    html,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
