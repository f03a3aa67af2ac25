import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// The accounts overview showed a paused account's re-authorisation link to everyone signed in. The link is a
// capability (whoever holds it can re-connect the account; it is never logged): a viewer, who may only read, is told
// a reviewer has it; reviewers and admins, who may issue one and send it, see it.

const LINK = 'http://127.0.0.1:9/link/reauth-session-6f1c2d';

describe("a paused account's re-authorisation link on the overview", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.db.db
      .updateTable('accounts')
      .set({ state: 'REAUTH_REQUIRED', reauth_url: LINK })
      .where('id', '=', h.accountId)
      .execute();
  });
  afterAll(async () => h?.close());

  it('is not shown to a viewer', async () => {
    const page = (await get(h.app, await signIn(h.app, 'vera'), '/')).body;
    expect(page).not.toContain(LINK);
    expect(page).not.toContain('reauth-session');
    expect(page).toContain('A reviewer can send them the link.');
  });

  it('is shown to a reviewer', async () => {
    const page = (await get(h.app, await signIn(h.app, 'rita'), '/')).body;
    expect(page).toContain(`href="${LINK}"`);
  });
});
