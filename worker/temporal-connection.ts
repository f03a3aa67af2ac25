import { Connection, Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { TemporalSettings } from '../temporal.config.js';

export interface TemporalEndpoint {
  address: string;
  namespace: string;
  apiKey?: string;
  tls?: TemporalSettings['tls'];
}

export async function connectClient(ep: TemporalEndpoint): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({
    address: ep.address,
    ...(ep.tls ? { tls: ep.tls } : {}),
    ...(ep.apiKey ? { apiKey: ep.apiKey } : {}),
    connectTimeout: '15s',
  });
  return { client: new Client({ connection, namespace: ep.namespace }), connection };
}

export async function connectWorker(ep: TemporalEndpoint): Promise<NativeConnection> {
  return NativeConnection.connect({
    address: ep.address,
    ...(ep.tls ? { tls: ep.tls } : {}),
    ...(ep.apiKey ? { apiKey: ep.apiKey } : {}),
  });
}
