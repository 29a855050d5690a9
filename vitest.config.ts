import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One PostgreSQL cluster for the run; each test file that needs it takes a database of its own.
    globalSetup: ['tests/support/postgres-global-setup.ts'],
    // Two files at a time even on two cores: many tests wait on child processes, sockets and PostgreSQL,
    // and the unit stage drops from about 59 s to 49 s (docs/testing.md).
    maxWorkers: 2,
    // Integration tests start real SMTP servers and child processes.
    testTimeout: 30_000,
  },
});
