import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, post, signIn, type Session } from './support/session.js';

// What a reviewer sees right after finishing October: the notice and true figures, never the finished period
// recomputed as if it were still open (an opening from October's close against October's movements again, with
// a warning that the statement balance is wrong). A second click on Finish says it is done; it is no error.

const text = (body: string) =>
  body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');

describe('the statement page after finishing', () => {
  let h: Harness;
  let rita: Session;
  let books: string;
  beforeAll(async () => {
    h = await createHarness();
    await decideEverything(h);
    books = ((await booksBalance(h)) / 100).toFixed(2);
    rita = await signIn(h.app, 'rita');
  });
  afterAll(async () => h?.close());

  const finish = () =>
    post(h.app, rita, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31', books }, false);

  it('shows the notice and no false difference on the page the finish leads to', async () => {
    const done = await finish();
    expect(done.statusCode).toBe(303);
    const page = text((await get(h.app, rita, done.headers.location as string)).body);
    expect(page).toContain('Reconciliation #1 to 2026-10-31 finished by Rita');
    expect(page).not.toContain("differs from the bank's opening");
    expect(page).not.toContain('the statement balance and the cleared lines differ');
  });

  it('shows the finished period itself with its own opening: cleared difference zero, no warning', async () => {
    const page = text((await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
    // said to be finished (not "not ready to finish")
    expect(page).toContain('This statement is finished, as reconciliation #1');
    expect(page).not.toContain('Not ready to finish');
    // Its opening is its first line's, and says so: not "from #1", the close of the very period shown.
    expect(page).not.toContain('from #1');
    expect(page).not.toContain('reconciliation #1 to 2026-10-31');
    expect(page).not.toContain("differs from the bank's opening");
    expect(page).not.toContain('the statement balance and the cleared lines differ');
  });

  it('answers a second Finish (a double click, a resubmitted form) with the notice, not a conflict page', async () => {
    const again = await finish();
    expect(again.statusCode).toBe(303);
    const page = text((await get(h.app, rita, again.headers.location as string)).body);
    expect(page).toContain('Reconciliation #1 to 2026-10-31 is finished already');
    expect(await h.db.db.selectFrom('statement_reconciliations').select('id').execute()).toHaveLength(1);
  });
});
