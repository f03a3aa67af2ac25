import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedTrouble } from '../../activities/feed-trouble.js';
import type { AccountRow } from '../../db/schema.js';
import { createHarness, type Harness } from './support/harness.js';
import { recordingFeed } from './support/recording-feed.js';
import { follow, get, pageText, post, signIn } from './support/session.js';

// An unlink the feed set aside (workflows/feed-steps.ts: an account_unlinked webhook, or Mono's not-found answer to a
// bank call, that Mono could not be asked to confirm, or that Mono then contradicted) goes on the account's record as
// its last error. "Sync now", `bankfeed sync` and the accounts list read any last error as a failing feed: "the feed
// is failing ... it has not been able to read the bank ... bankfeed retries by itself". What is true: Mono reported
// the account unlinked and the unlink waits to be confirmed (or Mono knew the account after all), and what a person
// can do is link it again or confirm the unlink. Said in one wording (feedTrouble) everywhere.

/** The notes the feed records, as workflows/feed-steps.ts words them. */
const WEBHOOK_SET_ASIDE =
  'an account_unlinked webhook was set aside: Mono could not be asked whether the account is still linked (Mono_unavailable: unavailable (HTTP 503)); the next bank call asks again';
const NOT_FOUND_UNCONFIRMED =
  'Mono answered a bank call not found (Mono_not_found: account not found) and could not be asked whether the account is still linked (Mono_unavailable: unavailable (HTTP 503)); the feed goes on and its next bank call asks again';
const NOT_FOUND_STALE =
  'Mono answered a bank call not found (Mono_not_found: account not found) but still knows the account; the feed goes on';

const facts = (lastError: string, over: Partial<AccountRow> = {}) =>
  ({
    id: '6500aaaa',
    name: 'Adebayo Foods Ltd',
    alias: null,
    account_number_masked: '******4821',
    state: 'ACTIVE',
    timezone: 'Africa/Lagos',
    last_error: lastError,
    feed_failing_since: '2026-12-06T11:35:00.000Z',
    bank_reauth_required_at: null,
    reauth_required_at: null,
    ...over,
  }) as AccountRow;

describe('feedTrouble on an unlink the feed set aside', () => {
  it('the notes it reads are the ones the feed writes', () => {
    const steps = readFileSync(new URL('../../workflows/feed-steps.ts', import.meta.url), 'utf8');
    expect(steps).toContain(
      '`an account_unlinked webhook was set aside: Mono could not be asked whether the account is still linked (',
    );
    expect(steps).toContain(
      '`Mono answered a bank call not found (${said}) and could not be asked whether the account is still linked (',
    );
    expect(steps).toContain(
      '`Mono answered a bank call not found (${said}) but still knows the account; the feed goes on`',
    );
  });

  it('an unlink waiting to be confirmed: Mono reported it, what to do, never "failing"', () => {
    for (const note of [WEBHOOK_SET_ASIDE, NOT_FOUND_UNCONFIRMED]) {
      const t = feedTrouble(facts(note))!;
      expect(t.kind).toBe('unlink');
      expect(t.short).toBe('unlink to confirm');
      expect(t.what).toContain('Adebayo Foods Ltd');
      expect(t.what).toContain('unlinked');
      expect(t.what).toContain('waits to be confirmed');
      expect(t.todo).toContain('link the account again');
      expect(t.todo).toContain('the command bankfeed unlink 4821;');
      expect(t.reason).toBe(note);
      expect(`${t.what} ${t.todo}`).not.toMatch(/failing|not been able to read the bank|retries by itself/);
    }
    expect(feedTrouble(facts(WEBHOOK_SET_ASIDE))!.what).toContain('account_unlinked notice');
    expect(feedTrouble(facts(NOT_FOUND_UNCONFIRMED, { alias: 'payroll' }))!.todo).toContain(
      'the command bankfeed unlink payroll;',
    );
  });

  it('a not-found answer Mono then contradicted: set aside, the feed goes on', () => {
    const t = feedTrouble(facts(NOT_FOUND_STALE))!;
    expect(t.kind).toBe('unlink');
    expect(t.short).toBe('Mono said not found');
    expect(t.what).toContain('still knew the account');
    expect(t.what).toContain('the feed goes on');
    expect(`${t.what} ${t.todo}`).not.toMatch(/failing|waits to be confirmed/);
  });

  // The webhook's note on the record in its own column (patch record-set-aside-unlink): read whatever last_error says
  // (a good read cleared it; a failing read put its own error there), with since when.
  it('the webhook note on record (unlink_set_aside): an unlink to confirm through good and failing reads', () => {
    const onRecord = { unlink_set_aside: WEBHOOK_SET_ASIDE, unlink_set_aside_at: '2026-12-06T11:40:00.000Z' };
    for (const lastError of [null, 'Mono said: unavailable']) {
      const t = feedTrouble(facts(lastError as string, onRecord))!;
      expect(t.kind).toBe('unlink');
      expect(t.short).toBe('unlink to confirm');
      expect(t.what).toContain('account_unlinked notice');
      expect(t.reason).toBe(WEBHOOK_SET_ASIDE);
      expect(t.since).toContain('12:40');
    }
    expect(feedTrouble(facts(null as unknown as string, { ...onRecord, state: 'REAUTH_REQUIRED' }))!.kind).toBe(
      'reauth',
    );
    expect(feedTrouble(facts(null as unknown as string, { ...onRecord, state: 'UNLINKED' }))).toBeNull();
  });

  it('a bank asking for re-authorisation still comes first, and any other error is still a failing feed', () => {
    expect(feedTrouble(facts(NOT_FOUND_UNCONFIRMED, { state: 'REAUTH_REQUIRED' }))!.kind).toBe('reauth');
    expect(feedTrouble(facts('Mono said: unavailable'))!.kind).toBe('failing');
    expect(feedTrouble(facts(NOT_FOUND_UNCONFIRMED, { state: 'UNLINKED' }))).toBeNull();
  });
});

