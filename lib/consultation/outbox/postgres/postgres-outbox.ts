import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Database } from '@/lib/database/postgres';
import {
  backoffMs,
  DELIVERED_MARK_KEPT_MS,
  failureOf,
  noDeliveries,
  type DeliveryOutcome,
  type Outbox,
  type OutboxItem,
  type OutboxSettings,
} from '@/lib/consultation/outbox/outbox';
import { isFormId } from '@/lib/consultation/intake/reference';
import { readSpooledData, SPOOL_VERSION, type OutboxRequest } from '@/lib/consultation/outbox/spool-format';

/**
 * The outbox's PostgreSQL store (see outbox.ts), for several instances or a
 * host without a lasting disk. One row per served form in
 * consultation_requests (lib/database/migrations.ts):
 * - the form id is the primary key, so a repeat post, to any instance,
 *   inserts nothing and finds the first row's reference;
 * - "received" is answered after the INSERT returned, that is after
 *   PostgreSQL committed it;
 * - a sender claims a due row with `SELECT … FOR UPDATE SKIP LOCKED` and
 *   writes its name and a lease on it; no other sender takes the row until
 *   the lease runs out, so a sender that died is replaced after the lease;
 * - once the mail server accepted the message the request's text is set to
 *   NULL; the row, with no contents, stays three days so a repeat post is
 *   still recognised, then goes.
 *
 * The crash window: a sender that dies after the mail server accepted a
 * message but before its UPDATE committed leaves the row claimed; after the
 * lease another sender sends it again. That is the only way a request is
 * sent twice, and it is the same window the folder store has.
 */

export type PostgresOutboxOptions = OutboxSettings & {
  database: Database;
  /** How long a claim holds: longer than any send may take (SMTP time-outs add up to under a minute). */
  leaseMs: number;
};

type RequestRow = {
  form_id: string;
  reference: string;
  format_version: number;
  request: string;
  received_at: Date;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  previous_owner: string | null;
};

