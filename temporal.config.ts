import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place for Temporal settings. With TEMPORAL_ADDRESS unset bankfeed starts its own dev server (embedded);
 * set it (plus TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TEMPORAL_TLS_* as in @temporalio/envconfig) to use any cluster
 * or Temporal Cloud.
 */
export interface TemporalSettings {
  mode: 'embedded' | 'external';
  address?: string;
  namespace: string;
  taskQueue: string;
  apiKey?: string;
  tls?:
    { serverNameOverride?: string; serverRootCACertificate?: Buffer; clientCert?: { crt: Buffer; key: Buffer } } | true;
  /** Embedded dev server: the binary, and how long to wait for it to become ready. */
  cliPath: string;
  readyTimeoutMs: number;
}

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export function pinnedCliPath(): string {
  return join(projectRoot, '.tools', 'temporal', 'bin', 'temporal');
}

function resolveCli(env: NodeJS.ProcessEnv): string {
  if (env.TEMPORAL_CLI_PATH) return env.TEMPORAL_CLI_PATH;
  const pinned = pinnedCliPath();
  return existsSync(pinned) ? pinned : 'temporal';
}

/**
 * One TLS item from the environment, as @temporalio/envconfig reads it: NAME_PATH is a file, NAME_DATA the PEM itself.
 * Errors name the variable and, for a path, the file; never the contents (a client key is a secret).
 */
function readTlsItem(env: NodeJS.ProcessEnv, name: string): Buffer | undefined {
  const path = env[`${name}_PATH`] || undefined;
  const data = env[`${name}_DATA`] || undefined;
  if (path && data) throw new Error(`set ${name}_PATH or ${name}_DATA, not both`);
  if (data) return Buffer.from(data);
  if (!path) return undefined;
  if (!existsSync(path)) throw new Error(`${name}_PATH: file ${path} does not exist`);
  return readFileSync(path);
}

function readyTimeout(env: NodeJS.ProcessEnv): number {
  const raw = env.BANKFEED_TEMPORAL_READY_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 60_000;
  const ms = Number(raw);
  // NaN here once meant "never wait": the readiness loop ran zero times and reported success.
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new Error(`BANKFEED_TEMPORAL_READY_TIMEOUT_MS must be a positive number of milliseconds, got "${raw}"`);
  }
  return ms;
}

export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  const namespace = env.TEMPORAL_NAMESPACE || 'default';
  const taskQueue = env.BANKFEED_TASK_QUEUE || 'bankfeed';
  const cliPath = resolveCli(env);
  const readyTimeoutMs = readyTimeout(env);
  if (!env.TEMPORAL_ADDRESS) return { mode: 'embedded', namespace, taskQueue, cliPath, readyTimeoutMs };

  const apiKey = env.TEMPORAL_API_KEY || undefined;
  const crt = readTlsItem(env, 'TEMPORAL_TLS_CLIENT_CERT');
  const key = readTlsItem(env, 'TEMPORAL_TLS_CLIENT_KEY');
  const ca = readTlsItem(env, 'TEMPORAL_TLS_SERVER_CA_CERT');
  if ((crt && !key) || (key && !crt)) {
    throw new Error(
      `mTLS needs both a client certificate and its key: ${crt ? 'TEMPORAL_TLS_CLIENT_KEY_PATH (or _DATA) is missing' : 'TEMPORAL_TLS_CLIENT_CERT_PATH (or _DATA) is missing'}`,
    );
  }
  // envconfig: TEMPORAL_TLS "1"/"true" forces TLS on, any other value forces it off; unset, TLS follows the other
  // settings (an API key or certificates mean TLS, as Temporal Cloud requires).
  const tlsFlag =
    env.TEMPORAL_TLS === undefined || env.TEMPORAL_TLS === ''
      ? undefined
      : env.TEMPORAL_TLS === 'true' || env.TEMPORAL_TLS === '1';
  const tlsWanted = tlsFlag ?? (!!crt || !!ca || !!apiKey || !!env.TEMPORAL_TLS_SERVER_NAME);
  let tls: TemporalSettings['tls'];
  if (tlsWanted) {
    tls =
      crt || ca || env.TEMPORAL_TLS_SERVER_NAME
        ? {
            ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
            ...(ca ? { serverRootCACertificate: ca } : {}),
            ...(crt && key ? { clientCert: { crt, key } } : {}),
          }
        : true;
  }
  return {
    mode: 'external',
    address: env.TEMPORAL_ADDRESS,
    namespace,
    taskQueue,
    apiKey,
    tls,
    cliPath,
    readyTimeoutMs,
  };
}
