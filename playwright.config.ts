import { defineConfig, devices } from '@playwright/test';

const PORT = 3100;
const SMTP_PORT = 2526;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/**
 * The same build with the content editor in local mode, saving into a copy of the
 * fixture site (tests/e2e/editor.spec.ts makes it): the main server has no editor,
 * as a public server, and its editor addresses answer 404.
 */
const EDITOR_PORT = 3101;
export const EDITOR_URL = `http://127.0.0.1:${EDITOR_PORT}`;
export const EDITOR_SITE_DIR = 'test-results/editor-site';
/** The same build again in GitHub mode, against the test GitHub (tests/support/fake-github.ts). */
const GITHUB_EDITOR_PORT = 3102;
export const GITHUB_EDITOR_URL = `http://127.0.0.1:${GITHUB_EDITOR_PORT}`;
const FAKE_GITHUB_PORT = 2527;
export const FAKE_GITHUB_URL = `http://127.0.0.1:${FAKE_GITHUB_PORT}`;
/** Where the test SMTP server saves what the site sends; tests/e2e/support/mailbox.ts reads it. */
export const SMTP_SINK_DIR = 'test-results/smtp-sink';

// Debian's Chromium, not a downloaded build: nothing is fetched at test time.
// The flags keep it from reaching for the network, which is closed here.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One more try, in a fresh browser, for a test that failed. Seen once in CI: an action on the relief check
  // waited on "stable" (two animation frames) until the test's timeout, as when a headless page stops drawing,
  // and the same test then passed every time it was run here, alone and with both cores busy. A test that
  // passes only on its second try is still named at the end of `npm test` (scripts/test.mts), so a real flake
  // is seen, not hidden.
  retries: 1,
  workers: 2,
  // The JSON report is what `npm test` reads for its ten slowest tests (scripts/test.mts).
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  // One PostgreSQL cluster for the run (TEST_POSTGRES_CLUSTER); what the setup returns is its teardown.
  globalSetup: './tests/e2e/support/postgres-global.ts',
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS },
    // Recording a trace of every test (to keep those that fail) took a quarter of the browser stage, measured:
    // a failure shows its message and a screenshot, and `npx playwright test <spec> --trace=on` replays it.
    trace: 'off',
    // How long an action may wait for its element: a page that stopped drawing fails here, and has its second
    // try, instead of spending the test's whole timeout (90 s for the relief check's walks).
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'mobile-chromium',
      use: {
        ...devices['Pixel 7'],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS },
      },
    },
    {
      // What a person does with the form, the relief check and search, again at desktop width (DESKTOP_TOO).
      name: 'desktop-chromium',
      grep: /@desktop/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS },
      },
    },
  ],
  // Tests run against the production build (`npm run build` comes first in `npm test`), never the dev server.
  webServer: [
    {
      command: `node --import tsx tests/support/smtp-sink-server.ts ${SMTP_PORT} ${SMTP_SINK_DIR}`,
      port: SMTP_PORT,
      reuseExistingServer: false,
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${PORT}`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      env: {
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        CONSULT_TO: 'intake@stern.example',
        CONSULT_FROM: 'website@stern.example',
        OUTBOX_DIR: 'test-results/e2e-data/outbox',
        MAIL_DIR: 'test-results/e2e-data/mail',
        // Browsers fill the form in milliseconds and tests share one address;
        // both guards have their own unit tests.
        CONSULT_MIN_FILL_MS: '0',
        CONSULT_RATE_LIMIT: '0',
      },
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${EDITOR_PORT}`,
      url: `${EDITOR_URL}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      env: {
        CONTENT_EDITOR: 'local',
        CONTENT_EDITOR_ROOT: EDITOR_SITE_DIR,
        OUTBOX_DIR: 'test-results/e2e-data/editor-outbox',
        MAIL_DIR: 'test-results/e2e-data/editor-mail',
      },
    },
    {
      command: `node --import tsx tests/support/fake-github-server.ts ${FAKE_GITHUB_PORT} stern-law/website`,
      port: FAKE_GITHUB_PORT,
      reuseExistingServer: false,
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${GITHUB_EDITOR_PORT}`,
      url: `${GITHUB_EDITOR_URL}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      env: {
        SITE_URL: GITHUB_EDITOR_URL,
        CONTENT_EDITOR_ROOT: 'tests/fixtures/sites/valid',
        EDITOR_GITHUB_REPO: 'stern-law/website',
        EDITOR_GITHUB_CLIENT_ID: 'test-client',
        EDITOR_GITHUB_CLIENT_SECRET: 'test-secret',
        EDITOR_SESSION_SECRET: 'a-test-session-secret-of-32-characters-or-more',
        EDITOR_GITHUB_API_URL: FAKE_GITHUB_URL,
        EDITOR_GITHUB_WEB_URL: FAKE_GITHUB_URL,
        OUTBOX_DIR: 'test-results/e2e-data/github-editor-outbox',
        MAIL_DIR: 'test-results/e2e-data/github-editor-mail',
      },
    },
  ],
});
