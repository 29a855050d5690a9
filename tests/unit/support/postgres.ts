import { inject } from 'vitest';
import {
  attachPostgresCluster,
  createDatabase,
  type PostgresCluster,
} from '../../../scripts/support/postgres-cluster.mts';

/**
 * The run's PostgreSQL cluster (tests/support/postgres-global-setup.ts).
 * Test files run side by side on it, so none may stop it: a test of an
 * outage cuts a proxy of its own (`startOutageProxy`) or uses a closed port.
 */
export function testCluster(): PostgresCluster {
  const provided = inject('postgresCluster');
  if ('error' in provided) throw new Error(`no PostgreSQL server for this test run: ${provided.error}`);
  return attachPostgresCluster(provided.handle);
}

/** A fresh, empty database on the run's cluster for one test file (name it after the file); resolves to its URL. */
export function databaseForThisFile(name: string): Promise<string> {
  return createDatabase(testCluster(), `test_${name}`);
}
