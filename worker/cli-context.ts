import { existsSync, readFileSync } from 'node:fs';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { DbHandle } from '../db/connection.js';
import { temporalSettings } from '../temporal.config.js';
import { buildServices, type LedgerSetup, type StackServices } from './composition-root.js';
import { endpointFile } from './endpoint-file.js';
import { createLogger } from './logger.js';
import { ConfigError, loadSettings, type BankfeedSettings } from './settings.js';
import { connectClient, type TemporalEndpoint } from './temporal-connection.js';

export { endpointFile, saveEndpoint } from './endpoint-file.js';
export { loadLedgerSetup } from './composition-root.js';

/** Resources a CLI command may need, opened on first use and closed at the end. */
export class CliContext {
  readonly settings: BankfeedSettings;
  readonly logger: Logger;
  private servicesPromise?: Promise<StackServices>;
  private temporal?: { client: Client; close: () => Promise<void>; taskQueue: string };

  constructor(opts: { consoleLogs?: boolean } = {}) {
    this.settings = loadSettings();
    this.logger = createLogger({ dataDir: this.settings.dataDir, console: opts.consoleLogs ?? false, level: 'warn' });
  }

  /** The same services `start` and `worker` build (database, ledger configuration, clock, report sink). */
  services(): Promise<StackServices> {
    this.servicesPromise ??= buildServices(this.settings, this.logger);
    return this.servicesPromise;
  }

  async db(): Promise<DbHandle> {
    return (await this.services()).dbHandle;
  }

  async ledger(): Promise<LedgerSetup | null> {
    return (await this.services()).ledger;
  }

  async client(): Promise<{ client: Client; taskQueue: string }> {
    if (this.temporal) return this.temporal;
    const t = temporalSettings();
    let endpoint: TemporalEndpoint;
    let taskQueue = t.taskQueue;
    if (t.mode === 'external') {
      endpoint = {
        address: t.address!,
        namespace: t.namespace,
        ...(t.apiKey ? { apiKey: t.apiKey } : {}),
        ...(t.tls ? { tls: t.tls } : {}),
      };
    } else {
      const file = endpointFile(this.settings.dataDir);
      if (!existsSync(file)) {
        throw new ConfigError(
          'no Temporal server to talk to: run `bankfeed start` first (it runs the embedded server), or set TEMPORAL_ADDRESS',
        );
      }
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { address: string; namespace: string; taskQueue: string };
      endpoint = { address: saved.address, namespace: saved.namespace };
      taskQueue = saved.taskQueue;
    }
    try {
      const { client, connection } = await connectClient(endpoint);
      this.temporal = { client, taskQueue, close: () => connection.close() };
    } catch (e) {
      throw new ConfigError(
        `cannot reach Temporal at ${endpoint.address}: ${e instanceof Error ? e.message : String(e)} (is \`bankfeed start\` running?)`,
      );
    }
    return this.temporal;
  }

  async close(): Promise<void> {
    await this.temporal?.close();
    if (this.servicesPromise) await (await this.servicesPromise.catch(() => null))?.close();
  }
}
