import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/lib/tools.mjs';

// With LAPIMURTO_OUT set (parallel work on one checkout), artifacts go beside that build, not into a shared folder.
const ARTIFACTS = process.env.LAPIMURTO_OUT
  ? join(resolve(process.env.LAPIMURTO_OUT), 'e2e-artifacts')
  : 'test-results/e2e-artifacts';

const CHROMIUM = findChromium();

/** Flags for the system Chromium in containers and CI (no sandbox user namespace, no GPU, no phoning home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: ARTIFACTS,
  // Every test starts its own host and library folder, so tests of one file can run on both workers: the long files
  // (autosave, storyboard) no longer run alone at the end.
  fullyParallel: true,
  // Two workers on the 2-core CI machine too: the suite is specced to stay near 8 minutes, and each test has its own host.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 720 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // CHROMIUM_PATH, the system Chromium or Chrome, or Playwright's own; global setup names what to install if none.
      executablePath: 'path' in CHROMIUM ? CHROMIUM.path : undefined,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
