import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** The local site e2e/archive.spec.ts serves evidence from: the one private address the e2e server may fetch. */
export const ARCHIVE_FIXTURE_PORT = PORT + 1389;

// Debian's Chromium by default (Playwright cannot download its own browsers on our
// machines); set CHROMIUM_PATH='' to use Playwright's bundled browser elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  executablePath: executablePath || undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  // The public checks run on the seeded data first; the editor flows change that data,
  // so they run afterwards.
  projects: [
    { name: 'desktop', testMatch: /public-pages\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testMatch: /public-pages\.spec/, grep: /@phone/, use: { ...devices['Pixel 7'], launchOptions } },
    // Every public page in English, Russian and Kazakh (issue 5), on the seeded data.
    { name: 'i18n', testMatch: /i18n\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // Feeds, calendar, embed widget and preview images (issue 5), on the seeded data.
    { name: 'sharing', testMatch: /sharing\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // The open data API is compared with the pages on the seeded data, before the editor flows change it.
    { name: 'open-data', testMatch: /open-data\.spec/, grepInvert: /@after-edits/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // OpenAPI, the data package, the sitemap and structured data, checked on the seeded data (issue 15).
    { name: 'machine-readable', testMatch: /machine-readable\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'editor',
      testMatch: /editor\.spec/,
      dependencies: ['desktop', 'phone', 'i18n', 'sharing', 'open-data', 'machine-readable'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    // No editor's personal data in the API, checked once editors have written to the log.
    {
      name: 'open-data-after-edits',
      testMatch: /open-data\.spec/,
      grep: /@after-edits/,
      dependencies: ['editor'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    // Real outcomes entered through the workspace, then read back from the pages, the API and a PDF (issue 12).
    { name: 'outcomes', testMatch: /outcomes\.spec/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    // Second factors, one-time passwords and resets through the workspace (issue 14). After the
    // editor project, whose first admin sign-in sets up the admin's second factor.
    // What the caching relies on (issue 15): served without rendering, a save visible at once.
    { name: 'cache-contract', testMatch: /cache-contract\.spec/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'account-security', testMatch: /account-security\.spec/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'snapshots', testMatch: /snapshots\.spec/, dependencies: ['outcomes'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'archive', testMatch: /archive\.spec/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'suggestions', testMatch: /suggestions\.spec/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'rewind', testMatch: /rewind\.spec/, dependencies: ['outcomes'], use: { ...devices['Desktop Chrome'], launchOptions } },
    // The workspace in each editor's language (issue 16): an invited editor of its own, after the editor project.
    {
      name: 'workspace-language',
      testMatch: /workspace-language\.spec/,
      dependencies: ['editor'],
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    // Two app instances on one libSQL server (issue 6): their own sqld, database and build copy.
    { name: 'instances', testMatch: /instances\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // Load, crash, bad input, backup (issue 6). Each test starts its own servers from this
    // run's build, on its own database copy, so it needs no other project's data.
    // The attacks of issue 14: forged headers, parallel guesses, pending steps, revoked sessions,
    // a cache flood. Own servers and databases, like the reliability project.
    {
      name: 'security',
      testDir: './tests/reliability',
      testMatch: /security\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'reliability',
      testDir: './tests/reliability',
      testMatch: /reliability\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    // Fresh database, production build, `next start`: what users get.
    command: 'bash scripts/e2e-server.sh',
    url: `${BASE_URL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      E2E_PORT: String(PORT),
      DATABASE_URL: 'file:./data/e2e.db',
      NEXT_DIST_DIR: '.next-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789',
      AUTH_TRUST_HOST: 'true',
      FIRST_ADMIN_EMAIL: 'admin@example.org',
      // The evidence archive fetches the local fixture site (e2e/archive.spec.ts) and nothing
      // else private; a small cap and timeout keep its tests quick.
      EVIDENCE_ARCHIVE_ALLOW_HOSTS: `127.0.0.1:${ARCHIVE_FIXTURE_PORT}`,
      EVIDENCE_ARCHIVE_MAX_MB: '0.05',
      EVIDENCE_ARCHIVE_TIMEOUT_MS: '3000',
    },
  },
});
