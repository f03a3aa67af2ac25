/** One feed's side of the webhook bench's end-to-end check. */
export interface FeedDeliveries {
  accountId: string;
  /** Events the outbox has on record as handed off to this account's feed. */
  handedOff: number;
  /** Events the feed counted (each event key once). */
  received: number;
}

export interface DeliveryTally {
  handedOff: number;
  received: number;
  /** Handed off but not received, summed feed by feed. */
  lost: number;
  /** Received beyond what was handed off (an event applied twice), summed feed by feed. */
  processedTwice: number;
  /** The feeds whose two counts differ. */
  mismatched: FeedDeliveries[];
}

/**
 * Compares handed-off and received counts per feed, never only in total: a feed missing an event and another
 * counting one extra would cancel out in the totals and pass.
 */
export function tallyDeliveries(feeds: readonly FeedDeliveries[]): DeliveryTally {
  const t: DeliveryTally = { handedOff: 0, received: 0, lost: 0, processedTwice: 0, mismatched: [] };
  for (const f of feeds) {
    t.handedOff += f.handedOff;
    t.received += f.received;
    t.lost += Math.max(0, f.handedOff - f.received);
    t.processedTwice += Math.max(0, f.received - f.handedOff);
    if (f.handedOff !== f.received) t.mismatched.push(f);
  }
  return t;
}

/** Joins the outbox's per-account counts with the feeds' (an account on only one side counts 0 on the other). */
export function feedDeliveries(handedOff: ReadonlyMap<string, number>, received: ReadonlyMap<string, number>) {
  const ids = [...new Set([...handedOff.keys(), ...received.keys()])].sort();
  return ids.map((accountId) => ({
    accountId,
    handedOff: handedOff.get(accountId) ?? 0,
    received: received.get(accountId) ?? 0,
  }));
}
