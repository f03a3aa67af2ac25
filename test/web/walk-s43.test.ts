/**
 * Session 43's walk, as an accountant doing October's month end on the demo's Lekki Logistics account (the demo holds
 * no South African account; Lekki Logistics Ltd, Access Bank, NGN, which no walk since s34 has used):
 * `BANKFEED_DATA_DIR=/tmp/walk43/data BANKFEED_WEB_PORT=18943 BANKFEED_WEBHOOK_PORT=18944 npx bankfeed start` (the Mono
 * sandbox, its five accounts and demo books), signed in as the demo admin, then as a viewer and a reviewer added on the
 * Users page, driven in Debian's Chromium (playwright-core, headless) at 1400 px and 390 px. Walked, the statement at
 * 2026-10-31 after each step: the queue filtered to October; Accept… of Zentech's receipt (+₦712,521.81, INV-2026-2811
 * short by ₦39.19) with the tolerance overridden and a reason holding `<script>`; Reject of Lagos Buildmart's
 * (+₦974,102.41) and the same invoice matched again by Find & match with ₦53.59 written off; Find & match of a POS
 * settlement (+₦242,772.96) to two invoices (INV-2026-2479 and INV-2026-0781, the second another line's suggestion)
 * with ₦12,386.04 written off to Bank charges:POS MSC and a reason holding `<script>`; bank-only of a fuel purchase to
 * Motor vehicle expenses:Fuel; Undo, and Undo again; the books' balance typed from the trial balance (₦60,022,366.54)
 * and the statement's (₦2,499,144.70); the workbook, the JSON, the audit trail and its CSV; an agreed starting point
 * shown (not set) at 2026-09-30; a viewer and a reviewer (double-clicked bank-only, a session ended mid write-off by a
 * password reset); the keyboard (j k a r u / ?); bad amounts in every amount field; each page at 390 px.
 *
 * What held: every decision moved the statement by exactly its amounts and left the difference as it was (the accept:
 * cleared +₦712,521.81, book entries awaiting review −₦712,561.00, debits not in the books −₦39.19; the reject: the
 * invoice to deposits in transit, the line to credits not in the books; the split: deposits in transit −₦203,314.00,
 * book entries awaiting review −₦51,845.00, and the other Dangote line, its suggestion gone, to credits not in the
 * books; each Undo gave the figures back); the statement foots on both sides (₦2,499,144.70 + 64,979,963.00 −
 * 7,648,595.00 + 21,174,093.36 = 81,004,606.06; 60,022,366.54 + 1,715,569.08 − 4,862,190.90 + 20,176,507.34 =
 * 77,052,252.06), and its difference, ₦3,952,354.00, is real: the books' balance is the one typed, "as entered", the
 * bank's opening the books never recorded (with the books assumed it said NOT VERIFIED); a statement balance typed with
 * the wrong sign is flagged against the feed's running balance; the workbook's Summary and the JSON agree with the
 * page's statement figure for figure (not its cleared figures: below), and the Reconciling items sheet holds all 1,009
 * items; the audit trail page names both invoices, the write-offs, each reason and each person, `<script>` and a name
 * holding `<b>` shown as text; refusals in words (a write-off beyond tolerance without the tick, a reason of spaces,
 * 65.264,66, 1e5, 20 digits, a 30th of February); the viewer sees no decision button and a forged POST is refused in
 * words; a double-click sends one POST; the ended session says the press was not saved and returns to the queue; the
 * Unmatch of the split asks first, naming both invoices; Find & match warns that INV-2026-0781 was another line's
 * suggestion and keeps a tick across searches; no page is wider than 390 px. What an accountant would not accept is
 * reproduced here on the test harness, each a test whose comment says what was done and seen in the demo, what it
 * should be and where (written as `it.fails`; each passes since its fix). Screenshots: /tmp/walk43/shots/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { notSyncedText } from '../../activities/nightly-sync-check.js';
import { validateReportDocument } from '../reports/report-schema.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, pageText, post, signIn } from './support/session.js';

/** One bank line's row of the queue, as HTML: from its own id to the next line's. */
function lineHtml(body: string, id: number): string {
  const start = body.indexOf(`id="line-${id}"`);
  if (start < 0) return '';
  const next = body.indexOf('id="line-', start + 1);
  return body.slice(start, next < 0 ? undefined : next);
}

