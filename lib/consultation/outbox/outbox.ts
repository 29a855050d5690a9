import { errorCode } from '@/lib/error-code';
import type { OutboxRequest, SpooledConsultation } from '@/lib/consultation/outbox/spool-format';

/**
 * The outbox: where a consultation request waits, durably, between the
 * answer "received" and the firm's inbox. Two stores keep the same
 * promises (tests/unit/outbox-contract.test.ts runs the same tests on both):
 * - a private folder on this machine's disk (folder-outbox.ts), the
 *   default, for one server;
 * - PostgreSQL (postgres-outbox.ts), when DATABASE_URL is set, for several
 *   instances or a host without a lasting disk.
 *
 * The promises: a request is stored before the person is told it was
 * received; a served form is stored once, however often and wherever it
 * is posted; no two senders hold one request at once; a request that
 * could not be sent is retried with growing delays, and given up only
 * after the mail server refused it (5xx) OUTBOX_MAX_ATTEMPTS times; its
 * contents are deleted once the mail server accepted it, and the mark that
 * the form was sent is forgotten after three days.
 */

export type { SpooledConsultation } from '@/lib/consultation/outbox/spool-format';

/** Thrown by a sender; `permanent` for a 5xx answer, which retrying will not change. */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(`delivery failed (${code})`);
    this.name = 'DeliveryError';
  }
}

/** Sends one request; resolves to a short note for the log (never contents), or throws. */
export type Sender = (entry: SpooledConsultation) => Promise<string>;

/** What every store is told; each store adds where it keeps requests. */
export type OutboxSettings = {
  maxAttempts: number;
  /** First retry delay; each later one doubles, up to an hour. */
  retryBaseMs: number;
  send: Sender;
  log?: (line: string) => void;
  now?: () => Date;
};

export type SpoolOutcome = 'spooled' | 'duplicate';
export type DeliveryOutcome = 'delivered' | 'retry-later' | 'failed' | 'busy' | 'gone';
export type DeliveryCounts = Record<DeliveryOutcome, number>;
export type OutboxItem = { reference: string; ageMs: number; attempts: number };
/**
 * `unknown`: what lies where requests are kept but is neither a request nor
 * the store's own (a file an older version spooled, a copy left by hand),
 * by name only: it may hold a request nobody will deliver.
 */
export type OutboxStatus = { pending: OutboxItem[]; failed: OutboxItem[]; unknown: string[] };

export type Outbox = {
  /** Where requests wait, for the people who run the site: a folder, or a database address without its password. */
  readonly location: string;
  /** Stores a request; 'duplicate' when this form was stored before, whatever became of it since. */
  spool(formId: string, reference: string, request: OutboxRequest, receivedAt: Date): Promise<SpoolOutcome>;
  /** Whether this form was ever stored (and not yet forgotten). */
  has(formId: string): Promise<boolean>;
  /** Tries to send one request now, whatever its back-off. */
  deliver(formId: string): Promise<DeliveryOutcome>;
  /** Sends every request whose retry time has come (all of them with `force`) and tidies up. */
  deliverPending(options?: { force?: boolean }): Promise<DeliveryCounts>;
  /** What waits and what failed, by reference, age and attempts: never contents. */
  status(): Promise<OutboxStatus>;
  /** Puts every failed request back in line, for after the cause was fixed. */
  retryFailed(): Promise<number>;
};

const MAX_BACKOFF_MS = 3_600_000;
/** Longer than a form token lives (guard.ts), so a repeat post of a sent form is still recognised. */
export const DELIVERED_MARK_KEPT_MS = 3 * 24 * 3_600_000;

export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export function noDeliveries(): DeliveryCounts {
  return { delivered: 0, 'retry-later': 0, failed: 0, busy: 0, gone: 0 };
}

/** The note for the log when a send failed: an SMTP status or error code, never an error text (it may quote the request). */
export function failureOf(error: unknown): { code: string; permanent: boolean } {
  if (error instanceof DeliveryError) return { code: error.code, permanent: error.permanent };
  return { code: errorCode(error), permanent: false };
}
