import { todayIn } from '@/lib/dates';
import { errorCode } from '@/lib/error-code';
import { outOfState, type Admissions } from '@/lib/content/admissions';
import { stateOfStateCase } from '@/lib/relief-check/answers';
import type { Attachment } from '@/lib/relief-check/attachment';
import {
  FORM_TOKEN_FIELD,
  type ConsultationFormState,
  type PadillaFormState,
  type RequestFormState,
} from '@/lib/consultation/form/form-state';
import { checkFormToken, honeypotFilled, issueFormToken, type RateLimit } from '@/lib/consultation/intake/guard';
import type { Outbox } from '@/lib/consultation/outbox/outbox';
import type { Receipt } from '@/lib/consultation/intake/receipt';
import { newFormId, referenceFor } from '@/lib/consultation/intake/reference';
import { requestUrgency } from '@/lib/consultation/intake/request-urgency';
import { parsePadilla, type PadillaErrors, type PadillaValues } from '@/lib/consultation/form/padilla-schema';
import { pleaCallsNow, pleaSoonReason } from '@/lib/urgency';
import {
  parseConsultation,
  type ConsultationErrors,
  type ConsultationRequest,
  type ConsultationValues,
} from '@/lib/consultation/form/schema';
import type { OutboxRequest, StoredRequest } from '@/lib/consultation/outbox/spool-format';

export type IntakeDeps = {
  outbox: Pick<Outbox, 'spool' | 'deliver' | 'has'>;
  rateLimiter: RateLimit;
  formSecret: string;
  minFillMs: number;
  /** Runs delivery after the answer is sent (Next.js `after`), so SMTP never slows the page. */
  afterResponse: (task: () => Promise<unknown>) => void;
  log: (line: string) => void;
  /** The firm's time zone: days to a hearing or a deadline are counted in its days. */
  timeZone: string;
  /** Where the firm's lawyers may defend a criminal case: a case elsewhere is marked for the staff. */
  admissions: Admissions;
};

/** One post of the form; `reliefCheck`: what the person chose to send from the relief check, already read from the post. */
export type Submission = { form: FormData; clientAddress: string; now: Date; reliefCheck?: Attachment };

/**
 * What differs between the request forms (the consultation form, the
 * defense lawyer's Padilla request): how a post is read, what of it is
 * stored, and what the confirmation shows back. Everything else, from the
 * spam guard to "received", is one path (acceptRequest).
 */
export type RequestForm<Values, Errors extends object> = {
  /** Names the request in the log, never its contents. */
  name: string;
  /** Reads the post's fields once: what was typed (to show again if it is refused) and the request, or each field's problem. */
  read(
    form: FormData,
    context: { reliefCheck?: Attachment; today: string; admissions: Admissions },
  ):
    | {
        ok: true;
        request: OutboxRequest;
        values: Values;
        urgent: boolean;
        callNow?: boolean;
        receipt: Omit<Receipt, 'reference'>;
      }
    | { ok: false; errors: Errors; values: Values };
};

/** A date the person gave, kept for the confirmation's calendar button only while it is today or later. */
function stillAhead(date: string | undefined, today: string): string | undefined {
  return date !== undefined && date >= today ? date : undefined;
}

const CONSULTATION_FORM: RequestForm<ConsultationValues, ConsultationErrors> = {
  name: 'consultation',
  read(form, { reliefCheck, today, admissions }) {
    const parsed = parseConsultation(form);
    if (!parsed.ok) return parsed;
    const request = acceptedRequest(parsed.request, reliefCheck, today, admissions);
    return {
      ok: true,
      request,
      values: parsed.values,
      urgent: request.urgency.length > 0,
      receipt: {
        phone: parsed.request.phone?.shown,
        email: request.email,
        detained: request.urgency.some((reason) => reason.kind === 'detained' && reason.certain),
        language: request.language,
        otherLanguage: request.otherLanguage,
        hearingDate: stillAhead(request.hearingDate, today),
      },
    };
  },
};

const PADILLA_FORM: RequestForm<PadillaValues, PadillaErrors> = {
  name: 'padilla',
  read(form, { today }) {
    const parsed = parsePadilla(form);
    if (!parsed.ok) return parsed;
    const { consent, phone, ...answers } = parsed.request;
    const pleaSoon = pleaSoonReason(answers.pleaDate, today);
    return {
      ok: true,
      request: { kind: 'padilla', ...answers, phone: phone?.international, urgency: pleaSoon ? [pleaSoon] : [] },
      values: parsed.values,
      urgent: pleaSoon !== undefined,
      callNow: pleaCallsNow(pleaSoon),
      receipt: {
        phone: phone?.shown,
        email: answers.email,
        detained: false,
        pleaDate: stillAhead(answers.pleaDate, today),
      },
    };
  },
};

