import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { MonoDirectPay, parseDirectPayWebhook, type MonoClient } from '../adapters/mono/index.js';
import { createCollectionActivities } from '../activities/collection-activities.js';
import type { Database } from '../db/schema.js';
import { PermanentEventError, type MonoDataHandler } from './mono-data-events.js';

const PAYMENT_EVENTS = [
  'direct_debit.payment_successful',
  'direct_debit.payment_failed',
  'direct_debit.payment_abandoned',
  'direct_debit.payment_cancelled',
];

/**
 * DirectPay payment webhooks go to the collections, not to a feed (the payer's account is not one of ours): each is
 * checked against Mono's verify before it changes anything.
 */
export function collectionHandlers(deps: {
  db: Kysely<Database>;
  mono: MonoClient;
  logger: Logger;
  clock?: () => Date;
  directPay?: Pick<MonoDirectPay, 'initiate' | 'verify'>;
  monoTarget?: { baseUrl: string; secretKey: string };
}): Record<string, MonoDataHandler> {
  const directPay =
    deps.directPay ?? (deps.monoTarget ? new MonoDirectPay({ ...deps.monoTarget, timeoutMs: 15_000 }) : null);
  if (!directPay) return {};
  const collections = createCollectionActivities({
    db: deps.db,
    directPay,
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const handler: MonoDataHandler = async (e, body) => {
    let announced;
    try {
      announced = parseDirectPayWebhook(body);
    } catch (err) {
      throw new PermanentEventError(err instanceof Error ? err.message : String(err));
    }
    const key = typeof body.event_id === 'string' && body.event_id ? body.event_id : `webhook:${e.id}`;
    return collections.applyPaymentEvent({ eventKey: key, event: e.event, announced });
  };
  return Object.fromEntries(PAYMENT_EVENTS.map((n) => [n, handler]));
}
