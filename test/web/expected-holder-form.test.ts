import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdentityActivities } from '../../activities/identity-activities.js';
import type { MonoClient } from '../../adapters/mono/index.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { getIdentity } from '../../db/identity-repository.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, pageText, post, signIn } from './support/session.js';

// The account page said "An administrator can record the company or person" this account should belong to, and
// offered no way to: only `bankfeed accounts show --expect`, folded away "for operators". An administrator now records
// it on the page (CSRF-protected, validated, kept with the identity through db/identity-repository.ts, audited with
// what it replaced); others are told who can.

async function fetchIdentity(h: Harness, fullName: string): Promise<void> {
  await createIdentityActivities({
    db: h.db.db,
    mono: {
      getIdentity: async () =>
        ({
          fullName,
          bvn: null,
          email: null,
          phone: null,
          gender: null,
          dob: null,
          addressLine1: null,
          addressLine2: null,
        }) as unknown as Awaited<ReturnType<MonoClient['getIdentity']>>,
    },
  }).fetchIdentity({ accountId: h.accountId, requestedBy: 'test' });
}

describe('recording the expected account holder on the account page', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await fetchIdentity(h, 'ADEBAYO FOODS LTD');
  });
  afterEach(async () => h?.close());

  const details = () => `/accounts/${h.accountId}/details`;
  const action = () => `/accounts/${h.accountId}/expected-holder`;

  it('offers an administrator the form, and records, checks and audits what they give', async () => {
    const ada = await signIn(h.app, 'ada');
    const page = await get(h.app, ada, details());
    expect(page.body).toContain(`action="${action()}"`);
    expect(page.body).toContain('name="expectedHolder"');
    expect(page.body).toContain('name="_csrf"');

    const res = await post(h.app, ada, action(), { expectedHolder: '  Adebayo Foods Limited ' }, false);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(details());
    const after = pageText((await follow(h.app, ada, res)).body);
    expect(after).toContain('should belong to Adebayo Foods Limited');
    expect(after).toContain('Holder check: the same name');
    expect((await getIdentity(h.db.db, h.accountId))!.expected_holder).toBe('Adebayo Foods Limited');

    // changed: the trail keeps who, and what it replaced
    await post(h.app, ada, action(), { expectedHolder: 'Zenith Lagos Logistics' }, false);
    const trail = await createAuditRepository(h.db.db).listForEntity('account', h.accountId);
    const recorded = trail.filter((e) => e.action === 'account.expected_holder');
    expect(recorded.map((e) => [e.actor, e.before, e.after])).toEqual([
      ['ada', { expectedHolder: null }, { expectedHolder: 'Adebayo Foods Limited' }],
      ['ada', { expectedHolder: 'Adebayo Foods Limited' }, { expectedHolder: 'Zenith Lagos Logistics' }],
    ]);
    const audit = pageText((await get(h.app, ada, '/audit')).body);
    expect(audit).toContain('Recorded the expected account holder');
    expect(audit).toContain('expected holder "Adebayo Foods Limited" → "Zenith Lagos Logistics"');
    expect(pageText((await get(h.app, ada, details())).body)).toContain('does not resemble');
  });

  it('refuses an empty or overlong name in words, and keeps what was on record', async () => {
    const ada = await signIn(h.app, 'ada');
    const empty = await post(h.app, ada, action(), { expectedHolder: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('name the company or person this account should belong to');
    const long = await post(h.app, ada, action(), { expectedHolder: 'x'.repeat(201) });
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('at most 200 characters');
    expect((await getIdentity(h.db.db, h.accountId))!.expected_holder).toBeNull();
  });

  it('is for administrators only: a reviewer is refused and sees no form, and is told who can', async () => {
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, details());
    expect(page.body).not.toContain(`action="${action()}"`);
    expect(pageText(page.body)).toContain('An administrator can record the company or person');
    const res = await post(h.app, rita, action(), { expectedHolder: 'Adebayo Foods Ltd' });
    expect(res.statusCode).toBe(403);
    expect((await getIdentity(h.db.db, h.accountId))!.expected_holder).toBeNull();
  });

  it('refuses a post without the CSRF token', async () => {
    const ada = await signIn(h.app, 'ada');
    const res = await h.app.inject({
      method: 'POST',
      url: action(),
      headers: { cookie: ada.cookie },
      payload: { expectedHolder: 'Adebayo Foods Ltd' },
    });
    expect(res.statusCode).toBe(403);
    expect((await getIdentity(h.db.db, h.accountId))!.expected_holder).toBeNull();
  });

  it('without an identity on record, says when it can be recorded and refuses to record it', async () => {
    const other = `/accounts/${h.otherAccountId}`;
    const ada = await signIn(h.app, 'ada');
    const page = pageText((await get(h.app, ada, `${other}/details`)).body);
    expect(page).toContain("once bankfeed has the holder's identity from the bank");
    const res = await post(h.app, ada, `${other}/expected-holder`, { expectedHolder: 'Kano Traders' });
    expect(res.statusCode).toBe(409);
    expect(pageText(res.body)).toContain('not on record yet');
  });
});
