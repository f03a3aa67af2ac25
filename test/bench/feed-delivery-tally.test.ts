import { describe, expect, it } from 'vitest';
import { feedDeliveries, tallyDeliveries } from '../../bench/feed-delivery-tally.js';

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
});
