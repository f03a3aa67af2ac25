import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAccount } from '../../db/account-repository.js';
import { createLogger } from '../../worker/logger.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../worker/webhook-receiver.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { accountOnRecord } from '../support/webhook-outbox.js';

// The clean-clone CI's live-Mono acceptance saw a data call after Mono's webhook said an account needed
// re-authorisation: the feed learns it only when the relay signals it, and an activity starting in between called the
// bank. The receiver now puts it on record with the event, in one transaction, before it answers 200.

const SECRET = 'whsec_reauth_0123456789abcdef';
const logger = createLogger({ silent: true });

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'mono-webhook-secret': SECRET },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

const reauthRequired = (key: string, account: string) => ({
  event: 'mono.events.reauthorisation_required',
  event_id: key,
  data: { account: { _id: account } },
});
const updated = (key: string, account: string, syncStatus: string) => ({
  event: 'mono.events.account_updated',
  event_id: key,
  data: { account: { _id: account }, meta: { data_status: 'AVAILABLE', sync_status: syncStatus } },
});

for (const kind of await databaseKinds()) {
  describe(`a webhook saying re-authorisation is required, on ${kind.name}`, () => {
    let db: TestDb;
    let receiver: WebhookReceiver | null = null;
    const ids = ['plain', 'updated', 'successful', 'unlinked'].map((n) => `acc_reauth_${n}_${kind.name}`);
    const recorded = async (id: string) =>
      (await db.db.selectFrom('accounts').select('bank_reauth_required_at').where('id', '=', id).executeTakeFirst())
        ?.bank_reauth_required_at ?? null;

    beforeAll(async () => {
      db = await kind.open();
      for (const id of ids) await accountOnRecord(db.db, id, 'Reauth test');
      await updateAccount(db.db, ids[3]!, { state: 'UNLINKED' });
      // Temporal down: nothing is signalled, so only the receiver can have put it on record.
      receiver = await startWebhookReceiver({
        db: db.db,
        temporal: () => null,
        taskQueue: 'reauth-record',
        secret: SECRET,
        logger,
        relay: { pollMs: 50 },
      });
    });
    afterAll(async () => {
      await receiver?.close();
      await db?.dispose();
    });

    it('is on record when the receiver answers 200, in either of its forms; a successful update is not', async () => {
      await post(receiver!.url, reauthRequired('r-1', ids[0]!));
      await post(receiver!.url, updated('r-2', ids[1]!, 'REAUTHORISATION_REQUIRED'));
      await post(receiver!.url, updated('r-3', ids[2]!, 'SUCCESSFUL'));
      expect(await recorded(ids[0]!)).not.toBeNull();
      expect(await recorded(ids[1]!)).not.toBeNull();
      expect(await recorded(ids[2]!)).toBeNull();
    });

    it('is not recorded again by a redelivery once re-authorised, nor on an unlinked account', async () => {
      await updateAccount(db.db, ids[0]!, { bank_reauth_required_at: null });
      expect(await post(receiver!.url, reauthRequired('r-1', ids[0]!))).toEqual({ ok: true, duplicate: true });
      expect(await recorded(ids[0]!)).toBeNull();
      await post(receiver!.url, reauthRequired('r-4', ids[3]!));
      expect(await recorded(ids[3]!)).toBeNull();
    });
  });
}
