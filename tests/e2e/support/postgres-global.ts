import { clusterHandle, sharedTestCluster, TEST_POSTGRES_ENV } from '../../../scripts/support/postgres-cluster.mts';

/**
 * Playwright's global setup: one PostgreSQL cluster for the run, handed to
 * the workers through TEST_POSTGRES_CLUSTER (they inherit the environment
 * set here); a spec takes a database of its own with `createDatabase`. The
 * function it returns is the global teardown, which removes the cluster
 * unless a driver that started it (TEST_POSTGRES_CLUSTER already set) will.
 */
export default async function postgresGlobalSetup(): Promise<() => Promise<void>> {
  try {
    const { cluster, release } = await sharedTestCluster();
    process.env[TEST_POSTGRES_ENV] = clusterHandle(cluster);
    return release;
  } catch (error) {
    // Most specs need no database: they run, and a spec that does starts a cluster itself, failing with this reason.
    console.warn(`No shared PostgreSQL server for this run: ${error instanceof Error ? error.message : String(error)}`);
    return async () => {};
  }
}