/** One post of the consultation form. */
export function acceptConsultation(submission: Submission, deps: IntakeDeps): Promise<ConsultationFormState> {
  return acceptRequest(CONSULTATION_FORM, submission, deps);
}

/** One post of a defense lawyer's Padilla request. */
export function acceptPadillaRequest(submission: Submission, deps: IntakeDeps): Promise<PadillaFormState> {
  return acceptRequest(PADILLA_FORM, submission, deps);
}

/**
 * Takes one form post to an answer. The answer "received" is given only
 * after the request is durably in the outbox. Each served form is one
 * request: posting it again, from any process, answers with the same
 * reference and stores and sends nothing new.
 */
async function acceptRequest<Values, Errors extends object>(
  kind: RequestForm<Values, Errors>,
  submission: Submission,
  deps: IntakeDeps,
): Promise<RequestFormState<Values, Errors>> {
  const { form, clientAddress, now } = submission;
  const started = performance.now();
  const done = (outcome: string, reference = '-') =>
    deps.log(`${kind.name} ${reference} ${outcome} ${Math.round(performance.now() - started)}ms`);

  if (honeypotFilled(form)) {
    // Answer as if received so the bot learns nothing; nothing is stored or sent.
    done('dropped (honeypot)');
    return { status: 'received', reference: referenceFor(newFormId()) };
  }

  // The fields are read once, first: whatever the answer, the form shows again what was typed.
  const read = kind.read(form, {
    reliefCheck: submission.reliefCheck,
    today: todayIn(deps.timeZone, now),
    admissions: deps.admissions,
  });
  const { values } = read;
  const token = checkFormToken(form.get(FORM_TOKEN_FIELD), now, deps.minFillMs, deps.formSecret);
  if (token.status === 'too-fast') {
    done('refused (sent too fast)');
    return { status: 'try-again', reason: 'tryAgain', values };
  }
  if (token.status !== 'ok') {
    // A form from before a restart, or left open too long: a fresh one lets the person send again.
    done(`refused (form ${token.status})`);
    return { status: 'try-again', reason: 'tryAgain', values, formToken: issueFormToken(now, deps.formSecret) };
  }

  if (!read.ok) {
    done(`invalid fields=${Object.keys(read.errors).join(',')}`);
    return { status: 'invalid', errors: read.errors, values };
  }

  const { formId } = token;
  const reference = referenceFor(formId);
  const { request, urgent, callNow } = read;
  const receipt: Receipt = { reference, ...read.receipt };
  // A store that cannot be reached (a full disk, a database down) answers "not saved", never "received".
  let outcome: 'repeat' | 'rate-limited' | 'spooled' | 'duplicate';
  try {
    if (await deps.outbox.has(formId)) outcome = 'repeat';
    else if (!(await deps.rateLimiter.take(clientAddress, now.getTime()))) outcome = 'rate-limited';
    else outcome = await deps.outbox.spool(formId, reference, request, now);
  } catch (error) {
    done(`NOT stored (${errorCode(error)})`, reference);
    return { status: 'try-again', reason: 'notSaved', values };
  }
  if (outcome === 'rate-limited') {
    done('refused (rate limit)');
    return { status: 'try-again', reason: 'rateLimited', values };
  }
  if (outcome === 'repeat' || outcome === 'duplicate') {
    done('repeat post of a received form', reference);
    return { status: 'received', reference, urgent, callNow, receipt };
  }
  deps.afterResponse(() => deps.outbox.deliver(formId));
  done(`received${urgent ? ' urgent' : ''}`, reference);
  return { status: 'received', reference, urgent, callNow, receipt };
}

/**
 * The request as the outbox keeps it: the answers (all but the consent box,
 * always "yes" once valid), what was sent from the relief check, and why it
 * is urgent, decided here on `today` (YYYY-MM-DD where the firm is) and read
 * by the confirmation and the email.
 */
export function acceptedRequest(
  request: ConsultationRequest,
  reliefCheck: Attachment | undefined,
  today: string,
  admissions?: Admissions,
): StoredRequest {
  const { consent, phone, ...answers } = request;
  // The form's answer first; else the state of a state case from the relief check.
  const state = request.caseState ?? (reliefCheck ? stateOfStateCase(reliefCheck.answers) : undefined);
  const elsewhere = admissions ? outOfState(state, admissions) : undefined;
  return {
    ...answers,
    // Stored as a dialler writes it, so the email shows it without reading it again.
    phone: phone?.international,
    ...(reliefCheck ? { reliefCheck } : {}),
    ...(elsewhere ? { outOfState: elsewhere } : {}),
    urgency: requestUrgency(request, reliefCheck, today),
  };
}
