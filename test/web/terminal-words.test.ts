import { afterAll, beforeAll, expect, it } from 'vitest';
import { saveIdentity } from '../../db/identity-repository.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// Pages are read by accountants: they said "by system:account_connected", showed `bankfeed accounts show …
// --expect` as the way on, and told a person without an account that one is made "with bankfeed users add". The
// words are theirs now; an operator still finds the command, folded away in a <details>.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

/** What a person reads without opening anything: the page's text with its <details> left out. */
const shown = (html: string) =>
  html
    .replace(/<details[\s\S]*?<\/details>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const folded = (html: string) => [...html.matchAll(/<details[\s\S]*?<\/details>/g)].map((m) => m[0]).join(' ');

it('names who fetched the holder in words and keeps the command for operators', async () => {
  const s = await signIn(h.app, 'vera');
  const noIdentity = (await get(h.app, s, `/accounts/${h.accountId}/details`)).body;
  expect(shown(noIdentity)).not.toMatch(/bankfeed accounts|--refresh/);
  expect(folded(noIdentity)).toContain('--refresh');

  await saveIdentity(h.db.db, {
    accountId: h.accountId,
    fullName: 'ADEBAYO STORES LTD',
    bvnLast4: '5432',
    email: null,
    phone: null,
    gender: null,
    dob: null,
    address: null,
    fetchedAt: '2026-10-01T09:00:00.000Z',
    fetchedBy: 'system:account_connected',
  });
  const page = (await get(h.app, s, `/accounts/${h.accountId}/details`)).body;
  expect(shown(page)).not.toMatch(/system:|account_connected|bankfeed accounts|--expect|`/);
  expect(shown(page)).toContain('by bankfeed, when the account was linked');
  expect(shown(page)).toContain('nobody has recorded who this account should belong to');
  expect(folded(page)).toContain('--expect');
});

it('tells a person without an account to ask an administrator, with the command folded away', async () => {
  const page = (await h.app.inject({ method: 'GET', url: '/sign-in' })).body;
  expect(shown(page)).not.toContain('bankfeed users add');
  expect(shown(page)).toContain('Ask an administrator');
  expect(folded(page)).toContain('bankfeed users add');
});