export function createPostgresOutbox(options: PostgresOutboxOptions): Outbox {
  const { database, maxAttempts, retryBaseMs, send, leaseMs } = options;
  const log = options.log ?? ((line: string) => console.info(line));
  const now = options.now ?? (() => new Date());
  // Names this sender in the rows it holds: host and process, for people reading the table.
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  async function spool(formId: string, reference: string, request: OutboxRequest, receivedAt: Date) {
    if (!isFormId(formId)) throw new Error('not a form id');
    const inserted = await database.query(
      `INSERT INTO consultation_requests (form_id, reference, format_version, request, received_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (form_id) DO NOTHING`,
      [formId, reference, SPOOL_VERSION, JSON.stringify(request), receivedAt],
    );
    return inserted.rowCount === 1 ? ('spooled' as const) : ('duplicate' as const);
  }

  async function has(formId: string): Promise<boolean> {
    const found = await database.query('SELECT 1 FROM consultation_requests WHERE form_id = $1', [formId]);
    return found.rowCount === 1;
  }

  /**
   * Claims one row that is pending and not held by a live lease: the given
   * form, or else the next one due (`excluded`: rows this run already tried).
   * Rows written by a newer release (a higher format version) are left to it.
   */
  async function claim(
    target: { formId: string } | { dueBy: Date | undefined; excluded: string[] },
  ): Promise<RequestRow | undefined> {
    const at = now();
    const which =
      'formId' in target
        ? { where: 'form_id = $4', values: [target.formId] }
        : {
            where: '($4::timestamptz IS NULL OR next_attempt_at <= $4) AND NOT (form_id = ANY($5::text[]))',
            values: [target.dueBy ?? null, target.excluded],
          };
    const claimed = await database.query<RequestRow>(
      `WITH due AS (
         SELECT form_id, claimed_by AS previous_owner FROM consultation_requests
         WHERE state = 'pending' AND format_version <= ${SPOOL_VERSION}
           AND (claimed_until IS NULL OR claimed_until <= $3) AND ${which.where}
         ORDER BY next_attempt_at
         LIMIT 1
         FOR UPDATE SKIP LOCKED
       )
       UPDATE consultation_requests r SET claimed_by = $1, claimed_until = $2
       FROM due WHERE r.form_id = due.form_id
       RETURNING r.form_id, r.reference, r.format_version, r.request, r.received_at, r.attempts,
         r.next_attempt_at, r.last_error, due.previous_owner`,
      [owner, new Date(at.getTime() + leaseMs), at, ...which.values],
    );
    const row = claimed.rows[0];
    if (row?.previous_owner)
      log(`consultation outbox: took over ${row.reference}, whose sender (${row.previous_owner}) stopped`);
    return row;
  }

  async function deliver(formId: string): Promise<DeliveryOutcome> {
    const row = await claim({ formId });
    if (row) return sendClaimed(row);
    const state = await database.query<{ state: string; held: boolean }>(
      `SELECT state, claimed_until > $2 AS held FROM consultation_requests WHERE form_id = $1`,
      [formId, now()],
    );
    const found = state.rows[0];
    return found?.state === 'pending' && found.held ? 'busy' : 'gone';
  }

  async function sendClaimed(row: RequestRow): Promise<DeliveryOutcome> {
    const reading = readSpooledData({
      version: row.format_version,
      reference: row.reference,
      receivedAt: row.received_at.toISOString(),
      request: parseJson(row.request),
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at.toISOString(),
      ...(row.last_error === null ? {} : { lastError: row.last_error }),
    });
    if (!reading.ok) {
      await release(row, { state: 'failed', lastError: 'unreadable' });
      log(`consultation outbox: ${row.reference} could not be read (${reading.reason}); marked failed`);
      return 'failed';
    }
    const { entry } = reading;
    const started = Date.now();
    const attempts = entry.attempts + 1;
    let note: string;
    try {
      note = await send(entry);
    } catch (error) {
      const { code, permanent } = failureOf(error);
      if (permanent && attempts >= maxAttempts) {
        await release(row, { state: 'failed', attempts, lastError: code });
        log(`consultation ${entry.reference} FAILED permanently after ${attempts} attempts (${code}); marked failed`);
        return 'failed';
      }
      const nextAttemptAt = new Date(now().getTime() + backoffMs(attempts, retryBaseMs));
      await release(row, { state: 'pending', attempts, lastError: code, nextAttemptAt });
      log(
        `consultation ${entry.reference} not delivered attempt=${attempts} (${code}); next try after ${nextAttemptAt.toISOString()}`,
      );
      return 'retry-later';
    }
    const kept = await database.query(
      `UPDATE consultation_requests
       SET state = 'delivered', request = NULL, attempts = $3, last_error = NULL, delivered_at = $4,
           claimed_by = NULL, claimed_until = NULL
       WHERE form_id = $1 AND claimed_by = $2`,
      [row.form_id, owner, attempts, now()],
    );
    if (kept.rowCount !== 1)
      log(`consultation ${entry.reference} delivered, but its lease had run out and another sender may send it too`);
    log(`consultation ${entry.reference} delivered attempt=${attempts} ${Date.now() - started}ms ${note}`);
    return 'delivered';
  }

  /** Writes a send's outcome and lets go of the row, if it is still ours. */
  async function release(
    row: RequestRow,
    change: { state: 'pending' | 'failed'; attempts?: number; lastError: string; nextAttemptAt?: Date },
  ): Promise<void> {
    await database.query(
      `UPDATE consultation_requests
       SET state = $3, attempts = $4, last_error = $5, next_attempt_at = $6, claimed_by = NULL, claimed_until = NULL
       WHERE form_id = $1 AND claimed_by = $2`,
      [
        row.form_id,
        owner,
        change.state,
        change.attempts ?? row.attempts,
        change.lastError,
        change.nextAttemptAt ?? row.next_attempt_at,
      ],
    );
  }

  async function deliverPending({ force = false } = {}) {
    const counts = noDeliveries();
    await database.query(`DELETE FROM consultation_requests WHERE state = 'delivered' AND delivered_at < $1`, [
      new Date(now().getTime() - DELIVERED_MARK_KEPT_MS),
    ]);
    // Each row is tried at most once per run, so a forced run ends even while the mail server is down.
    const tried: string[] = [];
    for (;;) {
      const row = await claim({ dueBy: force ? undefined : now(), excluded: tried });
      if (!row) break;
      tried.push(row.form_id);
      counts[await sendClaimed(row)] += 1;
    }
    const held = await database.query<{ count: string }>(
      `SELECT count(*) FROM consultation_requests WHERE state = 'pending' AND claimed_until > $1`,
      [now()],
    );
    counts.busy = Number(held.rows[0]?.count ?? 0);
    return counts;
  }

  async function status() {
    const rows = await database.query<{ reference: string; received_at: Date; attempts: number; state: string }>(
      `SELECT reference, received_at, attempts, state FROM consultation_requests
       WHERE state IN ('pending', 'failed') ORDER BY received_at, form_id`,
    );
    const item = (row: (typeof rows.rows)[number]): OutboxItem => ({
      reference: row.reference,
      ageMs: now().getTime() - row.received_at.getTime(),
      attempts: row.attempts,
    });
    return {
      pending: rows.rows.filter((row) => row.state === 'pending').map(item),
      failed: rows.rows.filter((row) => row.state === 'failed').map(item),
      // Every row is a request the table describes: nothing in it can be unknown.
      unknown: [],
    };
  }

  async function retryFailed(): Promise<number> {
    const retried = await database.query(
      `UPDATE consultation_requests SET state = 'pending', next_attempt_at = $1 WHERE state = 'failed'`,
      [now()],
    );
    return retried.rowCount ?? 0;
  }

  return { location: database.location, spool, has, deliver, deliverPending, status, retryFailed };
}

/** The stored text as JSON, or undefined when it is not: the reader then says the entry cannot be read. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
