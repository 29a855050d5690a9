import type { SendMailOptions } from 'nodemailer';
import { aNumberInWords } from '@/lib/a-number';
import { isStateCode, stateName } from '@/lib/content/states';
import { todayIn } from '@/lib/dates';
import { callLanguageByKey } from '@/lib/languages';
import { attachmentText } from '@/lib/relief-check/attachment';
import { reasonInEnglish, timeLeft } from '@/lib/urgency';
import {
  BEST_TIME,
  CITIZENSHIP,
  DETENTION,
  FOR_WHOM,
  INTERPRETER,
  LANGUAGES,
  MATTERS,
  forSomeoneElse,
} from '@/lib/consultation/form/answers';
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
import type { StoredRequest } from '@/lib/consultation/outbox/spool-format';

/**
 * A consultation request as a paralegal reads it: why it is urgent in
 * words, first; then who wrote, who needs help, how to reach them, the time
 * in the firm's own time zone; then what they wrote, and what they chose to
 * send from the relief check. Laid out by mail-layout.ts.
 */

const RELIEF_CHECK_HEADING =
  'What they chose to send from the relief check on the website (general information only; the check makes no finding)';

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

/** The next hearing as the person gave it: in the form, or else in the relief check attached. */
function nextHearing(request: StoredRequest): string | undefined {
  return request.hearingDate ?? request.reliefCheck?.answers.hearingDate;
}

function nextHearingInWords(request: StoredRequest): string {
  if (request.hearingDate) return request.hearingDate;
  const fromCheck = request.reliefCheck?.answers.hearingDate;
  return fromCheck ? `${fromCheck} (given in the relief check)` : 'not given';
}

/** Why intake found the request urgent (request-urgency.ts), in words for the email, a detention first; none when it is not urgent. */
function urgentReasons(request: StoredRequest, receivedAt: Date, timeZone: string): string[] {
  const today = todayIn(timeZone, receivedAt);
  const judgment = request.reliefCheck?.answers.judgmentDate;
  const hearingDate = nextHearing(request);
  return request.urgency.map((reason) =>
    reasonInEnglish(reason, { who: personLabel(request), today, judgment, hearingDate }),
  );
}

/** The subject's tag, most pressing first: "[URGENT · DETAINED]", "[URGENT · APPEAL DUE 2026-12-09, 6 days]". */
function urgentTag(request: StoredRequest, receivedAt: Date, timeZone: string): string | undefined {
  const today = todayIn(timeZone, receivedAt);
  const tags = request.urgency.map((reason): string => {
    switch (reason.kind) {
      case 'detained':
        return reason.certain ? 'DETAINED' : 'MAYBE DETAINED';
      case 'appeal-deadline':
        return reason.lastDay
          ? `APPEAL DUE ${reason.lastDay}, ${timeLeft(today, reason.lastDay)}`
          : 'APPEAL MAY BE DUE';
      case 'hearing':
        return `HEARING ${reason.date}, ${timeLeft(today, reason.date)}`;
      case 'removal-proceedings':
        return 'IN REMOVAL PROCEEDINGS';
      case 'plea-not-sentenced':
        return 'PLEA, NOT YET SENTENCED';
      case 'charged-no-plea':
        return reason.certain ? 'NO PLEA YET' : 'MAYBE NO PLEA YET';
      case 'ice-hold':
        return 'ICE HOLD';
      case 'removal-order':
        return 'REMOVAL ORDER';
    }
  });
  return tags.length > 0 ? `[URGENT · ${[...new Set(tags)].slice(0, 2).join(' · ')}]` : undefined;
}

/**
 * The language to speak, as staff say it: "Kreyòl ayisyen (Haitian Creole)",
 * or the name typed for another language. A request stored before the form
 * asked which other language says that it was not asked.
 */
function languageInWords(request: Pick<StoredRequest, 'language' | 'otherLanguage'>): string {
  if (request.language !== 'other') return labelOf(LANGUAGES, request.language);
  return request.otherLanguage
    ? `Another language: ${request.otherLanguage}`
    : 'Another language (not named: the form did not ask which then)';
}

/** The subject's note that an interpreter is needed, in the language's own name: " · INTERPRETER: Kreyòl ayisyen". */
function interpreterTag(request: Pick<StoredRequest, 'language' | 'otherLanguage' | 'interpreter'>): string {
  if (request.interpreter !== 'yes') return '';
  const name = request.language === 'other' ? request.otherLanguage : callLanguageByKey(request.language)?.ownName;
  return name ? ` · INTERPRETER: ${name}` : ' · INTERPRETER';
}

