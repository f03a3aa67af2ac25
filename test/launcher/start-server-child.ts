// Run by launcher.test.ts as a separate process (`npx tsx`): starts the embedded Temporal dev server with the given
// data folder, prints one JSON line about it, then waits until it is killed. Not a test file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporalSettings } from '../../temporal.config.js';
import { startDevServer } from '../../worker/temporal-dev-server.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: start-server-child.ts <data dir>');
const server = await startDevServer({
  cliPath: temporalSettings().cliPath,
  dir,
  headless: true,
  readyTimeoutMs: 120_000,
});
const watchdogPid = Number(readFileSync(join(dir, 'temporal.pid'), 'utf8'));
process.stdout.write(`${JSON.stringify({ pid: process.pid, watchdogPid, address: server.address })}\n`);
setInterval(() => undefined, 60_000);
