import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { Logger } from 'pino';
import { FEED_SEARCH_ATTRIBUTES } from '../workflows/messages.js';
import { ConfigError } from './settings.js';

/**
 * The custom search attributes every feed sets (workflows/messages.ts) registered on the worker's namespace before it
 * polls: a feed whose first step upserts an attribute the namespace does not know fails that step for ever, and every
 * feed would sit at LINKING with nothing said. The embedded dev server registers them at start; on another server the
 * worker registers the missing ones itself, and when it may not (a cloud namespace's permissions), stops with exit 3
 * naming them and the command that creates them.
 */
export async function ensureFeedSearchAttributes(
  connection: Connection,
  namespace: string,
  logger: Logger,
): Promise<void> {
  const wanted = Object.values(FEED_SEARCH_ATTRIBUTES).map((k) => k.name);
  const known = await connection.operatorService.listSearchAttributes({ namespace });
  const have = new Set([...Object.keys(known.customAttributes ?? {}), ...Object.keys(known.systemAttributes ?? {})]);
  const missing = wanted.filter((name) => !have.has(name));
  if (missing.length === 0) return;
  // (the package is CommonJS: its namespaces come through its default export)
  const keyword = proto.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((name) => [name, keyword])),
    });
    logger.info({ namespace, registered: missing }, 'registered the feeds search attributes on the namespace');
  } catch (err) {
    const create = missing.map((name) => `--name ${name} --type Keyword`).join(' ');
    throw new ConfigError(
      `the Temporal namespace "${namespace}" lacks the search attributes the feeds set (${missing.join(', ')}) and ` +
        `refused to register them (${(err as Error).message}); create them once with ` +
        `\`temporal operator search-attribute create --namespace ${namespace} ${create}\` and start the worker again`,
    );
  }
}
