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
  tls?: { serverNameOverride?: string; serverRootCACertificate?: Buffer; clientCert?: { crt: Buffer; key: Buffer } } | true;
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

function readMaybe(pathOrPem: string | undefined, what: string): Buffer | undefined {
  if (!pathOrPem) return undefined;
  if (pathOrPem.includes('-----BEGIN')) return Buffer.from(pathOrPem);
  if (!existsSync(pathOrPem)) throw new Error(`${what}: file ${pathOrPem} does not exist`);
  return readFileSync(pathOrPem);
}

export function temporalSettings(env: NodeJS.ProcessEnv = process.env): TemporalSettings {
  const namespace = env.TEMPORAL_NAMESPACE ?? 'default';
  const taskQueue = env.BANKFEED_TASK_QUEUE ?? 'bankfeed';
  const cliPath = resolveCli(env);
  const readyTimeoutMs = Number(env.BANKFEED_TEMPORAL_READY_TIMEOUT_MS ?? 60_000);
  if (!env.TEMPORAL_ADDRESS) return { mode: 'embedded', namespace, taskQueue, cliPath, readyTimeoutMs };

  const apiKey = env.TEMPORAL_API_KEY || undefined;
  const crt = readMaybe(env.TEMPORAL_TLS_CLIENT_CERT_PATH ?? env.TEMPORAL_TLS_CLIENT_CERT_DATA, 'TEMPORAL_TLS_CLIENT_CERT_PATH');
  const key = readMaybe(env.TEMPORAL_TLS_CLIENT_KEY_PATH ?? env.TEMPORAL_TLS_CLIENT_KEY_DATA, 'TEMPORAL_TLS_CLIENT_KEY_PATH');
  const ca = readMaybe(env.TEMPORAL_TLS_SERVER_CA_CERT_PATH ?? env.TEMPORAL_TLS_SERVER_CA_CERT_DATA, 'TEMPORAL_TLS_SERVER_CA_CERT_PATH');
  if ((crt && !key) || (key && !crt)) {
    throw new Error('TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH must be set together');
  }
  const tlsWanted = env.TEMPORAL_TLS === 'true' || env.TEMPORAL_TLS === '1' || !!crt || !!ca || !!apiKey;
  const tlsDisabled = env.TEMPORAL_TLS === 'false' || env.TEMPORAL_TLS === '0';
  let tls: TemporalSettings['tls'];
  if (tlsWanted && !tlsDisabled) {
    tls =
      crt || ca || env.TEMPORAL_TLS_SERVER_NAME
        ? {
            ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
            ...(ca ? { serverRootCACertificate: ca } : {}),
            ...(crt && key ? { clientCert: { crt, key } } : {}),
          }
        : true;
  }
  return { mode: 'external', address: env.TEMPORAL_ADDRESS, namespace, taskQueue, apiKey, tls, cliPath, readyTimeoutMs };
}
