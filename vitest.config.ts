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
    // Three on CI's two cores: the processes' files mostly wait on the servers and children they start (alone, two at
    // a time kept 1.15 cores busy). The two tests a third worker once failed were a real feed race and a test's own
    // miscount, both fixed (README, Development).
    maxWorkers: 3,
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
