import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

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
    { name: 'editor', testMatch: /editor\.spec/, dependencies: ['desktop', 'phone', 'i18n', 'sharing', 'open-data'], use: { ...devices['Desktop Chrome'], launchOptions } },
    // No editor's personal data in the API, checked once editors have written to the log.
    { name: 'open-data-after-edits', testMatch: /open-data\.spec/, grep: /@after-edits/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'snapshots', testMatch: /snapshots\.spec/, dependencies: ['editor'], use: { ...devices['Desktop Chrome'], launchOptions } },
    // Two app instances on one libSQL server (issue 6): their own sqld, database and build copy.
    { name: 'instances', testMatch: /instances\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    // Load, crash, bad input, backup (issue 6). Each test starts its own servers from this
    // run's build, on its own database copy, so it needs no other project's data.
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
    },
  },
});
