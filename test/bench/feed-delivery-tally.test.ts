import { describe, expect, it } from 'vitest';
import { markWebhookEventsHandedOff, pendingWebhookEvents } from '../../db/webhook-event-repository.js';
import { feedDeliveries, signalledByAccount, tallyDeliveries } from '../../bench/feed-delivery-tally.js';
import { openSqliteTestDb } from '../support/databases.js';
import { commitFeedEvents } from '../support/webhook-outbox.js';

// bench:webhooks passes only when every feed received exactly what the outbox handed it: checked feed by feed.

describe('the webhook bench delivery tally', () => {
  it('fails an account missing one event beside another with one extra, though the totals agree', () => {
    const t = tallyDeliveries(
      feedDeliveries(
        new Map([
          ['acc_a', 10],
          ['acc_b', 10],
          ['acc_c', 5],
        ]),
        new Map([
          ['acc_a', 9],
          ['acc_b', 11],
          ['acc_c', 5],
        ]),
      ),
    );
    expect(t.handedOff).toBe(t.received);
    expect(t.lost).toBe(1);
    expect(t.processedTwice).toBe(1);
    expect(t.mismatched.map((f) => f.accountId)).toEqual(['acc_a', 'acc_b']);
  });

  it('passes when every feed received what it was handed', () => {
    const t = tallyDeliveries(feedDeliveries(new Map([['acc_a', 3]]), new Map([['acc_a', 3]])));
    expect(t).toEqual({ handedOff: 3, received: 3, lost: 0, processedTwice: 0, mismatched: [] });
  });

  it('counts events handed to an account with no feed as lost, and a feed nothing was handed to as extra', () => {
    const t = tallyDeliveries(feedDeliveries(new Map([['acc_gone', 2]]), new Map([['acc_new', 1]])));
    expect(t).toMatchObject({ lost: 2, processedTwice: 1 });
    expect(t.mismatched).toEqual([
      { accountId: 'acc_gone', handedOff: 2, received: 0 },
      { accountId: 'acc_new', handedOff: 0, received: 1 },
    ]);
  });

  it('counts for a feed only the events signalled to it, not those handed off as ignored or unknown-account', async () => {
    const db = await openSqliteTestDb();
    try {
      await commitFeedEvents(
        db.db,
        'acc_a',
        [1, 2, 3, 4].map((i) => ({ key: `a-${i}`, type: 'account_updated' })),
      );
      await commitFeedEvents(db.db, 'acc_b', [{ key: 'b-1', type: 'account_updated' }]);
      const ids = new Map((await pendingWebhookEvents(db.db, { limit: 10 })).map((e) => [e.key, e.id]));
      const at = new Date().toISOString();
      const id = (k: string) => ids.get(k)!;
      await markWebhookEventsHandedOff(db.db, [id('a-1'), id('a-2')], 'signalled', at);
      await markWebhookEventsHandedOff(db.db, [id('a-3')], 'ignored', at);
      await markWebhookEventsHandedOff(db.db, [id('b-1')], 'unknown-account', at);
      // a-4 is still pending.
      expect(await signalledByAccount(db.db)).toEqual(new Map([['acc_a', 2]]));
    } finally {
      await db.dispose();
    }
  });
});
