import { todayIn } from '@/lib/dates';
import { errorCode } from '@/lib/error-code';
import type { Attachment } from '@/lib/relief-check/attachment';
import { callableNumber } from './contact-details';
import { FORM_TOKEN_FIELD, type ConsultationFormState } from './form-state';
import { checkFormToken, honeypotFilled, issueFormToken, type RateLimit } from './guard';
import type { Outbox } from './outbox';
import type { Receipt } from './receipt';
import { newFormId, referenceFor } from './reference';
import { requestUrgency } from './request-urgency';
import { parseConsultation, valuesFrom, type ConsultationRequest } from './schema';
import type { StoredRequest } from './spool-format';

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
};

/** One post of the form; `reliefCheck`: what the person chose to send from the relief check, already read from the post. */
export type Submission = { form: FormData; clientAddress: string; now: Date; reliefCheck?: Attachment };

/**
 * Takes one form post to an answer. The answer "received" is given only
 * after the request is durably in the outbox. Each served form is one
 * request: posting it again, from any process, answers with the same
 * reference and stores and sends nothing new.
 */
export async function acceptConsultation(submission: Submission, deps: IntakeDeps): Promise<ConsultationFormState> {
  const { form, clientAddress, now } = submission;
  const started = performance.now();
  const done = (outcome: string, reference = '-') =>
    deps.log(`consultation ${reference} ${outcome} ${Math.round(performance.now() - started)}ms`);

  if (honeypotFilled(form)) {
    // Answer as if received so the bot learns nothing; nothing is stored or sent.
    done('dropped (honeypot)');
    return { status: 'received', reference: referenceFor(newFormId()) };
  }

  const values = valuesFrom(form);
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

  const parsed = parseConsultation(form);
  if (!parsed.ok) {
    done(`invalid fields=${Object.keys(parsed.errors).join(',')}`);
    return { status: 'invalid', errors: parsed.errors, values: parsed.values };
  }

  const { formId } = token;
  const reference = referenceFor(formId);
  const request = acceptedRequest(parsed.request, submission.reliefCheck, todayIn(deps.timeZone, now));
  const urgent = request.urgency.length > 0;
  const receipt: Receipt = {
    reference,
    phone: request.phone === undefined ? undefined : callableNumber(request.phone)?.shown,
    email: request.email,
    detained: request.urgency.some((reason) => reason.kind === 'detained' && reason.certain),
  };
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
    return { status: 'received', reference, urgent, receipt };
  }
  deps.afterResponse(() => deps.outbox.deliver(formId));
  done(`received${urgent ? ' urgent' : ''}`, reference);
  return { status: 'received', reference, urgent, receipt };
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
): StoredRequest {
  const { consent, ...answers } = request;
  return { ...answers, ...(reliefCheck ? { reliefCheck } : {}), urgency: requestUrgency(request, reliefCheck, today) };
}
