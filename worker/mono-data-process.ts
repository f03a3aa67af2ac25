import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { MonoClient, MonoDirectPay } from '../adapters/mono/index.js';
import { createIdentityActivities } from '../activities/identity-activities.js';
import { createIncomeActivities } from '../activities/income-activities.js';
import { getIdentity } from '../db/identity-repository.js';
import type { Database } from '../db/schema.js';
import {
  PermanentEventError,
  startMonoDataProcessor,
  type MonoDataHandler,
  type MonoDataProcessor,
} from './mono-data-events.js';
import type { StackContext, StackProcess } from './stack-processes.js';

export interface MonoDataDeps {
  db: Kysely<Database>;
  mono: MonoClient;
  logger: Logger;
  clock?: () => Date;
  /** Extra handlers (DirectPay payments) by event name. */
  extra?: Record<string, MonoDataHandler>;
}

function dataOf(body: Record<string, unknown>): Record<string, unknown> {
  const d = body.data;
  if (typeof d !== 'object' || d === null || Array.isArray(d))
    throw new PermanentEventError('webhook without a data object');
  return d as Record<string, unknown>;
}

/** What the Mono-data processor does per event name. */
export function monoDataHandlers(deps: MonoDataDeps): Record<string, MonoDataHandler> {
  const identity = createIdentityActivities({
    db: deps.db,
    mono: deps.mono,
    ...(deps.clock ? { clock: deps.clock } : {}),
  });
  const income = createIncomeActivities({ db: deps.db, mono: deps.mono, ...(deps.clock ? { clock: deps.clock } : {}) });
  const onIncome: MonoDataHandler = async (e, body) => {
    if (!e.accountId) throw new PermanentEventError('income result without an account id');
    const r = await income.recordIncomeWebhook({ accountId: e.accountId, data: dataOf(body) }).catch((err: unknown) => {
      if (err instanceof Error && (err.name === 'IncomeParseError' || err instanceof RangeError))
        throw new PermanentEventError(err.message);
      throw err;
    });
    return r.inserted ? `income report ${r.id} recorded` : `income report ${r.id} already on record`;
  };
  return {
    'mono.events.account_income': onIncome,
    'mono.events.sandbox_account_income': onIncome,
    // Identity once after linking: a new connection fetches it unless it is on record already.
    'mono.events.account_connected': async (e) => {
      if (!e.accountId) throw new PermanentEventError('account_connected without an account id');
      if (await getIdentity(deps.db, e.accountId)) return 'identity already on record';
      // Right after linking Mono may still be retrieving the data (empty answers): try again later.
      if (!(await identity.fetchIdentity({ accountId: e.accountId, requestedBy: 'system:account_connected' })))
        throw new Error('Mono has no identity for the account yet');
      return 'identity stored';
    },
    ...deps.extra,
  };
}

/** The optional stack process (worker/stack-processes.ts): runs beside the webhook receiver. */
export async function startMonoDataProcess(ctx: StackContext): Promise<StackProcess | null> {
  // The Mono the feeds talk to: the configured one, or (under `start`) the demo sandbox the stack was given.
  const given = (ctx as { mono?: { baseUrl: string; secretKey: string } }).mono;
  const target = given ?? (ctx.settings.mono.mode === 'real' ? ctx.settings.mono : null);
  if (!target) return null;
  const hold = { retryAfterHold: ctx.retryAfterHold };
  const mono = new MonoClient({ baseUrl: target.baseUrl, secretKey: target.secretKey, ...hold });
  const { collectionHandlers } = await import('./collection-events.js');
  const directPay = new MonoDirectPay({ baseUrl: target.baseUrl, secretKey: target.secretKey, ...hold });
  const base = { db: ctx.db, mono, logger: ctx.logger, clock: ctx.clock };
  const processor: MonoDataProcessor = startMonoDataProcessor({
    db: ctx.db,
    logger: ctx.logger,
    handlers: monoDataHandlers({ ...base, extra: collectionHandlers({ ...base, directPay }) }),
  });
  return {
    name: 'mono-data',
    label: 'Mono data (identity, income, DirectPay)',
    async stop() {
      await processor.stop();
      await mono.close();
      await directPay.close();
    },
  };
}
