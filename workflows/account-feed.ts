import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import { DEFAULT_FEED_CONFIG, type AccountFeedConfig } from './feed-config.js';
import { FeedMachine, initialCarry, type FeedCarry } from './feed-state.js';
import { FeedSteps } from './feed-steps.js';
import {
  reauthorizedSignal,
  statusQuery,
  syncNowUpdate,
  syncRequestedSignal,
  unlinkSignal,
  webhookEventSignal,
  webhookEventsSignal,
  type FeedStatus,
} from './messages.js';

/**
 * Feeds that ran before this chose their next step as soon as the last one ended, so the timers they started
 * depended on whether a signal delivered in the same workflow task was applied before that step's continuation or
 * after it (chaos seed 53440483, account 51231226…: "Timer fired event did not have expected timer id 3, it was 4"). Their histories
 * replay without the wait that now opens every pass of the loop.
 */
const WAIT_THEN_DECIDE = 'wait-then-decide';

export interface AccountFeedInput {
  accountId: string;
  config?: Partial<AccountFeedConfig>;
  carry?: FeedCarry;
}

/**
 * One long-running feed per linked account: backfill (a full scan of the history window), then sync on a poll timer,
 * on webhooks and on request, from Mono's watermark; pause (with no bank calls) while the bank needs
 * re-authorisation; end when the account is unlinked. State and handlers live in FeedMachine, steps in FeedSteps.
 */
export async function accountFeed(input: AccountFeedInput): Promise<FeedStatus> {
  const cfg: AccountFeedConfig = { ...DEFAULT_FEED_CONFIG, ...input.config };
  const s = new FeedMachine(input.accountId, input.carry ?? initialCarry(), cfg.seenEventKeysLimit);
  const steps = new FeedSteps(s, cfg);

  // Handlers first, so nothing sent before the main loop is lost.
  setHandler(webhookEventSignal, (e) => s.onWebhook(e));
  setHandler(webhookEventsSignal, (batch) => s.onWebhooks(batch));
  setHandler(reauthorizedSignal, () => s.onReauthorized());
  setHandler(unlinkSignal, (req) => s.onUnlink(req));
  setHandler(syncRequestedSignal, (req) => s.onSyncRequested(req));
  const longHistory = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historyLength > cfg.maxHistoryEvents;
  };
  /** Past the threshold with nothing but handlers in flight to hold the run up: it continues as new soon. */
  const continuingAsNew = () => longHistory() && s.c.backfilled && !s.c.reauthNeeded && !s.unlinkRequested;

  setHandler(syncNowUpdate, (req) => s.syncNow(req), {
    validator: (_req: { reason?: string }) => s.validateSyncNow(continuingAsNew()),
  });
  setHandler(statusQuery, () => s.status());
  /** Something for the loop to act on (each has its branch below), or the poll timer to wait for. */
  const workToDo = () => !!s.unlinkRequested || s.c.reauthNeeded || !s.c.backfilled || !!s.syncWanted || longHistory();
  const untilNextPoll = () => {
    const sinceLast = s.c.lastSyncAtMs === null ? cfg.pollIntervalMs : Date.now() - s.c.lastSyncAtMs;
    return Math.max(0, cfg.pollIntervalMs - sinceLast);
  };

  for (;;) {
    const waitFirst = patched(WAIT_THEN_DECIDE);
    if (waitFirst) {
      // Every pass opens with this one wait, its timer started (and cancelled at once when there is work already),
      // and only then reads the state signals change. So a signal that comes in the same workflow task as the end
      // of the last step leads to the same timers whether it is applied before that step's continuation runs or
      // after (the SDK and core do not promise one order between a live task and its replay).
      // (At least 1 ms: the SDK's timer floor, without the marker its condition(fn, 0) would record.)
      if (!(await condition(workToDo, Math.max(1, untilNextPoll())))) s.wantSync('poll', true);
    }
    if (s.unlinkRequested) {
      // A Mono unlink is confirmed with Mono first: a stale one is dropped and the feed goes on.
      if (!(await steps.unlinkStands())) continue;
      const final = await steps.unlink();
      await condition(allHandlersFinished);
      return final;
    }
    if (s.c.reauthNeeded) {
      await steps.awaitReauthorisation();
      continue;
    }
    if (!s.c.backfilled) {
      await steps.backfill();
      if (s.c.backfilled) await steps.reconcileIfPending('sync');
      continue;
    }
    // Under a steady stream of webhooks a sync is always wanted: the feed continues as new first (the wanted sync is
    // carried over and runs in the new run), or its history would grow until the server refuses its tasks.
    if (longHistory() && allHandlersFinished() && !s.c.reauthNeeded && patched('continue-as-new-before-a-wanted-sync'))
      return continueAsNew<typeof accountFeed>({ accountId: s.accountId, config: input.config, carry: s.carry() });
    if (s.syncWanted) {
      await sleep(cfg.coalesceMs);
      await steps.runSync();
      await steps.reconcileIfPending('sync');
      continue;
    }
    if (longHistory()) {
      // A syncNow caller waits for a sync, so waiting only for handlers to finish could wait forever: a new sync
      // request goes first, and the feed continues as new once nothing is pending.
      const busy = () => !!s.syncWanted || !!s.unlinkRequested || s.c.reauthNeeded;
      await condition(() => allHandlersFinished() || busy());
      if (allHandlersFinished() && !busy())
        return continueAsNew<typeof accountFeed>({ accountId: s.accountId, config: input.config, carry: s.carry() });
      continue;
    }
    // Nothing to act on: the wait at the top of the loop waits for it.
    if (waitFirst) continue;
    const woke = await condition(
      () => !!s.syncWanted || !!s.unlinkRequested || s.c.reauthNeeded || workflowInfo().continueAsNewSuggested,
      untilNextPoll(),
    );
    if (!woke) s.wantSync('poll', true);
  }
}
