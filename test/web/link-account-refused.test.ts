import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoError } from '../../adapters/mono/index.js';
import type { WebFeedActions } from '../../web/app.js';
import { createHarness, type Harness } from './support/harness.js';
import { post, signIn } from './support/session.js';

// "Create a Mono Connect link" when Mono refuses it (without a redirect URL configured, Mono refuses every link):
// the admin is told what Mono said and what to set, not "something went wrong on our side".

const refused = new MonoError({
  kind: 'bad_request',
  status: 400,
  endpoint: 'POST /v2/accounts/initiate',
  detail: 'Invalid redirect_url: redirect_url is required for scope auth',
});

describe('a link or re-authorisation Mono refuses', () => {
  let h: Harness;
  beforeAll(async () => {
    const feed: WebFeedActions = {
      syncNow: async () => {},
      freshReauthLink: () => Promise.reject(refused),
      linkAccount: () => Promise.reject(refused),
    };
    h = await createHarness({ feed });
  });
  afterAll(async () => h?.close());

  it("says Mono's reason and the setting, as a 502 notice", async () => {
    const ada = await signIn(h.app, 'ada');
    for (const [url, payload] of [
      ['/accounts/link', { name: 'Tema Fisheries', email: 'ops@tema.example' }],
      [`/accounts/${h.accountId}/reauth`, {}],
    ] as const) {
      const res = await post(h.app, ada, url, payload);
      expect(res.statusCode, url).toBe(502);
      expect(res.body, url).toContain('redirect_url is required for scope auth');
      expect(res.body, url).toContain('BANKFEED_REAUTH_REDIRECT_URL');
      expect(res.body, url).not.toContain('Something went wrong on our side');
    }
  });
});
