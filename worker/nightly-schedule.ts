import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

export const NIGHTLY_SCHEDULE_ID = 'bankfeed-nightly';

export interface NightlyScheduleOptions {
  cron: string;
  timezone: string;
  taskQueue: string;
  /** Missed runs within this window (worker or cluster down) still run once; older ones are skipped. */
  catchupWindowMs?: number;
  paused?: boolean;
  /** How long each run waits at most for its feeds' syncs (BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS); the run's default when unset. */
  syncWaitMs?: number | undefined;
}

/** Creates the nightly schedule, or updates it in place when it exists: safe to call on every start. */
export async function ensureNightlySchedule(client: Client, o: NightlyScheduleOptions): Promise<'created' | 'updated'> {
  const args = [o.syncWaitMs === undefined ? {} : { settleMs: o.syncWaitMs }];
  const action = { type: 'startWorkflow' as const, workflowType: 'nightlyRun', taskQueue: o.taskQueue, args };
  const spec = { cronExpressions: [o.cron], timezone: o.timezone };
  const policies = { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: o.catchupWindowMs ?? 6 * 3_600_000 };
  try {
    await client.schedule
      .getHandle(NIGHTLY_SCHEDULE_ID)
      .update((prev) => ({ ...prev, spec, action, policies: { ...prev.policies, ...policies } }));
    if (o.paused !== undefined) await setNightlyPaused(client, o.paused);
    return 'updated';
  } catch (e) {
    if (!(e instanceof ScheduleNotFoundError)) throw e;
  }
  await client.schedule.create({
    scheduleId: NIGHTLY_SCHEDULE_ID,
    spec,
    action,
    policies,
    state: { paused: o.paused ?? false, note: 'bankfeed nightly sync, reconciliation and reports' },
  });
  return 'created';
}

export async function setNightlyPaused(client: Client, paused: boolean): Promise<void> {
  const h = client.schedule.getHandle(NIGHTLY_SCHEDULE_ID);
  if (paused) await h.pause('paused from the bankfeed CLI');
  else await h.unpause('resumed from the bankfeed CLI');
}
