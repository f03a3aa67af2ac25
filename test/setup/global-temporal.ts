import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { temporalSettings } from '../../temporal.config.js';
import { startDevServer, type DevServer } from '../../worker/temporal-dev-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalNamespace: string;
  }
}

let server: DevServer | undefined;

// BANKFEED_TEST_TEMPORAL=0 skips the server for runs of pure test folders only (used while developing).
let dir: string | undefined;

/** One Temporal server for the whole run; tests isolate themselves by task queue and workflow ids. */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.BANKFEED_TEST_TEMPORAL === '0') return;
  const settings = temporalSettings();
  if (settings.mode === 'external' && settings.address) {
    project.provide('temporalAddress', settings.address);
    project.provide('temporalNamespace', settings.namespace);
    return;
  }
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-test-temporal-'));
  server = await startDevServer({
    cliPath: settings.cliPath,
    dir,
    persist: false,
    headless: true,
    readyTimeoutMs: 90_000,
  });
  project.provide('temporalAddress', server.address);
  project.provide('temporalNamespace', 'default');
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
