import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/node/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['tests/node/global-setup.ts'],
    // Several tests run the CLI or LibreOffice as separate processes; on a loaded 2-core machine 30 s was too tight.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
