import { defineConfig } from 'vitest/config';

// Three layers, one runner. Unit tests sit beside the code; integration tests drive the real
// server over loopback against real databases; e2e tests drive real Chromium against the built
// app served by the real server. scripts/test.ts builds the app first and prints the totals.
export default defineConfig({
  test: {
    // Two test files at a time, whatever the layer. Vitest's default on a 2-core machine is one
    // (cores - 1), which ran every file of every layer one after another; a browser test spends
    // much of its time waiting on Chromium, so a second file fits beside it (three were no faster
    // here: 17.1 min against 17.7, at load 9 instead of 7). ONWARD_TEST_WORKERS
    // overrides it (1 to run everything in sequence).
    maxWorkers: Number(process.env.ONWARD_TEST_WORKERS ?? 2),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/{core,content,crypto}/src/**/*.test.ts',
            'packages/web/src/**/*.test.{ts,tsx}',
          ],
          environment: 'node',
          // Argon2id and property runs take seconds on a busy 2-core machine; the 5 s default
          // failed only under load. Speed is measured in bench/, not by timeouts.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/server/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One real PostgreSQL for the run; each file makes its own database on it.
          globalSetup: ['packages/server/src/test-postgres-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.e2e.ts'],
          // Files run side by side: each launches its own browser with fresh contexts, and a
          // file that needs a server of its own (sync, share, clinic) starts one on port 0.
          // A busy 2-core machine can take seconds to render a screen: polls wait for the
          // condition up to 15 s (the default of 1 s made tests fail only under load).
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['packages/web/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