describe('Sync now and the accounts list on an unlink the feed set aside', () => {
  let h: Harness;
  let synced: string[];
  beforeEach(async () => {
    synced = [];
    h = await createHarness({ feed: recordingFeed(synced) });
    await h.db.db
      .updateTable('accounts')
      .set({
        name: 'Adebayo Foods Ltd',
        timezone: 'Africa/Lagos',
        state: 'ACTIVE',
        account_number_masked: '******4821',
        last_error: NOT_FOUND_UNCONFIRMED,
        feed_failing_since: null,
      })
      .where('id', '=', h.accountId)
      .execute();
  });
  afterEach(async () => h?.close());

  it('takes the request and says Mono reported the account unlinked, waiting to be confirmed, and what to do', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/sync`, {});
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    const t = feedTrouble(
      await h.db.db.selectFrom('accounts').selectAll().where('id', '=', h.accountId).executeTakeFirstOrThrow(),
    )!;
    expect(text).toContain(`Sync requested, but ${t.what} ${t.todo}`);
    expect(text).toContain('waits to be confirmed');
    expect(text).not.toContain('failing');
    expect(text).not.toContain('retries by itself');
    expect(synced).toEqual([h.accountId]);
  });

  it('says it in the notice of the page a plain form post leads to, and the list agrees', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/sync`, {}, false);
    expect(res.statusCode).toBe(303);
    const page = (await follow(h.app, rita, res)).body;
    expect(pageText(page)).toContain('waits to be confirmed');
    const main = (await get(h.app, rita, '/')).body.split('acts-acc-main')[0]!;
    expect(pageText(main)).toContain('Active · unlink to confirm');
    expect(pageText(main)).not.toContain('failing');
  });

  it('reads the webhook note on record after a good sync cleared the feed error, and shows it in the list', async () => {
    await h.db.db
      .updateTable('accounts')
      .set({ last_error: null, unlink_set_aside: WEBHOOK_SET_ASIDE, unlink_set_aside_at: '2026-12-06T11:40:00.000Z' })
      .where('id', '=', h.accountId)
      .execute();
    const rita = await signIn(h.app, 'rita');
    const text = pageText((await post(h.app, rita, `/accounts/${h.accountId}/sync`, {})).body);
    expect(text).toContain('account_unlinked notice');
    expect(text).toContain('waits to be confirmed');
    expect(text).toContain(`What the feed recorded: ${WEBHOOK_SET_ASIDE}`);
    const main = pageText((await get(h.app, rita, '/')).body.split('acts-acc-main')[0]!);
    expect(main).toContain('Active · unlink to confirm');
    expect(main).toContain('an account_unlinked webhook was set aside');
    expect(synced).toEqual([h.accountId]);
  });
});