/** Who the request is about, then who wrote it when that is someone else: "Luis Hernández López — written by Rosa Hernández (mother)". */
function subjectName(request: StoredRequest): string {
  if (!forSomeoneElse(request) || !request.personName) return request.name;
  const relation = request.relationship ? ` (${request.relationship})` : '';
  return `${request.personName} — written by ${request.name}${relation}`;
}

/** The person the request is about: the writer, or the named family member or other person. */
function personLabel(request: StoredRequest): string {
  if (request.forWhom === 'self') return 'the person who wrote';
  const relation = request.relationship ? ` (${request.relationship})` : '';
  return `${request.personName ?? 'name not given'}${relation}`;
}

/**
 * Whose phone and email these are, and which one was left, so nobody calls a
 * detained person's number or hits "reply" to a request that gave only a phone.
 */
function contactSummary(request: StoredRequest): string {
  const whose = forSomeoneElse(request)
    ? `${request.name}, who wrote (not ${request.personName ?? 'the person who needs help'})`
    : `${request.name}, who wrote and needs help`;
  if (request.phone && request.email) return `phone or email of ${whose}`;
  if (request.phone) return `phone of ${whose}; no email given: call, do not reply`;
  return `email of ${whose}; no phone given`;
}

function summaryRows(request: StoredRequest, reference: string, receivedAt: Date, timeZone: string): SummaryRow[] {
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
      value: `${labelOf(FOR_WHOM, request.forWhom)}: ${personLabel(request)}`,
    },
    { label: 'How to reach them', value: contactSummary(request) },
    { label: 'Phone', value: phone?.shown ?? 'NOT GIVEN', href: phone?.href },
    { label: 'Email', value: request.email ? emailForStaff(request.email) : 'NOT GIVEN' },
    { label: 'Best time to call', value: bestTime || 'not given' },
    { label: 'Preferred language', value: languageInWords(request) },
    {
      label: 'Needs an interpreter',
      value: request.interpreter ? labelOf(INTERPRETER, request.interpreter).toUpperCase() : 'not answered',
    },
    { label: 'Sent from', value: labelOf(SITE_EDITIONS, request.siteLanguage) },
    { label: 'US citizen (the person who needs help)', value: labelOf(CITIZENSHIP, request.citizen) },
    { label: 'Case', value: labelOf(MATTERS, request.matter) },
    { label: 'Detained now', value: labelOf(DETENTION, request.detained) },
    ...detaineeRows(request),
    { label: 'Next hearing', value: nextHearingInWords(request) },
    ...(request.caseState ? [{ label: 'State of the criminal case', value: stateInEnglish(request.caseState) }] : []),
  ];
}

/**
 * What staff must know before anything else but urgency: the criminal case
 * is in a state where none of the firm's lawyers is admitted (decided at
 * intake, lib/consultation/intake/intake.ts).
 */
function outOfStateLines(request: StoredRequest): string[] {
  if (!request.outOfState) return [];
  const state = stateInEnglish(request.outOfState);
  return [
    `OUT OF STATE: ${state}. None of our attorneys is admitted there: advise on the immigration side; the criminal case needs a lawyer admitted in ${state}.`,
  ];
}

function stateInEnglish(code: string): string {
  return isStateCode(code) ? stateName(code, 'en', { bare: true }) : code;
}

/** What the ICE locator needs, each in its own row, when someone may be detained or any of it was given. */
function detaineeRows(request: StoredRequest): SummaryRow[] {
  const { countryOfBirth, birthDate, aNumber, heldAt, arrestDate } = request;
  const given = [countryOfBirth, birthDate, aNumber, heldAt, arrestDate].some((value) => value !== undefined);
  if (request.detained === 'no' && !given) return [];
  const orNot = (value: string | undefined) => value ?? 'not given';
  return [
    { label: 'Detainee: country of birth', value: orNot(countryOfBirth) },
    { label: 'Detainee: date of birth', value: orNot(birthDate) },
    {
      label: 'Detainee: A-number',
      value: aNumber ? `${aNumberInWords(aNumber)} (${aNumber} for the locator and EOIR's line)` : 'not given',
    },
    { label: 'Detainee: held at', value: orNot(heldAt) },
    { label: 'Detainee: arrested on', value: orNot(arrestDate) },
  ];
}
