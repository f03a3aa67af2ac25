import { getExternalWorkflowHandle, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { FeedActivities } from '../activities/feed-activities.js';
import type { ReconcileActivities } from '../activities/reconcile-activities.js';
import { accountFeedWorkflowId, syncRequestedSignal } from './messages.js';

export interface NightlyInput {
  pageSize?: number;
  /** Write the per-account workbooks and the organisation summary after signalling the syncs. */
  reports?: boolean;
  /** How long to give the feeds to sync and reconcile before the reports are written. */
  settleMs?: number;
}

export interface NightlyResult {
  signalled: number;
  notRunning: number;
  reports: { accounts: number; files: string[] } | null;
}

const { pageLinkedAccounts } = proxyActivities<FeedActivities>({
  startToCloseTimeout: '1m',
  retry: { maximumInterval: '30s' },
});
const { writeNightlyReports } = proxyActivities<ReconcileActivities>({
  startToCloseTimeout: '1h',
  heartbeatTimeout: '2m',
});

/**
 * The nightly run: pages through linked accounts in id order and asks each feed to sync (which reconciles after
 * storing new lines); then writes every bound account's workbook and the organisation summary. Pages keep memory
 * and history bounded for tens of thousands of accounts.
 */
export async function nightlyRun(input: NightlyInput = {}): Promise<NightlyResult> {
  const pageSize = input.pageSize ?? 500;
  let afterId: string | null = null;
  let signalled = 0;
  let notRunning = 0;
  for (;;) {
    const ids: string[] = await pageLinkedAccounts({ afterId, limit: pageSize });
    if (ids.length === 0) break;
    await Promise.all(
      ids.map(async (accountId) => {
        try {
          await getExternalWorkflowHandle(accountFeedWorkflowId(accountId)).signal(syncRequestedSignal, {
            reason: `nightly:${workflowInfo().workflowId}`,
          });
          signalled++;
        } catch {
          // The feed has ended (unlinked) or was never started; the account's state says which.
          notRunning++;
        }
      }),
    );
    afterId = ids[ids.length - 1]!;
    if (ids.length < pageSize) break;
  }
  let reports: NightlyResult['reports'] = null;
  if (input.reports !== false) {
    // Give the feeds time to sync before the books are read for the reports.
    await sleep(input.settleMs ?? 120_000);
    reports = await writeNightlyReports({});
  }
  return { signalled, notRunning, reports };
}
