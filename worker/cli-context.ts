import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import { parseLedgerConfig, type LedgerConfig } from '../adapters/ledger/config.js';
import { loadLedgerPlugins } from '../adapters/ledger/registry.js';
import { openDb, type DbHandle } from '../db/connection.js';
import { temporalSettings } from '../temporal.config.js';
import { createLogger } from './logger.js';
import { ConfigError, loadSettings, type BankfeedSettings } from './settings.js';
import { connectClient, type TemporalEndpoint } from './temporal-connection.js';

/** Where `bankfeed start` leaves the embedded server's address, so other commands can reach it. */
export function endpointFile(dataDir: string): string {
  return join(dataDir, 'temporal', 'endpoint.json');
}

export function saveEndpoint(
  dataDir: string,
  ep: TemporalEndpoint & { taskQueue: string; uiUrl: string | null },
): void {
  mkdirSync(dirname(endpointFile(dataDir)), { recursive: true });
  writeFileSync(
    endpointFile(dataDir),
    JSON.stringify({ address: ep.address, namespace: ep.namespace, taskQueue: ep.taskQueue, uiUrl: ep.uiUrl }),
  );
}

export async function loadLedgerSetup(
  path: string | undefined,
): Promise<{ config: LedgerConfig; baseDir: string } | null> {
  if (!path) return null;
  const file = resolve(path);
  if (!existsSync(file)) throw new ConfigError(`BANKFEED_LEDGER_CONFIG: file ${file} does not exist`);
  const config = parseLedgerConfig(readFileSync(file, 'utf8'), file);
  const baseDir = dirname(file);
  if (config.plugins?.length) await loadLedgerPlugins(config.plugins, baseDir);
  return { config, baseDir };
}

/** Resources a CLI command may need, opened on first use and closed at the end. */
export class CliContext {
  readonly settings: BankfeedSettings;
  readonly logger: Logger;
  private dbHandle?: DbHandle;
  private temporal?: { client: Client; close: () => Promise<void>; taskQueue: string };

  constructor(opts: { consoleLogs?: boolean } = {}) {
    this.settings = loadSettings();
    this.logger = createLogger({ dataDir: this.settings.dataDir, console: opts.consoleLogs ?? false, level: 'warn' });
  }

  async db(): Promise<DbHandle> {
    this.dbHandle ??= await openDb({ url: this.settings.databaseUrl });
    return this.dbHandle;
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
    await this.dbHandle?.close();
  }
}
