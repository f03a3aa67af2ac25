import { describe, expect, it } from 'vitest';
import { syncInput, useActivitySandbox } from '../support/feed-harness.js';

// An unlink cancels the feed's bank call (workflows/feed-steps.ts untilUnlinked) and the feed records UNLINKED at
// once, while the cancelled activity learns of it only at its next heartbeat. It must then stop: neither hold its
// slot waiting on Mono nor write the account's sync state over the unlink.

const feed = useActivitySandbox({ seed: 41, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });

const input = (accountId: string) => syncInput(accountId, 10);

async function linked(id: string) {
  const accountId = await feed.sb.linkAccount({
    id,
    institution: 'GTBank',
    kind: 'business',
    historyDays: 8,
    txnsPerDay: 3,
  });
  return accountId;
}

/** A newly linked account and the feed's activities, which have described it (as the feed does first). */
async function describedAccount(name: string) {
  const id = await linked(name);
  const { mono, acts, env } = feed.feedActivities();
  await env.run(acts.describeAccount, id);
  return { id, mono, acts, env };
}

describe('a bank call cancelled by an unlink', () => {
  it('does not write the sync state over UNLINKED', async () => {
    const { id, mono, acts, env } = await describedAccount('cancel-sync');
    // The feed records UNLINKED while the sync's last call (the balance) is in flight; the cancellation has not
    // reached the activity yet (it would with its next heartbeat).
    const balance = mono.getBalance.bind(mono);
    mono.getBalance = async (accountId, opts) => {
      await acts.recordFeedState({ accountId, state: 'UNLINKED' });
      return balance(accountId, opts);
    };
    await env.run(acts.syncAccount, input(id)).catch(() => undefined);
    const row = await feed.db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.state).toBe('UNLINKED');
    expect(row.last_synced_at).toBeNull();
    expect(row.synced_through).toBeNull();
  });

  it('stops a sync cancelled before its last call, writing nothing after it', async () => {
    const { id, mono, acts, env } = await describedAccount('cancel-sync-2');
    let balanceAsked = false;
    const list = mono.listTransactions.bind(mono);
    const starts = new Set<string>();
    mono.listTransactions = async (accountId, filters) => {
      const r = await list(accountId, filters);
      if (filters?.start) starts.add(filters.start);
      // Cancelled during the last (second) window's read: the sync ends there.
      if (starts.size === 2) env.cancel();
      return r;
    };
    mono.getBalance = async () => {
      balanceAsked = true;
      throw new Error('a cancelled sync asked for the balance');
    };
    await expect(env.run(acts.syncAccount, input(id))).rejects.toThrow();
    expect(starts.size).toBe(2);
    expect(balanceAsked).toBe(false);
    const row = await feed.db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.last_synced_at).toBeNull();
  });

  it('ends a refresh that Mono never answers as soon as it is cancelled', async () => {
    const id = await linked('cancel-refresh');
    const { mono, acts, env } = feed.feedActivities();
    let asked!: () => void;
    const inFlight = new Promise<void>((r) => (asked = r));
    mono.refresh = () => {
      asked();
      return new Promise(() => undefined);
    };
    const refresh = env.run(acts.refreshAccount, id);
    await inFlight;
    env.cancel();
    const outcome = await Promise.race([
      refresh.then(
        () => 'answered',
        () => 'cancelled',
      ),
      new Promise<string>((r) => setTimeout(() => r('still waiting'), 2_000).unref()),
    ]);
    expect(outcome).toBe('cancelled');
  });
});
