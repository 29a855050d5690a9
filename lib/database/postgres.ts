import pg from 'pg';
import { errorCode } from '@/lib/error-code';
import { migrate } from './migrations';

/**
 * The site's PostgreSQL database (DATABASE_URL): a small connection pool
 * whose queries wait until the schema is current. If the database cannot be
 * reached, a query fails at once (within the connection timeout) rather
 * than hanging the person who waits for the answer; the next query tries
 * again, migrating first if that never succeeded.
 */
export type Database = {
  /** The address without its password, for logs and `npm run outbox`. */
  readonly location: string;
  query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
  /** Applies missing migrations now; resolves to the versions applied. */
  migrate(): Promise<number[]>;
  close(): Promise<void>;
};

export function openDatabase(url: string, log: (line: string) => void): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A statement never waits long: the form answers "not saved, call us" instead of hanging.
    statement_timeout: 15_000,
    query_timeout: 20_000,
    application_name: 'stern-law-site',
    // Idle connections do not keep a command such as `npm run outbox` running.
    allowExitOnIdle: true,
  });
  // An idle connection the server closed (a restart, a failover) must not end the process.
  pool.on('error', (error) =>
    log(`database: an idle connection was lost (${errorCode(error)}); the next query reconnects`),
  );

  let ready: Promise<number[]> | undefined;
  const runMigrations = () => {
    ready ??= migrate(pool, log).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  return {
    location: withoutPassword(url),
    async query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      await runMigrations();
      return pool.query<Row>(text, values);
    },
    migrate: runMigrations,
    close: () => pool.end(),
  };
}

export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the database in DATABASE_URL';
  }
}
