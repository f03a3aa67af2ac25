import { join } from 'node:path';
import type { Logger } from 'pino';
import { temporalSettings, type TemporalSettings } from '../temporal.config.js';
import { openDb, type DbHandle } from '../db/connection.js';
import { startDevServer, type DevServer } from './temporal-dev-server.js';
import type { TemporalEndpoint } from './temporal-connection.js';
import type { BankfeedSettings } from './settings.js';

export interface TemporalRuntime {
  endpoint: TemporalEndpoint;
  taskQueue: string;
  uiUrl: string | null;
  server: DevServer | null;
  stop(): Promise<void>;
}

/** Connects to the configured cluster, or starts the embedded dev server persisted under the data directory. */
export async function startTemporal(
  settings: BankfeedSettings,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<TemporalRuntime> {
  const t: TemporalSettings = temporalSettings(env);
  if (t.mode === 'external') {
    logger.info({ address: t.address, namespace: t.namespace }, 'using the configured Temporal cluster');
    return {
      endpoint: {
        address: t.address!,
        namespace: t.namespace,
        ...(t.apiKey ? { apiKey: t.apiKey } : {}),
        ...(t.tls ? { tls: t.tls } : {}),
      },
      taskQueue: t.taskQueue,
      uiUrl: null,
      server: null,
      stop: async () => undefined,
    };
  }
  const server = await startDevServer({
    cliPath: t.cliPath,
    dir: join(settings.dataDir, 'temporal'),
    persist: true,
    namespace: t.namespace,
    readyTimeoutMs: t.readyTimeoutMs,
  });
  logger.info({ address: server.address, ui: server.uiUrl }, 'embedded Temporal dev server ready');
  return {
    endpoint: { address: server.address, namespace: t.namespace },
    taskQueue: t.taskQueue,
    uiUrl: server.uiUrl,
    server,
    stop: () => server.stop(),
  };
}

export async function openConfiguredDb(settings: BankfeedSettings, logger: Logger): Promise<DbHandle> {
  const db = await openDb({ url: settings.databaseUrl });
  logger.info({ database: db.location, dialect: db.dialect }, 'database ready');
  return db;
}
