/**
 * An account whose books are not bound, or are bound and hold no entries yet: the review queue and the statement page
 * say so and what to do next (web/views/books-notice.ts), never that every suggestion is decided; an account whose
 * books hold entries says neither. The walk's own cases are in walk-s30-kenya.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, createKenyaHarness, type KenyaHarness } from './support/kenya.js';
import { get, pageText, signIn } from './support/session.js';

let h: KenyaHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const P = `/accounts/${ACCOUNT}`;

describe('an account with no books to match against', () => {
  it('says on the statement page that the bound books hold no entries yet, and to load the export', async () => {
    h = await createKenyaHarness({ books: false });
    const s = await signIn(h.app, 'wanjiru');
    const page = pageText((await get(h.app, s, `${P}/statement?end=2026-11-30`)).body);
    expect(page).toContain(
      'The books bound to this account (ledger source ke-books, account 1010) hold no entries for it yet',
    );
    expect(page).toContain("Load the accounting system's export");
    const line = pageText((await get(h.app, s, `${P}/lines/${h.bank[0]}`)).body);
    expect(line).toContain('No candidate: the books hold no entries for this account yet.');
    expect(line).not.toContain('explain the line as bank-only');
  });

  it('says on the statement page and on each line that the account is not bound, and who binds it', async () => {
    h = await createKenyaHarness({ books: false, bind: false });
    const reviewer = await signIn(h.app, 'wanjiru');
    const page = pageText((await get(h.app, reviewer, `${P}/statement?end=2026-11-30`)).body);
    expect(page).toContain('This account is not bound to its books yet');
    expect(page).toContain('An admin binds it');
    const queue = pageText((await get(h.app, reviewer, `${P}/review?view=unmatched`)).body);
    expect(queue).toContain('No candidate: the account is not bound to its books yet.');
    expect(queue).not.toContain('No candidate in the books');
    const admin = await signIn(h.app, 'otieno');
    const suggested = pageText((await get(h.app, admin, `${P}/review`)).body);
    expect(suggested).toContain('Bind it to the bank');
    expect(suggested).toContain('Nothing awaits review: no match can be suggested before the account is bound');
  });

  it('says neither once the books hold entries', async () => {
    h = await createKenyaHarness();
    const s = await signIn(h.app, 'wanjiru');
    for (const path of [`${P}/review`, `${P}/review?view=unmatched`, `${P}/statement?end=2026-11-30`]) {
      const text = pageText((await get(h.app, s, path)).body);
      expect(text, path).not.toContain('not bound to its books');
      expect(text, path).not.toContain('hold no entries');
    }
  });
});
