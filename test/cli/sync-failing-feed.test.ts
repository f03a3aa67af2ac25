import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { updateAccount, upsertAccount } from '../../db/account-repository.js';
import { openDb } from '../../db/connection.js';
import { connectClient } from '../../worker/temporal-connection.js';
import { accountFeedWorkflowId } from '../../workflows/messages.js';
import { runCli } from '../support/cli-in-process.js';

// `bankfeed sync` on an account whose feed Mono had refused for an hour printed "sync requested for <id>" and nothing
// else, as for a healthy feed. It now says on stderr that the feed is failing, since when (the account's clock), its
// last error and that it retries by itself; for an account waiting for re-authorisation, since when and the command
// that prints the link. stdout says what it always did. The feed here is a workflow no worker runs: it takes the
// signal, which is all `sync` asks of it.

const FAILING = `6600${randomUUID().replace(/-/g, '').slice(0, 20)}`;
const PAUSED = `6601${randomUUID().replace(/-/g, '').slice(0, 20)}`;
// an unlink Mono reported that the feed could not confirm and set aside: no failing feed (test/web/sync-set-aside-unlink)
const SET_ASIDE = `6602${randomUUID().replace(/-/g, '').slice(0, 20)}`;
const saved = { ...process.env };
let dir: string;
let client: Client;
let close: () => Promise<void>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-cli-sync-failing-'));
  for (const k of ['MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL', 'DATABASE_URL']) delete process.env[k];
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  Object.assign(process.env, { BANKFEED_DATA_DIR: dir, TEMPORAL_ADDRESS: address, TEMPORAL_NAMESPACE: namespace });
  const db = await openDb({ url: join(dir, 'bankfeed.db') });
  const now = '2026-12-06T08:00:00.000Z';
  for (const [id, name, last4] of [
    [FAILING, 'Adebayo Foods Ltd', '4821'],
    [PAUSED, 'Okafor Studio', '7730'],
    [SET_ASIDE, 'Lekki Logistics Ltd', '5512'],
  ] as const)
    await upsertAccount(
      db.db,
      {
        id,
        name,
        institutionName: 'GTBank',
        institutionCode: '058',
        accountNumberMasked: `******${last4}`,
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        accountType: 'BUSINESS_BANKING',
        customerId: null,
        dataStatus: 'AVAILABLE',
        balanceMinor: null,
        balanceAsOf: null,
      },
      now,
    );
  await updateAccount(db.db, FAILING, {
    state: 'SYNCING',
    last_error:
      "Mono has not sent this account's transactions since 2026-12-06 12:35 Lagos time; bankfeed keeps trying. Mono said: unavailable",
    feed_failing_since: '2026-12-06T11:35:00.000Z',
  });
  await updateAccount(db.db, PAUSED, {
    state: 'REAUTH_REQUIRED',
    bank_reauth_required_at: '2026-12-05T07:00:00.000Z',
  });
  await updateAccount(db.db, SET_ASIDE, {
    state: 'ACTIVE',
    last_error:
      'an account_unlinked webhook was set aside: Mono could not be asked whether the account is still linked (Mono_unavailable: unavailable (HTTP 503)); the next bank call asks again',
  });
  await db.close();
  const c = await connectClient({ address, namespace });
  client = c.client;
  close = () => c.connection.close();
  for (const id of [FAILING, PAUSED, SET_ASIDE])
    await client.workflow.start('accountFeed', {
      workflowId: accountFeedWorkflowId(id),
      taskQueue: `cli-sync-failing-${randomUUID()}`,
      args: [],
    });
}, 60_000);

afterAll(async () => {
  for (const id of [FAILING, PAUSED, SET_ASIDE])
    await client?.workflow
      .getHandle(accountFeedWorkflowId(id))
      .terminate('test done')
      .catch(() => undefined);
  await close?.();
  process.env = saved;
  const d = dir;
  process.once('exit', () => rmSync(d, { recursive: true, force: true }));
});

describe('bankfeed sync on a feed in trouble', () => {
  it('says the feed is failing, since when, why and that it retries by itself', async () => {
    const r = await runCli('sync', FAILING);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`sync requested for ${FAILING}\n`);
    expect(r.stderr).toContain("Adebayo Foods Ltd's feed is failing and has been since 2026-12-06 12:35 Lagos time");
    expect(r.stderr).toContain('Mono said: unavailable');
    expect(r.stderr).toContain('retries by itself');
  });

  it('says since when the bank has asked for re-authorisation and which command prints the link', async () => {
    const r = await runCli('sync', PAUSED);
    expect(r.stderr).toContain('since 2026-12-05 08:00 Lagos time');
    expect(r.stderr).toContain('a sync fetches nothing until they re-authorise');
    // by the account's last four digits, as every command names it
    expect(r.stderr).toContain('`bankfeed reauth 7730` prints it');
  });

  it('on an unlink Mono reported and the feed set aside: says so and what to do, not that the feed is failing', async () => {
    const r = await runCli('sync', SET_ASIDE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`sync requested for ${SET_ASIDE}\n`);
    expect(r.stderr).toContain("Mono reported Lekki Logistics Ltd's account unlinked");
    expect(r.stderr).toContain('the unlink waits to be confirmed');
    expect(r.stderr).toContain('What the feed recorded: an account_unlinked webhook was set aside');
    expect(r.stderr).toContain('the command bankfeed unlink 5512');
    expect(r.stderr).not.toContain('failing');
  });
});
