import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Threads crash the Temporal native bridge; forks keep each test file in its own process.
    pool: 'forks',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-temporal.ts', 'test/setup/fast-check-seed-global.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
