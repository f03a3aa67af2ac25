/**
 * Session 37's walk, as an accountant closing October for one account: the demo seeded with
 * `BANKFEED_DATA_DIR=/tmp/walk37 npx bankfeed start --once --no-web` (five Mono sandbox accounts, their general-ledger
 * exports), the review app started in-process over that data directory (`startWebApp` with the composition root's
 * running settings), signed in as the demo admin in Debian's Chromium at desktop width and at a phone's (390×844).
 * Walked: the accounts list, Adebayo Foods Ltd's and Kumasi Cocoa Traders' queues (accept, a plain form posted twice,
 * the Matched tab's lines the presets explained, the rule filter), Kumasi's statement at 2026-10-31 and its Excel
 * workbook (opened with the xlsx package), the agreed starting point, the audit trail, Settings, Users, and the error
 * pages (a bad address, an unknown account, a bad date, a form without its CSRF token, a decision posted twice).
 * What an accountant would not accept is reproduced here on the test harness, each with a comment saying what was
 * done and seen in the demo, what it should be and where.
 *
 * What held: the statement foots from what it shows (Kumasi at 2026-10-31: GH₵11,827.34 + 628,087.71 − 51,994.69 +
 * 110,226.84 = 698,147.20 adjusted bank; 595,520.20 + 10,110.00 − 50,230.84 + 98,429.84 = 653,829.20 adjusted books;
 * difference 44,318.00, explained in its note by ten book entries before the period) and its workbook's Summary sheet
 * carries the same figures line for line; it cannot be finished with lines awaiting review (no Finish button, and the
 * reasons in words: "70 bank lines of the period are not decided yet; 87 lines and entries await review; enter the
 * books' balance"). A confirm posted twice answers "Not done: since this page was loaded, this suggestion was accepted
 * by you …; nothing was changed". A bad date or filter says which field and keeps the page. No status colour or text
 * on the accounts list, the queue, the statement, the audit trail, Users, Settings or account details falls under
 * WCAG AA contrast, and every field there has a label. Pages with the demo's data, wall time in Chromium: accounts
 * 190 ms, a queue 170–260 ms, the Matched tab 520 ms, a year's statement 1.3 s (Adebayo, 2,924 lines).
 * Screenshots: docs/screenshots/walk-s37/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideEverything } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn } from './support/session.js';

describe('walk s37 over HTTP: rule-explained lines, error pages', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Adebayo Foods Ltd's Matched tab, read the lines the Nigerian presets explained without a book entry (the
   * ₦53.75 NIP transfer fees, the ₦50.00 levies), to see what I have to post in the books. Saw: "✓ Matched
   * automatically · to post NIP TRANSFER FEE ZENTECH → Bank charges:Transfer fees": nothing in the books was matched
   * (the statement lists these among "debits not in the books"), the amount to post is not on the line that says
   * "to post", and the rule that decided it is not named anywhere on the row (the statement and its workbook name it:
   * "by rule “NIP transfer fee ₦53.75 (VAT inclusive)”"). Should be: the row says the line was explained by the rule,
   * named, and what to post in the books: the amount and the account. Where: web/held-words.ts heldVerb ("Matched
   * automatically" for any auto group), web/views/review-view.ts lineRow (the `to post` item has no amount).
   */
  it('says a line a preset explained was explained by the rule, and what to post to which account', async () => {
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const fee = h.bank[3]!;
    const row = pageText(new RegExp(`id="line-${fee}"[\\s\\S]*?(?=<div class="line"|$)`).exec(page.body)?.[0] ?? '');
    expect(row).toContain('NIP TRANSFER FEE');
    expect(row).not.toContain('Matched automatically');
    expect(row).toMatch(/Explained automatically by rule “[^”]+”/);
    expect(row).toMatch(/to post in the books -₦53\.75 to Bank charges/);
  });

  /*
   * Did: on Adebayo Foods Ltd's Matched tab, wanted October's electronic money transfer levies alone, to agree them to
   * the levy account in the books; the Rule filter offered only "any". Typed the rule into the address
   * (?view=matched&rule=ng-emtl): saw "ng-emtl (0)" selected and every matched line of the account, transfers and
   * invoices among them, the filter silently ignored. Should be: on the Matched tab the Rule filter offers the rules
   * that explained its lines and narrows the tab to them. Where: db/review-repository.ts queueQuery and countViews
   * (the rule narrows only the awaiting-review tab), suggestionRules (only live suggestions' rules), web/views/
   * review-view.ts. Fixed: the rule narrows every tab to what it explains there, and each tab offers its own rules
   * (test/web/rule-filter-tabs.test.ts, test/db/review-rule-filter.test.ts); bulk actions still take only pending
   * candidates.
   */
  it('narrows the Matched tab to the lines a rule explained when that rule is chosen', async () => {
    const fee = h.bank[3]!;
    const group = await h.db.db
      .selectFrom('match_items')
      .innerJoin('match_groups', 'match_groups.id', 'match_items.group_id')
      .select(['match_groups.rule_id'])
      .where('match_items.side', '=', 'bank')
      .where('match_items.item_id', '=', fee)
      .where('match_items.active', '=', 1)
      .executeTakeFirstOrThrow();
    const rule = group.rule_id!;
    // the rest of the account decided as a reviewer would, so the Matched tab holds other lines than the rule's
    await decideEverything(h);
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched&rule=${rule}`);
    expect(page.body).toContain(`<option value="${rule}" selected`);
    const shown = [...page.body.matchAll(/id="line-(\d+)"/g)].map((m) => Number(m[1]));
    expect(shown).toEqual([fee]);
  });

  /*
   * Did: typed an account's address with a mistake (/accounts/6500000000000000000a001/review, a digit short). Saw "No
   * account "…"." and "Back to the account", which leads to /accounts/<the same mistake>/details: another "Not found".
   * Should be: back to the accounts when the address names no account. Where: web/app.ts backLink, which sends any
   * refused address under /accounts/<id>/ to that id's details page.
   */
  it('sends an address naming no account back to the accounts, not to another page of it', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await get(h.app, rita, '/accounts/no-such-account/review');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('href="/accounts/no-such-account/');
    expect(res.body).toContain('href="/">Back to the accounts');
  });

  /*
   * Did: left the queue open in a tab, signed in again in another (a new session, a new token), came back and pressed
   * Reject on a suggestion. Saw: "Not allowed · This form has expired or did not come from this app (missing or
   * invalid CSRF token). Reload the page and try again." and "Back to the account", to the holder's details page. An
   * accountant does not know what a CSRF token is, is not told whether the rejection was saved, and is sent to a page
   * that is not the queue. Should be: plain words that nothing was saved and what to do, and a way back to the queue.
   * Where: web/app.ts (the error handler's CSRF message, backLink).
   */
  it('says in plain words that a refused form saved nothing, and leads back to the queue', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await h.app.inject({
      method: 'POST',
      url: `/accounts/${h.accountId}/groups/1/reject`,
      headers: { cookie: rita.cookie },
      payload: { _csrf: 'stale-token', line: String(h.bank[0]) },
    });
    expect(res.statusCode).toBe(403);
    const text = pageText(res.body);
    expect(text).not.toMatch(/CSRF/i);
    expect(text).toMatch(/nothing was (saved|changed)/i);
    expect(res.body).toContain(`href="/accounts/${h.accountId}/review"`);
  });
});
