import path from 'node:path';

/** The repository, for tests that run its scripts; they read fixtures, never the staff's content. */
export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
