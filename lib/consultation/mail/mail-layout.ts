import type { SendMailOptions } from 'nodemailer';
import type { SummaryRow } from '@/lib/consultation/mail/request-summary';

/**
 * The layout every email to the firm shares, whatever the request: From and
 * To are only the firm's own configured addresses, and the person's
 * validated address goes in Reply-To, so no user input can add recipients.
 */

/** The firm's addresses, and its time zone for the times staff read. */
export type MailAddresses = { to: string; from: string; timeZone: string };

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

/** A free-text part of the email, under its heading. */
export type MailSection = { heading: string; text: string };

/**
 * The text and HTML of an email to the firm, the same shape for every kind
 * of request: urgent reasons first, then the `lead` (what must be read
 * before anything else, as the plea offered), then the table a paralegal
 * scans, then what the person wrote, then the footer.
 */
export function mailBodies(
  reasons: readonly string[],
  table: readonly SummaryRow[],
  sections: readonly MailSection[],
  footer: string,
  lead: readonly string[] = [],
): { text: string; html: string } {
  const text = [
    ...reasons.map((reason) => `URGENT: ${reason}`),
    ...lead,
    reasons.length + lead.length > 0 ? '' : undefined,
    ...table.map(({ label, value }) => `${label}: ${value}`),
    '',
    ...sections.flatMap(({ heading, text }) => [`${heading}:`, text, '']),
    footer,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
  const cell = ({ value, href }: SummaryRow) =>
    href ? `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>` : escapeHtml(value);
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px">',
    ...reasons.map((reason) => `<p style="color:#8b0000;font-weight:bold">URGENT: ${escapeHtml(reason)}</p>`),
    ...lead.map((line) => `<p style="font-weight:bold">${escapeHtml(line)}</p>`),
    '<table cellpadding="4">',
    ...table.map((row) => `<tr><th align="left">${escapeHtml(row.label)}</th><td>${cell(row)}</td></tr>`),
    '</table>',
    ...sections.map(
      ({ heading, text }) =>
        `<h2 style="font-size:18px">${escapeHtml(heading)}</h2><p style="white-space:pre-wrap">${escapeHtml(text)}</p>`,
    ),
    `<p style="color:#555">${footer}</p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}

/** What every email to the firm carries besides its words. */
export function mailEnvelope(
  reference: string,
  receivedAt: Date,
  addresses: MailAddresses,
  replyTo: { name: string; address: string | undefined },
): SendMailOptions {
  return {
    from: addresses.from,
    to: addresses.to,
    ...(replyTo.address ? { replyTo: { name: replyTo.name, address: replyTo.address } } : {}),
    messageId: messageIdFor(reference, addresses.from),
    date: receivedAt,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
