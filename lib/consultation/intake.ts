import { FORM_TOKEN_FIELD, type ConsultationFormState } from './form-state';
import { checkFormToken, honeypotFilled, type RateLimiter } from './guard';
import { isUrgent } from './mail';
import type { Outbox } from './outbox';
import { newReference } from './reference';
import { parseConsultation, valuesFrom } from './schema';

export type IntakeDeps = {
  outbox: Pick<Outbox, 'spool' | 'deliver'>;
  rateLimiter: RateLimiter;
  formSecret: string;
  minFillMs: number;
  /** Runs delivery after the answer is sent (Next.js `after`), so SMTP never slows the page. */
  afterResponse: (task: () => Promise<unknown>) => void;
  log: (line: string) => void;
};

export type Submission = { form: FormData; clientAddress: string; now: Date };

/**
 * Takes one form post to an answer. The answer "received" is given only
 * after the request is durably in the outbox.
 */
export async function acceptConsultation(submission: Submission, deps: IntakeDeps): Promise<ConsultationFormState> {
  const { form, clientAddress, now } = submission;
  const started = performance.now();
  const done = (outcome: string, reference = '-') =>
    deps.log(`consultation ${reference} ${outcome} ${Math.round(performance.now() - started)}ms`);

  if (honeypotFilled(form)) {
    // Answer as if received so the bot learns nothing; nothing is stored or sent.
    done('dropped (honeypot)');
    return { status: 'received', reference: newReference() };
  }

  const values = valuesFrom(form);
  const token = checkFormToken(form.get(FORM_TOKEN_FIELD), now, deps.minFillMs, deps.formSecret);
  if (token !== 'ok') {
    done(`refused (${token === 'too-fast' ? 'sent too fast' : 'form expired'})`);
    return {
      status: 'try-again',
      message: 'Sorry, we could not accept the form this time. Please check your answers and press "Request a consultation" again.',
      values,
    };
  }

  const parsed = parseConsultation(form);
  if (!parsed.ok) {
    done(`invalid fields=${Object.keys(parsed.errors).join(',')}`);
    return { status: 'invalid', errors: parsed.errors, values: parsed.values };
  }

  if (!deps.rateLimiter.take(clientAddress, now.getTime())) {
    done('refused (rate limit)');
    return {
      status: 'try-again',
      message: 'We have received several requests from your connection in the last hour. Please call us instead, or try again later.',
      values,
    };
  }

  const reference = newReference();
  try {
    await deps.outbox.spool(reference, parsed.request, now);
  } catch (error) {
    done(`NOT stored (${(error as { code?: string }).code ?? 'error'})`, reference);
    return {
      status: 'try-again',
      message: 'Sorry, our website could not save your request. Nothing was sent. Please try again in a minute, or call us.',
      values,
    };
  }
  deps.afterResponse(() => deps.outbox.deliver(reference));
  done(`received${isUrgent(parsed.request, now) ? ' urgent' : ''}`, reference);
  return { status: 'received', reference };
}
