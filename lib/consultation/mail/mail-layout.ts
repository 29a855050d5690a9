import type { SendMailOptions } from 'nodemailer';
import { likelyMeantEmail } from '@/lib/consultation/form/email-slips';

/**
 * The layout every email to the firm shares, whatever the request: From and
 * To are only the firm's own configured addresses, and the person's
 * validated address goes in Reply-To, so no user input can add recipients.
 * Each kind of request has its own file for its words (consultation-mail.ts,
 * padilla-mail.ts); the ways of writing a time, a phone number, an address
 * and a stored answer for staff are here, once.
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

/** One row of the table a paralegal scans; `href` makes its value a link (a phone number to call). */
export type SummaryRow = { label: string; value: string; href?: string };

/** "Saturday, November 28, 2026, 1:36 AM EST" in the firm's time zone. */
export function receivedInWords(receivedAt: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  const time = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return `${day.format(receivedAt)}, ${time.format(receivedAt)}`;
}

/**
 * A stored phone number and its `tel:` link. Intake stores it as a dialler
 * writes it ("+1 713 555 0142"), read once when the form was checked; a
 * request stored by an earlier version holds it as typed, and dials the same.
 */
export function phoneForStaff(phone: string): { shown: string; href: string } {
  const dialled = `${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
  return { shown: phone, href: `tel:${dialled}` };
}

/** The address as typed, and a warning when it looks like a slip in a common provider's name. */
export function emailForStaff(email: string): string {
  const meant = likelyMeantEmail(email);
  return meant ? `${email} (CHECK: a typo? probably ${meant})` : email;
}

/** The edition of the site a request was sent from, for the table. */
export const SITE_EDITIONS = {
  en: 'the English site',
  es: 'the SPANISH site (the person read the site and the form in Spanish)',
} as const;

/** A stored answer in words; an answer the form no longer offers is shown as it was stored. */
export function labelOf(labels: Readonly<Record<string, string>>, answer: string): string {
  return labels[answer] ?? answer;
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
