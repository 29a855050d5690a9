import { createHash } from 'node:crypto';
import type { Database } from '@/lib/database/postgres';
import type { RateLimit } from '@/lib/consultation/intake/guard';

/**
 * The hourly limit per client address, counted in PostgreSQL so that every
 * instance enforces one limit. One row per address holds the times of its
 * requests in the last hour; a single INSERT … ON CONFLICT DO UPDATE adds
 * a time only while fewer than `limit` are recent. PostgreSQL locks the row
 * for that statement, so two instances counting the same address at the
 * same moment cannot both take the last place.
 *
 * The address is kept as a hash: the table says how often, not who.
 */
const SWEEP_EVERY_MS = 10 * 60_000;

export function createPostgresRateLimiter(database: Database, limit: number, windowMs = 3_600_000): RateLimit {
  let lastSweep = 0;
  return {
    async take(key: string, now: number): Promise<boolean> {
      if (limit === 0) return true;
      const at = new Date(now);
      const since = new Date(now - windowMs);
      const taken = await database.query(
        `INSERT INTO consultation_rate_limit AS r (client, hits, last_hit) VALUES ($1, ARRAY[$2::timestamptz], $2)
         ON CONFLICT (client) DO UPDATE
         SET hits = array_append(ARRAY(SELECT hit FROM unnest(r.hits) AS hit WHERE hit > $3), $2::timestamptz),
             last_hit = $2
         WHERE cardinality(ARRAY(SELECT hit FROM unnest(r.hits) AS hit WHERE hit > $3)) < $4`,
        [clientHash(key), at, since, limit],
      );
      if (now - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = now;
        // Housekeeping, not awaited: the person waiting for an answer does not wait for it, nor fail with it.
        void database.query('DELETE FROM consultation_rate_limit WHERE last_hit <= $1', [since]).catch(() => undefined);
      }
      return taken.rowCount === 1;
    },
  };
}

function clientHash(address: string): string {
  return createHash('sha256').update(`rate-limit:${address}`).digest('hex');
}
