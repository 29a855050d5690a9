import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { todayIn } from '@/lib/dates';
import { attachmentUrgency, parseAttachment } from '@/lib/relief-check/attachment';
import { hearingReason, mergeReasons, reasonInEnglish, type UrgentReason } from '@/lib/urgency';
import { BEST_TIME, CITIZENSHIP, DETENTION, FOR_WHOM, LANGUAGES, MATTERS } from './schema';
import type { StoredRequest } from './spool-format';

/**
 * A stored request as a paralegal reads it: who wrote, who needs help, why
 * it is urgent in words, the time in the firm's own time zone, and phone
 * numbers in a form a phone can dial.
 */

/** Answers of earlier versions of the form, shown in words. */
const EARLIER_DETENTION: Record<string, string> = {
  self: 'Yes, the person who wrote is detained',
  family: 'Yes, a family member is detained',
};

/**
 * Why the request goes to the top of the inbox (lib/urgency.ts): what the
 * form says (detention, a hearing within 30 days, removal proceedings), and
 * what the relief check's answers sent with it show, counted on the day it
 * arrived where the firm is.
 */
export function urgentReasonsOf(request: StoredRequest, receivedAt: Date, timeZone: string): UrgentReason[] {
  const today = todayIn(timeZone, receivedAt);
  const fromForm: UrgentReason[] = [];
  if (request.detained !== 'no') fromForm.push({ kind: 'detained', certain: request.detained !== 'not-sure' });
  if (request.matter === 'removal-proceedings') fromForm.push({ kind: 'removal-proceedings' });
  const hearing = hearingReason(request.hearingDate, today);
  if (hearing) fromForm.push(hearing);
  const attachment = parseAttachment(request.reliefCheckAttachment);
  const fromCheck = attachment ? attachmentUrgency(attachment, today) : [];
  return mergeReasons(fromForm, fromCheck);
}

/** The reasons in words, for the email; none when it is not urgent. */
export function urgentReasons(request: StoredRequest, receivedAt: Date, timeZone: string): string[] {
  return urgentReasonsOf(request, receivedAt, timeZone).map((reason) => reasonInEnglish(reason, personLabel(request)));
}

export function isUrgent(request: StoredRequest, receivedAt: Date, timeZone: string): boolean {
  return urgentReasonsOf(request, receivedAt, timeZone).length > 0;
}

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

/** A phone number as people write it internationally, and as a `tel:` link; as typed when it cannot be read. */
export function phoneForStaff(phone: string): { shown: string; href?: string } {
  const parsed = parsePhoneNumberFromString(phone, 'US');
  if (!parsed?.isPossible()) return { shown: phone };
  return { shown: parsed.formatInternational(), href: parsed.getURI() };
}

/** The person the request is about: the writer, or the named family member or other person. */
export function personLabel(request: StoredRequest): string {
  if (!request.forWhom || request.forWhom === 'self') return 'the person who wrote';
  const relation = request.relationship ? ` (${request.relationship})` : '';
  return `${request.personName ?? 'name not given'}${relation}`;
}

/** Which contact the person left, so nobody hits "reply" to a request that gave only a phone. */
export function contactSummary(request: Pick<StoredRequest, 'phone' | 'email'>): string {
  if (request.phone && request.email) return 'phone or email';
  if (request.phone) return 'phone only (no email given: call, do not reply)';
  return 'email only (no phone given)';
}

const SITE_EDITIONS = {
  en: 'the English site',
  es: 'the SPANISH site (the person read the site and the form in Spanish)',
} as const;

export type SummaryRow = { label: string; value: string; href?: string };

export function summaryRows(
  request: StoredRequest,
  reference: string,
  receivedAt: Date,
  timeZone: string,
): SummaryRow[] {
  const phone = request.phone ? phoneForStaff(request.phone) : undefined;
  const bestTime = [request.bestTime ? labelOf(BEST_TIME, request.bestTime) : undefined, request.bestTimeNote]
    .filter(Boolean)
    .join(': ');
  return [
    { label: 'Reference', value: reference },
    { label: 'Received', value: receivedInWords(receivedAt, timeZone) },
    { label: 'Written by', value: request.name },
    {
      label: 'Needs help',
      value: request.forWhom
        ? `${labelOf(FOR_WHOM, request.forWhom)}: ${personLabel(request)}`
        : 'the person who wrote',
    },
    { label: 'How to reach them', value: contactSummary(request) },
    { label: 'Phone', value: phone?.shown ?? 'NOT GIVEN', href: phone?.href },
    { label: 'Email', value: request.email ?? 'NOT GIVEN' },
    { label: 'Best time to call', value: bestTime || 'not given' },
    { label: 'Preferred language', value: labelOf(LANGUAGES, request.language) },
    { label: 'Sent from', value: labelOf(SITE_EDITIONS, request.siteLanguage ?? 'en') },
    { label: 'US citizen (the person who needs help)', value: labelOf(CITIZENSHIP, request.citizen) },
    { label: 'Case', value: labelOf(MATTERS, request.matter) },
    { label: 'Detained now', value: labelOf({ ...EARLIER_DETENTION, ...DETENTION }, request.detained) },
    { label: 'Next hearing', value: request.hearingDate ?? 'not given' },
  ];
}

/** A stored answer in words; an answer the form no longer offers is shown as it was stored. */
function labelOf(labels: Readonly<Record<string, string>>, answer: string): string {
  return labels[answer] ?? answer;
}
