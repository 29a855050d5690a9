import type pg from 'pg';

/**
 * The database's schema, one version at a time. The server applies what is
 * missing when it starts (and `npm run db:migrate` does the same by hand),
 * under a lock, so instances starting together apply each version once.
 * An applied migration is never edited: a change is a new version.
 */
export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'consultation requests and the hourly limit',
    sql: `
      -- One row per served form: the form id is the key, so a repeat post of
      -- the same form, to any instance, finds the first row.
      CREATE TABLE consultation_requests (
        form_id text PRIMARY KEY,
        reference text NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
        -- The stored request as JSON text (spool-format.ts), NULL once delivered.
        -- Text, not jsonb: jsonb refuses some characters a person may type.
        format_version integer NOT NULL,
        request text,
        received_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        -- The sender holding the row, until its lease runs out.
        claimed_by text,
        claimed_until timestamptz,
        delivered_at timestamptz,
        CHECK ((state = 'delivered') = (request IS NULL))
      );
      CREATE INDEX consultation_requests_due ON consultation_requests (next_attempt_at) WHERE state = 'pending';
      CREATE INDEX consultation_requests_delivered ON consultation_requests (delivered_at) WHERE state = 'delivered';

      -- One row per client address (a hash of it, never the address itself),
      -- with the times of its requests in the last hour.
      CREATE TABLE consultation_rate_limit (
        client text PRIMARY KEY,
        hits timestamptz[] NOT NULL,
        last_hit timestamptz NOT NULL
      );
      CREATE INDEX consultation_rate_limit_last_hit ON consultation_rate_limit (last_hit);
    `,
  },
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((migration) => migration.version));

/** Any number the site's instances agree on: it names the lock held while migrating. */
const MIGRATION_LOCK = 4_720_221;

/** Applies the migrations this database lacks; resolves to the versions applied now. */
export async function migrate(pool: pg.Pool, log: (line: string) => void): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`
        CREATE TABLE IF NOT EXISTS site_migrations (
          version integer PRIMARY KEY,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM site_migrations');
      const done = new Set(rows.map((row) => row.version));
      const applied: number[] = [];
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO site_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        log(`database: applied migration ${migration.version} (${migration.name})`);
        applied.push(migration.version);
      }
      const newest = Math.max(0, ...done);
      if (newest > LATEST_VERSION)
        log(`database: schema version ${newest} is newer than this code's ${LATEST_VERSION} (a newer release ran)`);
      return applied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed midway is closed rather than handed to the next query.
    client.release(broken);
  }
}
