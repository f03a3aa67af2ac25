/**
 * Session 42's walk, as an accountant doing a month end on the demo's Kenyan account:
 * `BANKFEED_DATA_DIR=/tmp/walk42/data BANKFEED_WEB_PORT=18842 BANKFEED_WEBHOOK_PORT=18843 npx bankfeed start` (the
 * Mono sandbox, its five accounts and demo books), signed in as the demo admin, driven in Debian's Chromium
 * (playwright-core, headless) at 1400 px and 390 px.
 * Walked on Nairobi Craft Supplies (Equity Bank, KES), the statement to 2026-10-31: the Matched tab's splits the
 * engine made of two bank lines and one invoice (Twiga Foods' two part payments of KSh40,560.00 of INV-2026-2750);
 * Unmatch of one, the statement, Undo, the statement again; Find & match of one M-Pesa till settlement
 * (+KSh13,280.30) to two invoices (INV-2026-2479 and INV-2026-3030, the second the engine's suggestion for another
 * line) with KSh818.70 written off beyond tolerance with a reason holding `<b>x</b>`; its History; Unmatch and Undo
 * of it; the statement page, its Excel workbook and its JSON after each step; the queue, Find & match and the
 * statement at 390 px.
 *
 * What held: every step moved the statement by exactly its amounts and left the difference as it was (the split
 * unmatched: cleared −KSh81,120.00, deposits in transit +KSh81,120.00 (one invoice), credits not in the books
 * +KSh81,120.00 (two lines); the 1:2 match: cleared +KSh13,280.30, deposits in transit −KSh5,883.00, book entries
 * awaiting review −KSh8,216.00, credits not in the books −KSh13,280.30 +KSh8,212.79 (the other line, its suggestion
 * gone), bank lines awaiting review −KSh8,212.79, debits not in the books −KSh818.70 listed first as "write-off to
 * Bank charges:M-Pesa (1)"); each Undo gave back the statement word for word; unmatching the hand match gave the
 * other line its suggestion back; unmatching a split swapped both of its lines in place; Find & match kept the first
 * tick across a second search and warned that INV-2026-3030 was another line's suggestion; the workbook's Summary and
 * the JSON agree with the page figure for figure (KSh980,459.80 not verified, books assumed); the audit trail names
 * both invoices, the write-off and the reason, `<b>x</b>` shown as text; nothing is wider than 390 px. What an
 * accountant would not accept is reproduced here on the test harness, each an `it.fails` whose comment says what was
 * done and seen in the demo, what it should be and where. Screenshots: /tmp/walk42/shots/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, pageText, post, signIn } from './support/session.js';

/** One bank line's row of the queue, as HTML: from its own id to the next line's. */
function lineHtml(body: string, id: number): string {
  const start = body.indexOf(`id="line-${id}"`);
  if (start < 0) return '';
  const next = body.indexOf('id="line-', start + 1);
  return body.slice(start, next < 0 ? undefined : next);
}

