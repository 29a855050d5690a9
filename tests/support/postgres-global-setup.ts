import type { TestProject } from 'vitest/node';
import { clusterHandle, sharedTestCluster } from '../../scripts/support/postgres-cluster.mts';

/**
 * Vitest's global setup: one PostgreSQL cluster for the whole run, handed to
 * the test files (tests/unit/support/postgres.ts), each of which takes a
 * database of its own. Started before any file runs (a second or two), so
 * files running side by side never race to start it.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** A `clusterHandle`, or why no cluster could be started. */
    postgresCluster: { handle: string } | { error: string };
  }
}

export default async function setup(project: TestProject) {
  try {
    const { cluster, release } = await sharedTestCluster();
    project.provide('postgresCluster', { handle: clusterHandle(cluster) });
    return release;
  } catch (error) {
    // Only the files that use PostgreSQL fail, with this reason; the rest of the run goes on.
    project.provide('postgresCluster', { error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
