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
  setHandler(syncNowUpdate, (req) => s.syncNow(req), { validator: (_req: { reason?: string }) => s.validateSyncNow() });
  setHandler(statusQuery, () => s.status());

  for (;;) {
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
    const info = workflowInfo();
    const longHistory = info.continueAsNewSuggested || info.historyLength > cfg.maxHistoryEvents;
    // Under a steady stream of webhooks a sync is always wanted: the feed continues as new first (the wanted sync is
    // carried over and runs in the new run), or its history would grow until the server refuses its tasks.
    if (longHistory && allHandlersFinished() && !s.c.reauthNeeded && patched('continue-as-new-before-a-wanted-sync'))
      return continueAsNew<typeof accountFeed>({ accountId: s.accountId, config: input.config, carry: s.carry() });
    if (s.syncWanted) {
      await sleep(cfg.coalesceMs);
      await steps.runSync();
      await steps.reconcileIfPending('sync');
      continue;
    }
    if (longHistory) {
      // A syncNow caller waits for a sync, so waiting only for handlers to finish could wait forever: a new sync
      // request goes first, and the feed continues as new once nothing is pending.
      const busy = () => !!s.syncWanted || !!s.unlinkRequested || s.c.reauthNeeded;
      await condition(() => allHandlersFinished() || busy());
      if (allHandlersFinished() && !busy())
        return continueAsNew<typeof accountFeed>({ accountId: s.accountId, config: input.config, carry: s.carry() });
      continue;
    }
    const sinceLast = s.c.lastSyncAtMs === null ? cfg.pollIntervalMs : Date.now() - s.c.lastSyncAtMs;
    const woke = await condition(
      () => !!s.syncWanted || !!s.unlinkRequested || s.c.reauthNeeded || workflowInfo().continueAsNewSuggested,
      Math.max(0, cfg.pollIntervalMs - sinceLast),
    );
    if (!woke) s.wantSync('poll', true);
  }
}
