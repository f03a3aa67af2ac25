import type { Client } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoError, RetryAfterHold } from '../../adapters/mono/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import type { WebFeedActions } from '../../web/app.js';
import { createFeedActions } from '../../worker/web-feed-actions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// "Link a new account" in the demo: with no redirect URL configured the sandbox (as Mono) refused every link, so the
// demo could not link an account at all. The demo sends the holder back to the app's own page, which says what happens
// next; live, a refusal still names the setting (link-account-refused.test.ts).

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2222 });
}, 60_000);
afterAll(async () => sandbox?.close());

const customer = { name: 'Tema Fisheries', email: 'ops@tema.example' };
const returnTo = 'http://127.0.0.1:8788/accounts/linked';
const actions = (linkReturnsToApp: boolean) =>
  createFeedActions({
    client: {} as Client, // not used by a link request
    db: null as never, // nor is the database
    mono: { baseUrl: sandbox.url, secretKey: sandbox.secretKey },
    retryAfterHold: new RetryAfterHold(),
    linkReturnsToApp,
  });

describe('linking an account in the demo', () => {
  it('issues a link that brings the holder back to the app', async () => {
    const link = await actions(true).linkAccount(customer, returnTo);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const done = await fetch(link, {
      method: 'POST',
      body: new URLSearchParams({ institution: '058', kind: 'business', username: 'user_good', password: '123456' }),
      redirect: 'manual',
    });
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toMatch(
      /^http:\/\/127\.0\.0\.1:8788\/accounts\/linked\?code=.+&status=linked/,
    );
  });

  it('is still refused live without a redirect URL (the refusal names the setting)', async () => {
    await expect(actions(false).linkAccount(customer, returnTo)).rejects.toBeInstanceOf(MonoError);
  });
});

describe("the app's side of a demo link", () => {
  let h: Harness;
  const asked: string[] = [];
  beforeAll(async () => {
    const feed: WebFeedActions = {
      syncNow: async () => {},
      freshReauthLink: async () => 'http://mono.example/reauth',
      linkAccount: async (_c, back) => {
        asked.push(back);
        return 'http://mono.example/link/abc';
      },
    };
    h = await createHarness({ feed });
  });
  afterAll(async () => h?.close());

  it("asks for the link with the app's own page to come back to", async () => {
    const ada = await signIn(h.app, 'ada');
    const res = await post(h.app, ada, '/accounts/link', customer);
    expect(res.statusCode).toBe(200);
    expect(asked).toEqual(['http://localhost:80/accounts/linked']);
  });

  it('says the account is linked and its feed starts, without showing the exchange code', async () => {
    const ada = await signIn(h.app, 'ada');
    const back = await get(h.app, ada, '/accounts/linked?code=code_5ecret&status=linked&reference=r1');
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe('/');
    const overview = await get(h.app, ada, '/');
    expect(overview.body).toContain('The bank account is linked at Mono. Its feed starts when Mono confirms');
    expect(overview.body).not.toContain('5ecret');
  });

  it('says so when Mono did not link it', async () => {
    const ada = await signIn(h.app, 'ada');
    await get(h.app, ada, '/accounts/linked?status=failed');
    expect((await get(h.app, ada, '/')).body).toContain('Mono did not link the account (status &quot;failed&quot;)');
  });
});