describe('walk s42 over HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Nairobi Craft Supplies' Matched tab, searched "PART PAYMENT". Saw (/tmp/walk42/shots/04-matched-split.png):
   * "2026-10-02 +KSh40,560.00 PESALINK TRF FROM TWIGA FOODS PART PAYMENT INV-2026-2750 ✓ Matched automatically",
   * the invoice and the other bank line under it, and nothing of why: the engine's evidence for the group ("every
   * part shares a reference with the other side", "2 bank lines and 1 book entry sum to the same amount"), shown while
   * it was a suggestion, is gone once it is matched. An accountant checking the month's automatic matches cannot
   * tell why two payments were taken as one invoice's.
   * The same for an accepted suggestion. Should be: a matched line shows the evidence its match was made on (as the
   * suggestion did), under the entries. Where: web/views/review-view.ts lineRow (the held branch renders entries,
   * the difference and Unmatch, not `group.evidence`). Severity: medium.
   */
  it('shows on the Matched tab why an accepted match was made, as the suggestion did', async () => {
    const [g] = (await suggestions(h)).filter((s) => s.bankIds.includes(h.bank[0]!));
    expect(g).toBeDefined();
    const row = await h.db.db
      .selectFrom('match_groups')
      .select('evidence')
      .where('id', '=', g!.id)
      .executeTakeFirstOrThrow();
    const evidence = (JSON.parse(row.evidence) as { detail: string }[]).map((e) => e.detail);
    // the suggestion's own words, before it is accepted
    const rita = await signIn(h.app, 'rita');
    const before = await get(h.app, rita, `/accounts/${h.accountId}/review?view=suggested`);
    const word = evidence.find((d) => pageText(lineHtml(before.body, h.bank[0]!)).includes(d));
    expect(word).toBeDefined();
    const accepted = await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: h.bank[0] });
    expect(accepted.statusCode).toBe(200);
    const after = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const matched = pageText(lineHtml(after.body, h.bank[0]!));
    expect(matched).toMatch(/Accepted/);
    expect(matched).toContain(word!);
  });

  /*
   * Did: unmatched the engine's split of Twiga Foods' two part payments and INV-2026-2750 (KSh81,120.00) from the
   * Matched tab. Saw (/tmp/walk42/shots/05-unmatched-split.png) on both lines: "Unmatched by Demo Admin. No candidate
   * in the books. Find the entries by hand, or explain the line as bank-only." INV-2026-2750 is in the books, open,
   * and named in both narrations; the engine rules a pair a person unmatched out of every later run (the header of
   * activities/reconciliation-service.ts), so it will not be suggested again, and the words send the accountant to
   * explain as bank-only a receipt whose invoice is there.
   * Should be: the line says what it was matched to and that the engine will not suggest that entry again ("Unmatched
   * from INV-2026-2750 …: not suggested again; Find & match it to match again"), not that the books hold no
   * candidate. Where: web/views/books-notice.ts noCandidateText (one sentence for every line with no candidate),
   * web/views/review-view.ts lineRow. Severity: medium (a plain misstatement that leads to a wrong bank-only).
   */
  it('does not say "no candidate in the books" of a line just unmatched from an open entry', async () => {
    const service = createReconciliationService({ db: h.db.db });
    const [g] = (await suggestions(h)).filter((s) => s.bankIds.includes(h.bank[0]!));
    await service.confirm(g!.id, 'rita');
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/unmatch`, { line: h.bank[0] });
    expect(res.statusCode).toBe(200);
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`);
    const row = pageText(lineHtml(page.body, h.bank[0]!));
    expect(row).toContain('TRF FROM ADEBAYO STORES');
    // SI-1001 is open in the books: the row names it, and does not say the books hold no candidate
    expect(row).not.toContain('No candidate in the books');
    expect(row).toContain('SI-1001');
  });

  /*
   * Did: after unmatching the Twiga Foods split, reloaded the queue. Saw under it (/tmp/walk42/shots/06-undo-
   * unmatch.png): "Your last decision: Unmatched, 2026-12-07 11:06 Nairobi time [Undo]", and after the undo "Your last
   * decision: Undid a decision, 2026-12-07 11:07 Nairobi time [Undo]": nothing says which line or match the button
   * acts on. With a filter, another tab or a coffee in between, the accountant presses Undo (or u) without knowing what
   * it will put back. Should be: the line and amount the decision was on ("Unmatched 2026-10-02 PESALINK TRF FROM
   * TWIGA FOODS … +KSh40,560.00 from INV-2026-2750"). Where: web/views/review-view.ts (#last-undo, entryLabel only).
   * Severity: low.
   */
  it('names in "Your last decision" the line the Undo button would act on', async () => {
    const service = createReconciliationService({ db: h.db.db });
    const [g] = (await suggestions(h)).filter((s) => s.bankIds.includes(h.bank[0]!));
    await service.confirm(g!.id, 'rita');
    const rita = await signIn(h.app, 'rita');
    await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/unmatch`, { line: h.bank[0] });
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const start = page.body.indexOf('id="last-undo"');
    const bar = pageText(page.body.slice(start, page.body.indexOf('</form>', start)));
    expect(bar).toMatch(/Your last decision: Unmatched/);
    expect(bar).toMatch(/TRF FROM ADEBAYO STORES|125,000\.00/);
  });

  /*
   * Did: pressed Unmatch on "2026-10-02 PESALINK TRF FROM TWIGA FOODS PART PAYMENT INV-2026-2750", one line of a
   * match of two bank lines and one invoice. Saw: no question; both lines and the invoice came apart at once, and the
   * engine will not suggest the pair again (see above). The only way back is the Undo under the queue, which holds
   * the last decision alone. Finishing a reconciliation and resetting a password ask first (data-confirm); this,
   * which takes apart a match of several lines, does not. Should be: Unmatch on a match of more than one bank line or
   * entry asks first, naming what comes apart ("Unmatch both bank lines from INV-2026-2750?"). Where:
   * web/views/review-view.ts lineRow (the held branch's Unmatch form has no data-confirm). Severity: low.
   */
  it('asks before unmatching a match of two bank lines, naming the other line', async () => {
    const service = createReconciliationService({ db: h.db.db });
    await service.manualMatch({
      accountId: h.accountId,
      bankIds: [h.bank[0]!, h.bank[1]!],
      ledgerIds: [h.ledger[0]!, h.ledger[1]!],
      actor: 'rita',
    });
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const row = lineHtml(page.body, h.bank[0]!);
    expect(row).toContain('Unmatch');
    const ask = /data-confirm="([^"]*)"/.exec(row)?.[1] ?? '';
    expect(ask).toMatch(/TRF FROM KANO TRADERS/);
  });
});