describe('walk s43 over HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Lekki Logistics Ltd's queue, Accept… on "2026-10-08 +₦712,521.81 NIP/TRF/…/ZENTECH SOLUTIONS LTD/PYMT
   * INV-2026-2811", suggested at 91% against INV-2026-2811 (+₦712,561.00) on "reference digits 20262811 in bank text
   * and ledger entry" and "party named in narration similar to ZENTECH SOLUTIONS LTD", ₦39.19 short; ticked the
   * override, gave a reason, Accept with write-off. Saw on the Matched tab (/tmp/walk43/shots/40-matched-accepted-
   * writeoff.png): "✓ Accepted with a write-off by Demo Admin", the invoice and "Writes off ₦39.19 to Bank charges",
   * and nothing of why: the evidence is gone, and the audit trail's entry for it has an empty "Evidence or rule"
   * column.
   * Every one of the account's 37 suggestions was short by a transfer charge and could only be accepted this way, so
   * the evidence a matched line keeps since walk s42 is lost for all of them. Should be: a suggestion accepted with a
   * write-off keeps its evidence on the Matched tab (and in the audit entry), as one accepted as it stood does. Where:
   * web/routes/match-routes.ts (POST …/groups/:groupId/write-off calls service.manualMatch), activities/reconciliation-
   * service.ts manualMatch (the new group's `evidence: []`, acceptedSuggestionId only in the audit detail), read by
   * web/views/review-view.ts evidenceList. Severity: medium.
   */
  it('keeps on the Matched tab the evidence of a suggestion accepted with a write-off', async () => {
    const g = (await suggestions(h)).find((s) => s.bankIds.includes(h.bank[4]!));
    expect(g?.differenceMinor).toBe(-10_000);
    const row = await h.db.db
      .selectFrom('match_groups')
      .select('evidence')
      .where('id', '=', g!.id)
      .executeTakeFirstOrThrow();
    const evidence = (JSON.parse(row.evidence) as { detail: string }[]).map((e) => e.detail);
    const rita = await signIn(h.app, 'rita');
    const before = await get(h.app, rita, `/accounts/${h.accountId}/review?view=suggested`);
    const word = evidence.find((d) => pageText(lineHtml(before.body, h.bank[4]!)).includes(d));
    expect(word).toBeDefined();
    const accepted = await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/write-off`, {
      line: h.bank[4],
      account: 'Bank charges',
    });
    expect(accepted.statusCode).toBe(200);
    const after = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const matched = pageText(lineHtml(after.body, h.bank[4]!));
    expect(matched).toContain('Accepted with a write-off');
    expect(matched).toContain(word!);
    // and the audit entry's "Evidence or rule" column
    const audit = await get(h.app, rita, `/audit?account=${h.accountId}&action=manual_match`);
    const entry = /<tr id="audit-\d+">[\s\S]*?<\/tr>/.exec(audit.body)?.[0] ?? '';
    expect(pageText(entry)).toContain('Accepted with a write-off');
    expect(pageText(entry)).toContain(word!);
  });

  /*
   * Did: rejected the engine's suggestion for "2026-10-26 +₦974,102.41 NIP/TRF/…/LAGOS BUILDMART ENT/inv-2026-2990
   * settlement" (INV-2026-2990, +₦974,156.00, ₦53.59 short) to look at it again later. Saw in place and on the
   * Unmatched tab (/tmp/walk43/shots/06-rejected.png): "No candidate in the books. Find the entries by hand, or explain
   * the line as bank-only." INV-2026-2990 is open in the books and named in the narration; the engine will not offer
   * the pair again; the words send the accountant, or the colleague who picks the line up next week, to explain a
   * customer's receipt as bank-only. Walk s42 had this fixed for a match unmatched, not for a suggestion rejected.
   * Should be: the line says what was rejected, by whom, and that Find & match can still match it ("Rejected
   * INV-2026-2990 … by Demo Admin: nothing else is suggested; Find & match to match it"). Where: web/review-data.ts
   * (`apart` reads only groups of status 'undone'), web/views/review-view.ts lineRow → books-notice.ts
   * noCandidateText. Severity: medium (a plain misstatement that leads to a wrong bank-only).
   */
  it('does not say "No candidate in the books" of a line whose suggestion was just rejected', async () => {
    const [g] = (await suggestions(h)).filter((s) => s.bankIds.includes(h.bank[0]!));
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/reject`, { line: h.bank[0] });
    expect(res.statusCode).toBe(200);
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`);
    const row = pageText(lineHtml(page.body, h.bank[0]!));
    expect(row).toContain('TRF FROM ADEBAYO STORES');
    expect(row).not.toContain('No candidate in the books');
    expect(row).toContain('SI-1001');
  });

  /*
   * Did: Reject, then Find & match on the same Lagos Buildmart line, to match INV-2026-2990 with its ₦53.59 written
   * off. Saw (/tmp/walk43/shots/07-find-822.png): the panel opened searching the line's own amount, 974102.41, from
   * 2026-07-28 to 2026-11-25, and said "No open entry matches the search." The invoice, the engine's own suggestion a
   * minute earlier, is ₦53.59 more; it was found only after clearing the amount and typing 2990. The same for the POS
   * settlement (+₦242,772.96): nothing until the amount was cleared. In Nigeria most receipts arrive short of their
   * invoice by a transfer charge, so the first search of nearly every receipt finds nothing. Should be: the first
   * search finds open entries near the line's amount (at least within the charges the engine itself recognises, as its
   * suggestion did), or leaves the amount out. Where: web/routes/match-routes.ts (GET …/lines/:lineId/find fills the
   * amount with the line's own), db/review-repository.ts searchLedger (amount_minor equal to it, either sign).
   * Severity: medium-low.
   */
  it("finds on Find & match's first search the invoice a receipt pays short by a charge", async () => {
    // TRF FROM OKON VENTURES +₦9,900.00; SI-1004 Okon Ventures +₦10,000.00, the engine's suggestion for it
    const rita = await signIn(h.app, 'rita');
    const panel = await get(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[4]}/find`);
    expect(panel.statusCode).toBe(200);
    const text = pageText(panel.body);
    expect(text).toContain('Ticked: bank +₦9,900.00');
    expect(text).toContain('SI-1004');
  });

  /*
   * Did: Find & match of "2026-10-12 +₦242,772.96 POS SETTLEMENT MID 2057LA877940 121026" to INV-2026-2479 and
   * INV-2026-0781 (₦255,159.00), "beyond tolerance" ticked, ₦12,386.04 posted to Bank charges:POS MSC with the reason
   * "Merchant service charge withheld …". Saw on the row and the Matched tab (/tmp/walk43/shots/41-matched-split.png):
   * "Matched by hand by Demo Admin", the two invoices and "Writes off ₦12,386.04 to Bank charges:POS MSC": not that the
   * tolerance (₦0.00) was overridden, nor the reason. The reviewer who checks the month's write-offs on the Matched tab
   * cannot tell a ₦12,386.04 write-off someone justified from one within tolerance without opening each line's
   * History. Should be: a write-off made beyond the tolerance says so on the row, with its reason ("beyond the
   * tolerance, overridden by Demo Admin: Merchant service charge withheld"). Where: web/views/review-view.ts lineRow
   * (the held branch writes group.writeOff only; the reason is kept only in the audit entry's writeOffOverride).
   * Severity: medium-low.
   */
  it('shows on a matched row that its write-off overrode the tolerance, and why', async () => {
    const rita = await signIn(h.app, 'rita');
    const reason = 'Till short, cashier signed off';
    // CASH DEPOSIT LEKKI +₦30,000.00 against CS-1 (₦18,000.00): ₦12,000.00 beyond the 2% tolerance
    const res = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: h.bank[5],
      bank: h.bank[5],
      ledger: [h.ledger[4]],
      writeOffAccount: 'Cash shortages',
      override: '1',
      reason,
    });
    expect(res.statusCode).toBe(200);
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const row = pageText(lineHtml(page.body, h.bank[5]!));
    expect(row).toContain('Writes off ₦12,000.00 to Cash shortages');
    expect(row).toContain(reason);
  });

  /*
   * Did: on the statement at 2026-10-31 with the statement's and the books' balances typed, read the top of the page:
   * "Opening (cleared) ₦3,952,354.00", "Cleared 2025-11-20 – 2026-10-31 -₦18,649,496.67, 1,821 of 1,882 lines",
   * "Cleared difference ₦17,196,287.37 … must be zero to finish", and "Opening to closing, each side" (the books'
   * opening ₦13,152,071.00 derived from the balance typed, movements −₦1,453,209.30 and ₦46,870,295.54); then the
   * page's Excel workbook and JSON, "the same statement … every item listed". Saw: neither holds any of those figures
   * (the Summary sheet starts at the balance per bank; the JSON has no opening, cleared or roll-forward field). The
   * working paper filed for the month cannot show the proof the finish rests on, nor tie back to the page. Should be:
   * the workbook's Summary (and the JSON) carry the opening, the cleared total, the cleared difference and each
   * side's opening, movements and closing, as the page shows them. Where: web/statement-checkpoint.ts (the cleared
   * figures and the books' roll-forward are the page's own, beside the report), activities/report-builder.ts
   * (bookRollForward is not in the report document the writers take), adapters/reports (Summary). Severity:
   * medium-low.
   */
  it("carries the page's cleared difference into the statement's workbook", async () => {
    const rita = await signIn(h.app, 'rita');
    const q = 'end=2026-10-31&balance=&books=400000';
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?${q}`);
    expect(page.statusCode).toBe(200);
    const cleared = /Cleared difference\s+(-?₦[\d,.]+)/.exec(pageText(page.body))?.[1];
    expect(cleared).toBe('₦272,900.00');
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement.xlsx?${q}`);
    expect(xlsx.statusCode).toBe(200);
    const summary = utils.sheet_to_json<unknown[]>(read(xlsx.rawPayload).Sheets['Summary']!, { header: 1, raw: false });
    const row = summary.find((r) => /cleared difference/i.test(String(r[0] ?? '')));
    expect(row).toBeDefined();
    expect(row).toContain(cleared);
    // and the JSON, the same document's proof (docs/report.schema.json)
    const json = await get(h.app, rita, `/accounts/${h.accountId}/statement.json?${q}`);
    const doc = JSON.parse(json.body) as { statements: Array<{ statement: { proof?: Record<string, unknown> } }> };
    validateReportDocument(doc);
    const proof = doc.statements[0]!.statement.proof as { clearedDifference: { amount: string } } | undefined;
    expect(proof?.clearedDifference.amount).toBe('272900.00');
  });

  /*
   * Did: on Audit, filtered to the account, Export CSV, to file the month's trail with the working papers. Saw
   * (/tmp/walk43/bankfeed-audit.csv): "2026-12-07T10:49:10.447Z,demo-admin,manual_match,6500000000000000000a0003,
   * match_group,8192,"— → manual; bank 1754; books 3603, 4211; write-off ₦12,386.04 to Bank charges:POS MSC; …"": the
   * time in UTC, the person by username, the action by code, and the bank line and the two invoices by row ids nobody
   * can look up; a bank-only line reads "write-off ₦17,062.27 to Motor vehicle expenses:Fuel". The page names the same
   * entry "2026-12-07 11:49 Lagos time, Demo Admin, Matched by hand, bank: 2026-10-12 ₦242,772.96 POS SETTLEMENT …;
   * books: … INV-2026-0781 …, … INV-2026-2479 …". The CSV is the only file of the trail an auditor is given. Should be:
   * the CSV says what the page says (the line's date, amount and narration, the entries' references, the action in
   * words, the account's clock), the ids kept in columns of their own for scripts. Where: web/routes/audit-routes.ts
   * (GET /audit.csv: changeInWords without the items the page passes it, e.at, e.actor, e.action). Severity:
   * low-medium.
   */
  it('names in the audit CSV the bank line and the entries a decision was on, as the page does', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: h.bank[5],
      bank: h.bank[5],
      ledger: [h.ledger[4], h.ledger[5]],
    });
    expect(res.statusCode).toBe(200);
    const page = pageText((await get(h.app, rita, `/audit?account=${h.accountId}`)).body);
    expect(page).toContain('CASH DEPOSIT LEKKI');
    const csv = (await get(h.app, rita, `/audit.csv?account=${h.accountId}`)).body;
    const row = csv.split('\n').find((l) => l.includes('manual_match') || l.includes('Matched by hand')) ?? '';
    expect(row).toContain('CASH DEPOSIT LEKKI');
    expect(row).toContain('CS-1');
  });

  /*
   * Did: matched the POS settlement by hand to INV-2026-2479 and INV-2026-0781, the second the engine's suggestion for
   * "2026-03-19 +₦51,811.45 NIP/TRF/…/DANGOTE FOODS LTD/inv 2026/781" (the panel said so before the match). Saw on that
   * line afterwards: "No candidate in the books. Find the entries by hand, or explain the line as bank-only." Its
   * invoice is in the books, matched by a person to another line a minute ago; the line that names it is sent to
   * bank-only, and nothing on it says where its invoice went. Should be: the line says its suggestion's entry was
   * matched by hand to another line, naming both ("INV-2026-0781 was matched by Demo Admin to 2026-10-12 POS
   * SETTLEMENT …: unmatch that, or match this line another way"). Where: web/review-data.ts (a suggestion held by an
   * active match is dropped from `live`, and nothing replaces it), books-notice.ts noCandidateText. Severity: low.
   */
  it('says where the suggested entry went when a person matched it to another line', async () => {
    const kano = (await suggestions(h)).find((s) => s.bankIds.includes(h.bank[1]!));
    expect(kano?.ledgerIds).toEqual([h.ledger[1]]);
    const rita = await signIn(h.app, 'rita');
    // SI-1002 (Kano Traders, ₦80,000.00) matched by hand to the cash deposit, the difference justified
    const res = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: h.bank[5],
      bank: h.bank[5],
      ledger: [h.ledger[1]],
      writeOffAccount: 'Suspense',
      override: '1',
      reason: 'cleared later',
    });
    expect(res.statusCode).toBe(200);
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=unmatched`);
    const row = pageText(lineHtml(page.body, h.bank[1]!));
    expect(row).toContain('TRF FROM KANO TRADERS');
    expect(row).not.toContain('No candidate in the books');
    expect(row).toContain('SI-1002');
  });

  /*
   * Did: marked "2026-10-17 -₦17,062.27 POS PURCHASE @ TOTAL ENERGIES LEKKI NG" bank-only to Motor vehicle
   * expenses:Fuel, pressed Undo (the bank-only gone), then the Undo under the queue again. Saw: the bank-only back in
   * place, the notice "Undone by Demo Admin." and the bar "Your last decision: Undid a decision — 2026-10-17 POS
   * PURCHASE @ TOTAL ENERGIES LEKKI NG -₦17,062.27" (/tmp/walk43/shots/16-undo-undo.png): the same words as after the
   * first Undo, when the line was the opposite. Nothing says the bank-only is in place again, nor what the next Undo
   * (or u) will do. Should be: the second undo says it put the decision back ("Explained as bank-only again …"), and
   * the bar names what is in place. Where: web/routes/review-routes.ts (POST …/undo answers VERB.undo, "Undone"),
   * web/views/review-view.ts (#last-undo: entryLabel of the undo entry, "Undid a decision"). Severity: low.
   */
  it('says, after an undo is undone, that the decision is back in place', async () => {
    const rita = await signIn(h.app, 'rita');
    const bankOnly = await post(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[6]}/bank-only`, {
      line: h.bank[6],
      account: 'Bank charges',
    });
    expect(bankOnly.statusCode).toBe(200);
    const first = /name="auditId" value="(\d+)"/.exec(bankOnly.body)![1]!;
    const undone = await post(h.app, rita, `/accounts/${h.accountId}/undo`, { auditId: first, line: h.bank[6] });
    expect(undone.statusCode).toBe(200);
    const second = /name="auditId" value="(\d+)"/.exec(undone.body)![1]!;
    const redone = await post(h.app, rita, `/accounts/${h.accountId}/undo`, { auditId: second, line: h.bank[6] });
    expect(redone.statusCode).toBe(200);
    expect(pageText(lineHtml(redone.body, h.bank[6]!))).toContain('Explained as bank-only');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/review?view=matched`);
    const start = page.body.indexOf('id="last-undo"');
    const bar = pageText(page.body.slice(start, page.body.indexOf('</form>', start)));
    expect(bar).toContain('POS TERMINAL ANNUAL SUBSCRIPTION');
    expect(bar).toMatch(/bank-only/i);
  });

  /*
   * Did: accepted, rejected, matched and marked bank-only on the queue, each in place, then looked at the bar under the
   * queue before pressing u. Saw after each decision: a bare "Undo" button (/tmp/walk43/shots/05-accepted.png, the
   * foot of the page); "Your last decision: Explained a line as bank-only — 2026-10-17 POS PURCHASE @ TOTAL ENERGIES
   * LEKKI NG -₦17,062.27 …" (/tmp/walk43/shots/14-undo-bar.png) appeared only after reloading the page. Walk s42's
   * fix names the decision on the page as drawn, not in the bar a decision puts in its place. Should be: the bar a
   * decision swaps in says the same words as the page's. Where: web/views/review-view.ts decidedRow (the #last-undo
   * swapped out of band holds only the Undo form). Severity: low.
   */
  it('names the decision in the Undo bar a decision swaps in, as the page does', async () => {
    const [g] = (await suggestions(h)).filter((s) => s.bankIds.includes(h.bank[0]!));
    const rita = await signIn(h.app, 'rita');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/confirm`, { line: h.bank[0] });
    expect(res.statusCode).toBe(200);
    const start = res.body.indexOf('<div id="last-undo"');
    expect(start).toBeGreaterThanOrEqual(0);
    const bar = pageText(res.body.slice(start, res.body.indexOf('</form>', start)));
    expect(bar).toContain('Your last decision');
    expect(bar).toContain('TRF FROM ADEBAYO STORES');
  });

  /*
   * Did: pressed Accept… on a suggestion (and Bank-only… on a line) to read the write-off, then decided to leave it for
   * the finance controller. Saw (/tmp/walk43/shots/04-accept-panel.png): the panel's account, override and reason
   * fields and "Accept with write-off", and no way to put it away: no Close or Cancel (Find & match has one), and
   * Escape does nothing (with the keyboard, `a` opens it with the focus in its first field). The panel stays open under
   * the line until the page is reloaded. Should be: the Accept… and Bank-only… panels close as Find & match's does (a
   * Close button, and Escape). Where: web/views/panels-view.ts writeOffPanel and bankOnlyPanel; web/static/app.js (no
   * Escape handling). Severity: low.
   */
  it('offers a Close on the Accept… (write-off) and Bank-only… panels, as Find & match does', async () => {
    const g = (await suggestions(h)).find((s) => s.bankIds.includes(h.bank[4]!));
    const rita = await signIn(h.app, 'rita');
    const find = await get(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[4]}/find`);
    expect(find.body).toMatch(/<button[^>]*>Close<\/button>/);
    const writeOff = await get(h.app, rita, `/accounts/${h.accountId}/groups/${g!.id}/write-off?line=${h.bank[4]}`);
    expect(writeOff.statusCode).toBe(200);
    expect(writeOff.body).toMatch(/<button[^>]*>(Close|Cancel)<\/button>/);
    const bankOnly = await get(h.app, rita, `/accounts/${h.accountId}/lines/${h.bank[6]}/bank-only`);
    expect(bankOnly.statusCode).toBe(200);
    expect(bankOnly.body).toMatch(/<button[^>]*>(Close|Cancel)<\/button>/);
  });

  /*
   * Did: downloaded the statement's Excel workbook at 2026-10-31 for the month-end folder, where five accounts'
   * workbooks sit together. Saw the file "statement-6500000000000000000a0003-2026-10-31.xlsx": the feed's account id,
   * which appears on no screen (the page says "Lekki Logistics Ltd · ••••3510"). Should be: named by what the
   * accountant knows the account as ("statement-Lekki-Logistics-Ltd-3510-2026-10-31.xlsx"). Where:
   * web/routes/statement-routes.ts (GET …/statement.xlsx: `whose` is account.id). Severity: low.
   */
  it("names the statement's workbook by the account's name", async () => {
    await h.db.db
      .updateTable('accounts')
      .set({ name: 'Lekki Logistics Ltd', account_number_masked: '******3510' })
      .where('id', '=', h.accountId)
      .execute();
    const rita = await signIn(h.app, 'rita');
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement.xlsx?end=2026-10-31&balance=&books=400000`);
    expect(xlsx.statusCode).toBe(200);
    expect(String(xlsx.headers['content-disposition'])).toMatch(/Lekki/);
    expect(String(xlsx.headers['content-disposition'])).toContain(
      'filename="statement-Lekki-Logistics-Ltd-3510-2026-10-31.xlsx"',
    );
    // only characters a file name keeps, whatever the account is called
    await h.db.db.updateTable('accounts').set({ name: 'Ọ̀yọ́ "Main" / Ops <b>' }).where('id', '=', h.accountId).execute();
    const odd = await get(h.app, rita, `/accounts/${h.accountId}/statement.xlsx?end=2026-10-31&balance=&books=400000`);
    expect(String(odd.headers['content-disposition'])).toMatch(
      /^attachment; filename="statement-[A-Za-z0-9._-]+\.xlsx"$/,
    );
  });

  /*
   * Did: opened Accounts on the morning of the month end. Saw on Lekki Logistics Ltd's row (/tmp/walk43/shots/01-
   * accounts.png), in red: "nightly reconciliation 2026-11-20: no sync since the nightly run began at 2026-12-07
   * 10:45:12 UTC; the statement is as of the last sync at 2026-12-07 10:44:58 UTC (the account awaits
   * re-authorisation)", under "Last sync 2026-12-07 11:44 Lagos time" and "recorded 2026-12-07 11:45 Lagos time": one
   * sync at two clocks an hour apart on one row, so it reads as two. Should be: the account's clock, as every other
   * time on the row. Where: activities/nightly-sync-check.ts notSyncedReason (`utc()` into the stored note), shown
   * verbatim by web/views/accounts-view.ts nightlyFailure. Severity: low.
   */
  it("gives the nightly run's not-synced note at the account's clock", async () => {
    const note = notSyncedText({
      day: '2026-11-20',
      runStartedAt: '2026-12-07T10:45:12.000Z',
      lastSyncedAt: '2026-12-07T10:44:58.000Z',
      state: 'REAUTH_REQUIRED',
    });
    await h.db.db
      .updateTable('accounts')
      .set({ nightly_error: note, nightly_failed_at: '2026-12-07T10:45:30.000Z' })
      .where('id', '=', h.accountId)
      .execute();
    const vera = await signIn(h.app, 'vera');
    const page = pageText((await get(h.app, vera, '/')).body);
    const at = page.indexOf('no sync since the nightly run began');
    expect(at).toBeGreaterThan(0);
    const said = page.slice(at, at + 220);
    expect(said).not.toContain('UTC');
    expect(said).toContain('11:44');
  });
});
