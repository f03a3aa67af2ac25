import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

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

/**
 * Per account, the events the outbox records as signalled to its feed: only those a feed can have counted. Events
 * handed off as 'ignored' (an ended feed, no feed event) or 'unknown-account' reached no feed.
 */
export async function signalledByAccount(db: Kysely<Database>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const rows = await db
    .selectFrom('webhook_events')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'handed_off')
    .where('relay_outcome', '=', 'signalled')
    .groupBy('account_id')
    .execute();
  for (const r of rows) out.set(r.account_id ?? '(no account)', Number(r.n));
  return out;
}
