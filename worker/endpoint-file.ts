import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TemporalEndpoint } from './temporal-connection.js';

/** Where the embedded Temporal server's address is left, so other commands can reach it. */
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
