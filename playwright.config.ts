import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (dist/, and dist-prefix/ built under a path
 * prefix), served by `astro preview`. Chromium comes from Debian (scripts/test.sh installs it).
 * E2E_PORT moves both servers, so two checkouts can test side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4400);
export const PREFIX = '/study-guide/';
export const prefixPort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  // Generous limits: a 2-core CI machine runs two browsers and two servers at once. They bound a
  // hang; no test asserts on time (speed budgets live in npm run bench).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // The service worker is tested on its own (offline.spec.ts allows it). Elsewhere it would answer
    // requests that page.route() stands in for, and every new context would download the whole site.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `npx astro preview --port ${port} --ignore-lock`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx astro preview --port ${prefixPort} --ignore-lock`,
      env: { BASE_PATH: PREFIX, OUT_DIR: './dist-prefix' },
      url: `http://localhost:${prefixPort}${PREFIX}`,
      reuseExistingServer: false,
    },
  ],
});
