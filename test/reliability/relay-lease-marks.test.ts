import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../workflows/messages.js';
import { databaseKinds } from '../support/databases.js';
import { until } from '../support/until.js';
import {
  accountOnRecord,
  commitFeedEvents,
  outboxDrained,
  signalledKeys,
  useGatedTemporal,
} from '../support/webhook-outbox.js';

// A relay marks events handed off only while it holds the outbox lease, in the same transaction that renews it. One
// that stalls inside a hand-off past its lease, while another relay takes the lease, marks nothing: the events stay
// pending for the new holder, which hands them off again (the feed drops the repeated keys).

const temporal = useGatedTemporal();

const kinds = await databaseKinds();

describe.each(kinds.map((k) => [k.name, k] as const))('the relay marks only under its lease, on %s', (_name, kind) => {
  it('leaves a round unmarked when another relay took the lease during its hand-off', async () => {
    const { client } = temporal;
    const db = await kind.open();
    const taskQueue = `lease-marks-${randomUUID()}`;
    const account = `acc_lease_${randomUUID().slice(0, 8)}`;
    temporal.accounts.push(account);
    try {
      await accountOnRecord(db.db, account, 'Lease test');
      const events: FeedEvent[] = [1, 2, 3].map((i) => ({ key: `${account}-${i}`, type: 'account_updated' }));
      await commitFeedEvents(db.db, account, events);
      const inHandOff = temporal.hold(`account-feed:${account}`);

      const stalled = temporal.startRelay(db.db, { taskQueue, leaseMs: 60_000 });
      await inHandOff;
      // While the first relay waits on Temporal, its lease passes to another process (it stalled past its expiry).
      await db.db
        .updateTable('outbox_leases')
        .set({ holder: 'another-relay', expires_at: new Date(Date.now() + 60_000).toISOString() })
        .where('name', '=', 'webhook-relay')
        .execute();
      temporal.open();
      await until(async () => !stalled.stats.holdsLease);
      await stalled.stop();

      // Its signal went out, but it marked nothing: every event is still pending for the lease's holder.
      expect(await signalledKeys(client, account)).toEqual(events.map((e) => e.key));
      const rows = await db.db.selectFrom('webhook_events').select(['status', 'relay_outcome']).execute();
      expect(rows).toEqual(events.map(() => ({ status: 'received', relay_outcome: null })));
      // The lease was not taken back by the late mark.
      const lease = await db.db.selectFrom('outbox_leases').select('holder').executeTakeFirstOrThrow();
      expect(lease.holder).toBe('another-relay');

      // The holder (here a relay started once the other's lease is gone) hands them off again and marks them.
      await db.db.deleteFrom('outbox_leases').execute();
      const next = temporal.startRelay(db.db, { taskQueue, leaseMs: 60_000 });
      await until(() => outboxDrained(db.db));
      await next.stop();
      const after = await db.db.selectFrom('webhook_events').select(['status', 'relay_outcome']).execute();
      expect(after).toEqual(events.map(() => ({ status: 'handed_off', relay_outcome: 'signalled' })));
      // The feed got the keys twice; it drops the repeats by key (test/feed/account-feed.test.ts).
      expect(await signalledKeys(client, account)).toEqual([...events, ...events].map((e) => e.key));
    } finally {
      await db.dispose();
    }
  }, 60_000);
});
