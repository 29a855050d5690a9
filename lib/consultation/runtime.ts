import { randomBytes } from 'node:crypto';
import { getFirm, listAttorneys } from '@/lib/content';
import { admissionsOf } from '@/lib/content/admissions';
import { env } from '@/lib/env';
import { errorCode } from '@/lib/error-code';
import { processSingleton } from '@/lib/process-singleton';
import { openDatabase, type Database } from '@/lib/database/postgres';
import { limitConcurrency } from '@/lib/consultation/outbox/delivery-queue';
import { createFolderOutbox } from '@/lib/consultation/outbox/folder/folder-outbox';
import { RateLimiter, type RateLimit } from '@/lib/consultation/intake/guard';
import type { IntakeDeps } from '@/lib/consultation/intake/intake';
import type { Outbox } from '@/lib/consultation/outbox/outbox';
import { createPostgresOutbox } from '@/lib/consultation/outbox/postgres/postgres-outbox';
import { createPostgresRateLimiter } from '@/lib/consultation/intake/postgres-rate-limiter';
import { mailFolderSender, smtpSender } from '@/lib/consultation/mail/senders';

/**
 * The outbox, sender, limiter and secret of this server process, built from
 * the environment: with DATABASE_URL, the outbox and the limit live in
 * PostgreSQL and are shared by every instance; without it, in OUTBOX_DIR
 * and in this process.
 */

const log = (line: string) => console.info(line);

/** The database when DATABASE_URL is set; one connection pool per process. */
export function getDatabase(): Database | undefined {
  const url = env.DATABASE_URL;
  return url ? processSingleton('database', () => openDatabase(url, log)) : undefined;
}

export function getOutbox(): Outbox {
  return processSingleton('outbox', () => {
    const addresses = { to: env.CONSULT_TO, from: env.CONSULT_FROM, timeZone: getFirm().timeZone };
    const settings = {
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: env.OUTBOX_RETRY_MS,
      send: env.SMTP_URL ? smtpSender(env.SMTP_URL, addresses) : mailFolderSender(env.MAIL_DIR, addresses, log),
      log,
    };
    const database = getDatabase();
    return database
      ? createPostgresOutbox({ ...settings, database, leaseMs: env.OUTBOX_LEASE_MS })
      : createFolderOutbox({ ...settings, dir: env.OUTBOX_DIR });
  });
}

export function getRateLimiter(): RateLimit {
  return processSingleton('rate-limiter', () => {
    const database = getDatabase();
    return database
      ? createPostgresRateLimiter(database, env.CONSULT_RATE_LIMIT)
      : new RateLimiter(env.CONSULT_RATE_LIMIT);
  });
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
    void prepareDatabase();
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

/**
 * Brings the database's schema up to date at start. A database that cannot
 * be reached does not stop the server: the articles stay up, the form says
 * it could not save a request (and gives the phone number), and every
 * later query tries the migration again.
 */
async function prepareDatabase(): Promise<void> {
  const database = getDatabase();
  if (!database) return;
  try {
    const applied = await database.migrate();
    log(`database: ${database.location} ready${applied.length > 0 ? ` (applied ${applied.join(', ')})` : ''}`);
  } catch (error) {
    console.error(
      `database: ${database.location} not ready (${errorCode(error)}); consultation requests are refused until it is`,
    );
  }
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
    admissions: admissionsOf(listAttorneys()),
  };
}
