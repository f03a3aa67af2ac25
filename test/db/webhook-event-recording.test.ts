import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as outbox from '../../db/webhook-event-repository.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// The outbox is written only by batch (group commit); a single delivery is a batch of one, and a redelivery of an
// event on record is dropped by the unique key and reported as not new.

const kinds = await databaseKinds();

const event = (key: string, now: string): outbox.NewWebhookEvent => ({
  key,
  event: 'mono.events.account_updated',
  accountId: 'acc_record',
  body: '{}',
  feedEvent: null,
  now,
});

describe.each(kinds)('recording webhook events on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('says which keys of a batch were new, keeps one row per key, and records a batch of one', async () => {
    const at = '2026-12-01T10:00:00.000Z';
    expect(await outbox.recordWebhookEvents(h.db, [event('k1', at), event('k2', at)])).toEqual(new Set(['k1', 'k2']));
    // A redelivery of k1 beside a new key, then a single redelivery: only the new key counts.
    expect(await outbox.recordWebhookEvents(h.db, [event('k1', at), event('k3', at)])).toEqual(new Set(['k3']));
    expect(await outbox.recordWebhookEvents(h.db, [event('k2', at)])).toEqual(new Set());
    expect(await outbox.recordWebhookEvents(h.db, [])).toEqual(new Set());
    const keys = await h.db.selectFrom('webhook_events').select('event_key').orderBy('event_key').execute();
    expect(keys.map((k) => k.event_key)).toEqual(['k1', 'k2', 'k3']);
  });
});
