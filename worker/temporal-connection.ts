import { Connection, Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import type { TemporalSettings } from '../temporal.config.js';
import { ConfigError } from './settings.js';

export interface TemporalEndpoint {
  address: string;
  namespace: string;
  apiKey?: string;
  tls?: TemporalSettings['tls'];
  /** Where the address came from (a variable's name), for the message when nothing answers there. */
  addressFrom?: string;
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
  try {
    return await NativeConnection.connect({
      address: ep.address,
      ...(ep.tls ? { tls: ep.tls } : {}),
      ...(ep.apiKey ? { apiKey: ep.apiKey } : {}),
    });
  } catch (e) {
    throw unreachableTemporal(ep, e);
  }
}

/**
 * The native connection's transport error is the gRPC library's debug text (`tonic::transport::Error(Transport,
 * ConnectError(…`): a person is told instead which server, what happened and what to do. An unreachable server is
 * configuration in the one exit-code map (exit 3), as for every other command that needs Temporal.
 */
function unreachableTemporal(ep: TemporalEndpoint, e: unknown): unknown {
  if (!(e instanceof Error) || e.name !== 'TransportError') return e;
  const what = /ConnectionRefused|Connection refused/i.test(e.message)
    ? 'refused the connection: no server is listening there'
    : /dns error|failed to lookup/i.test(e.message)
      ? 'could not be found: its host name does not resolve'
      : 'could not be reached';
  const from = ep.addressFrom ? ` (${ep.addressFrom})` : '';
  const fix = ep.addressFrom
    ? `start the Temporal server, or correct ${ep.addressFrom} (unset, \`bankfeed start\` runs its own server)`
    : 'start the Temporal server, or set TEMPORAL_ADDRESS to one that runs';
  return new ConfigError(`Temporal at ${ep.address}${from} ${what}; ${fix}`);
}
