import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Four projects: pure unit tests (node), component tests (jsdom), browser tests that drive
// Debian's Chromium against the production build (run after `vite build`, see package.json), and
// the old-browser tests: the same build in Chromium 86 and 109 from npm (tests/old).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // jsdom renders the whole app without layout; generous on a busy 2-core machine.
          testTimeout: 20_000,
          include: ['src/**/*.dom.test.tsx', 'tests/dom/**/*.dom.test.tsx'],
          setupFiles: ['tests/support/dom-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: the tests mostly wait on Chromium, so two share 2 cores well
          // (measured: the suite's wall time drops by about a third).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'old',
          environment: 'node',
          include: ['tests/old/**/*.old.test.ts'],
          // Old headless builds on a busy 2-core machine: slower to start and to draw.
          testTimeout: 90_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
