import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.js';

export interface ReconcileActivityDeps {
  db: Kysely<Database>;
  logger: Logger;
  dataDir: string;
}

export interface FeedReconcileOutcome {
  runId: number | null;
  matchedPercent: string | null;
  suggested: number;
  unmatchedBank: number;
}

/** Reconciliation and reporting inside the feed (filled in by the ledger-binding work). */
export function createReconcileActivities(deps: ReconcileActivityDeps) {
  return {
    /** Reconciles an account against its bound ledger; null when the account has no ledger binding. */
    async reconcileAccountFeed(input: { accountId: string; trigger: 'sync' | 'nightly' }): Promise<FeedReconcileOutcome | null> {
      const row = await deps.db.selectFrom('accounts').select('ledger_binding').where('id', '=', input.accountId).executeTakeFirst();
      if (!row?.ledger_binding) return null;
      deps.logger.info({ accountId: input.accountId }, 'account has a ledger binding; reconciliation runs here');
      return null;
    },
    async writeNightlyReports(_input: { settleMs: number }): Promise<{ accounts: number; files: string[] }> {
      return { accounts: 0, files: [] };
    },
  };
}

export type ReconcileActivities = ReturnType<typeof createReconcileActivities>;
