import { randomBytes } from 'node:crypto';
import { getFirm } from '@/lib/content';
import { env } from '@/lib/env';
import { errorCode } from '@/lib/error-code';
import { processSingleton } from '@/lib/process-singleton';
import { limitConcurrency } from './delivery-queue';
import { RateLimiter } from './guard';
import type { IntakeDeps } from './intake';
import { createOutbox, type Outbox } from './outbox';
import { mailFolderSender, smtpSender } from './senders';

/** The outbox, sender, limiter and secret of this server process, built from the environment. */

const log = (line: string) => console.info(line);

export function getOutbox(): Outbox {
  return processSingleton('outbox', () => {
    const addresses = { to: env.CONSULT_TO, from: env.CONSULT_FROM, timeZone: getFirm().timeZone };
    return createOutbox({
      dir: env.OUTBOX_DIR,
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: env.OUTBOX_RETRY_MS,
      send: env.SMTP_URL ? smtpSender(env.SMTP_URL, addresses) : mailFolderSender(env.MAIL_DIR, addresses, log),
      log,
    });
  });
}

export function getRateLimiter(): RateLimiter {
  return processSingleton('rate-limiter', () => new RateLimiter(env.CONSULT_RATE_LIMIT));
}

/** Without FORM_SECRET a random one per process: forms served before a restart are asked to send again. */
export function getFormSecret(): string {
  return processSingleton('form-secret', () => env.FORM_SECRET ?? randomBytes(32).toString('hex'));
}

/**
 * Retries what is in the outbox at start-up and then every OUTBOX_RETRY_MS,
 * once per process. The timer does not keep the process alive on its own.
 */
export function startOutboxRetries(): void {
  processSingleton('outbox-timer', () => {
    const outbox = getOutbox();
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await outbox.deliverPending();
      } catch (error) {
        console.error(`consultation outbox retry failed (${errorCode(error)})`);
      } finally {
        running = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), env.OUTBOX_RETRY_MS);
    timer.unref();
    return timer;
  });
}

const deliveries = processSingleton('delivery-queue', () => limitConcurrency(2));

/** Everything `acceptConsultation` needs, for the Server Action. */
export function intakeDeps(afterResponse: IntakeDeps['afterResponse']): IntakeDeps {
  return {
    outbox: getOutbox(),
    rateLimiter: getRateLimiter(),
    formSecret: getFormSecret(),
    minFillMs: env.CONSULT_MIN_FILL_MS,
    afterResponse: (task) => afterResponse(() => deliveries(task)),
    log,
    timeZone: getFirm().timeZone,
  };
}
