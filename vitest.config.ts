import { defineConfig } from 'vitest/config';

// Folders whose tests run inside the test process and leave nothing behind in it (no Temporal worker, no stubbed
// module, environment stubs undone): one process runs many of their files, which spares each a fresh import of the
// engine, the web app and their libraries (most of these files' time). Every other folder keeps a process per file,
// among them test/ledger, whose file-size tests measure the memory of their own process.
const IN_PROCESS = [
  'test/domain',
  'test/matching',
  'test/reconciliation',
  'test/reports',
  'test/db',
  'test/mono',
  'test/sandbox',
  'test/web',
].map((folder) => `${folder}/**/*.test.ts`);

export default defineConfig({
  test: {
    // Threads crash the Temporal native bridge; forks keep the Temporal tests each in their own process.
    pool: 'forks',
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two, one per core of CI's machine. The processes' files mostly wait (alone, two at a time kept 1.15 cores busy),
    // but a third worker made two Temporal feed and webhook tests fail under the load (README, Development).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'in-process',
          include: IN_PROCESS,
          isolate: false,
          globalSetup: ['test/setup/fast-check-seed-global.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: ['test/**/*.test.ts'],
          exclude: IN_PROCESS,
          globalSetup: ['test/setup/global-temporal.ts', 'test/setup/fast-check-seed-global.ts'],
        },
      },
    ],
  },
});
