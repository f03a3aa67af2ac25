/**
 * Session 31b's walk, as a Lagos SME's finance team's first two months on bankfeed (NGN, Africa/Lagos): a GTBank
 * current account (NIP inflows paying invoices, one customer paying two at once, one short, one over; NIP outflows
 * to suppliers with their fee and VAT lines; EMTL ₦50 levies; a POS settlement; a failed transfer reversed; a cheque;
 * the account maintenance fee and its VAT) against books kept in Zoho Books, served by the contract-checked fake
 * (test/ledgers/saas/zoho-fake.ts, every exchange checked against Zoho's published OpenAPI documents), pulled and
 * written back with write-back on as a sync or Run does (`reconcileAccountFeed`). October is reviewed in the app and
 * signed; in November the books change in Zoho (an invoice voided, a payment recorded by hand, a credit note applied,
 * a bill's amount edited) and November is reconciled.
 *
 * The tests under "defects" failed on the code as walked, each for the reason in its comment (Did / Saw / Where).
 * All are fixed: four in session 31 (a payment the team recorded in Zoho by hand is not settled again; an
 * over-payment pays the invoice and leaves the rest as the customer's credit; one transfer paying two invoices is one
 * payment applied to both; the rules' charges are posted on the Zoho accounts the source maps them to), the rest in
 * session 32, when Zoho's invoices and bills became documents (match candidates, never statement items) and the
 * bank account's own transactions the books' postings, each write-back read back and joined to its match. A
 * payment recorded in Zoho by hand is the fake's manually added transaction (`recordByHand`). The tests under "what
 * held" passed as walked and stay as regression tests.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { get, pageText, signIn } from './support/session.js';
import {
  assertWalkContractsClean,
  bankBalance,
  figure,
  type LagosWalk,
  loadWalkContracts,
  minorOf,
  NOVEMBER_LINES,
  novemberBooks,
  novemberSynced,
  octoberForced,
  octoberReviewed,
  P,
  PRESET_ACCOUNTS,
  startLagosWalk,
  statementPage,
  touched,
  typed,
  zohoBill,
  zohoInvoice,
  zohoLines,
} from './support/lagos-walk.js';

/** A ₦ figure as the app shows it (minor units → "₦1,234.50"). */
const naira = (minor: number): string => {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}₦${whole}.${String(abs % 100).padStart(2, '0')}`;
};
const section = (page: string, from: string, to: string): string => {
  const t = pageText(page);
  const at = t.indexOf(from);
  return at < 0 ? '' : t.slice(at, t.indexOf(to, at));
};

let w: LagosWalk | undefined;
beforeAll(async () => {
  await loadWalkContracts();
}, 120_000);
afterEach(async () => {
  await w?.close();
  w = undefined;
  assertWalkContractsClean();
});

describe('walk s31b Lagos: defects found (each failed on the code as walked; all fixed)', () => {
  // fixed (session 32): the sum of the three below
  it("balances October against Zoho's own balance of the bank account once every line is decided", async () => {
    // Did: October's 19 GTBank lines arrived; the 08:00 and 09:00 (Lagos) syncs pulled Zoho, matched and wrote back;
    // Ngozi accepted the Apapa Ink cheque and explained the POS settlement as bank-only to Sales. Every line is
    // decided. Opened October's statement with the bank's closing balance (₦4,783,318.75) and Zoho's balance of the
    // GTBank account at 31 October (₦4,423,500.00: the opening and every line categorised in Zoho by then).
    // Saw: "Unexplained difference ₦1,115,000.00", "Not ready to finish": ₦900,000.00 of unpaid invoices listed as
    // deposits in transit, ₦210,000.00 of Surulere Bakery's receipt Zoho refused to record, and the ₦5,000.00
    // write-off bankfeed wrote into Zoho listed again as a debit not in the books (the three tests below). The team
    // cannot sign October with Zoho's figure; the only way to Finish is typing a books balance Zoho never had.
    // Where: see the three tests below.
    w = await startLagosWalk();
    const s = await octoberReviewed(w);
    const page = await statementPage(w, s, '2026-10-31');
    expect(figure(page, 'balance-per-books')).toBe(naira(w.zohoBalance('2026-10-31')));
    expect(figure(page, 'difference')).toBe('₦0.00');
  });

  // fixed (session 32): Zoho's invoices and bills are documents, its bank account's transactions the postings
  it('lists no unpaid Zoho invoice as a deposit in transit: an invoice is not money in the bank account', async () => {
    // Did: as above; Zoho holds INV-000105 (Festac Ventures, ₦600,000.00, 25 October) and INV-000106 (Agege Foods,
    // ₦300,000.00, 27 October), both unpaid at 31 October; nobody has paid them into the bank.
    // Saw: "Add: deposits in transit (2) 2026-10-25 INV-000105 Festac Ventures: Invoice INV-000105 ₦600,000.00
    // 2026-10-27 INV-000106 Agege Foods: Invoice INV-000106 ₦300,000.00", adding ₦900,000.00 of receivables to the
    // adjusted bank balance; the books' side opens at "₦4,215,000.00 the books' balance below less the period's
    // entries" (Zoho's opening was ₦5,000,000.00), the period's "book entries" being invoices and bills. Signed, the
    // two are carried into November and leave its carried balance when INV-000106 is voided and INV-000105 paid.
    // Where: adapters/ledger/zoho/zoho-adapter.ts pullOpenEntries gives every open invoice and bill `account` = the
    // bound bank account (1010), so the statement (adapters/reports/statement.ts, activities/report-builder-books.ts)
    // takes receivables and payables for postings on the bank account; Zoho's bank-account transactions themselves
    // are never pulled.
    w = await startLagosWalk();
    const s = await octoberReviewed(w);
    const page = await statementPage(w, s, '2026-10-31');
    const inTransit = section(page, 'Add: deposits in transit', 'Less: unpresented payments');
    expect(inTransit).not.toContain('INV-000105');
    expect(inTransit).not.toContain('INV-000106');
  });

  // fixed (session 32): the write-off line is read back from Zoho's bank account and joined to its match
  it("counts the short payment's write-off it wrote into Zoho as in the books, not as a debit not in the books", async () => {
    // Did: Ikoyi Dental Clinic paid ₦745,000.00 against INV-000103 (₦750,000.00); the match wrote ₦5,000.00 off to
    // Zoho's Discount allowed (the configured write-off account). Write-back categorised a ₦5,000.00 expense line in
    // Zoho (bf:bankfeed-writeoff-13) and the invoice as paid in full, so Zoho's bank balance holds the ₦745,000.00.
    // Saw: October's statement lists "2026-10-09 write-off to 460000000000391: NIP/TRF FROM IKOYI DENTAL
    // CLINIC/INV-000103 ₦5,000.00" under "Less: debits not in the books", though Zoho holds it: ₦5,000.00 counted
    // twice. It is carried into November as "(carried forward)" and would be every month after.
    // Where: activities/ledger-settlements.ts writeOffLines writes the line (audit ledger.post, match_write_off) but
    // the statement (adapters/reports/statement.ts, `write-off:<account>` items) keeps a match's write-off as not in
    // the books until a book entry posts it, and the Zoho pull reads no bank-account transactions, so
    // activities/written-postings.ts never joins it.
    w = await startLagosWalk();
    const s = await octoberReviewed(w);
    expect(
      zohoLines(w, '2026-10-09', 'debit')
        .filter((l) => l.status === 'categorized')
        .map(minorOf),
    ).toContain(500_000);
    const page = await statementPage(w, s, '2026-10-31');
    expect(section(page, 'Less: debits not in the books', 'Adjusted book balance')).not.toContain('IKOYI DENTAL');
  });

  it("records a customer's overpayment in Zoho: the invoice paid and the excess kept, not refused", async () => {
    // Did: Surulere Bakery paid ₦212,500.00 against INV-000104 (₦210,000.00), ₦2,500.00 over (within the 2 %
    // over-payment tolerance); the engine matched it by the invoice number (auto) and write-back ran.
    // Saw: Zoho refused the settlement ("Amount applied exceeds the balance due.", audit ledger.settle.rejected):
    // bankfeed applied the whole ₦212,500.00 to an invoice of ₦210,000.00. INV-000104 stays open in Zoho, Zoho's
    // bank account lacks the ₦212,500.00 (an uncategorised statement line bankfeed imported is left behind), and
    // October's statement lists only the ₦2,500.00 residual as a credit not in the books: ₦210,000.00 unexplained.
    // Where: activities/ledger-settlements.ts settleHeldMatches puts the bank total on the last entry ("the rest on
    // the last") and adapters/ledger/zoho/zoho-adapter.ts settleEntries sends it as amount_applied; Zoho's customer
    // payment takes an amount above what it applies (the excess stays as the customer's credit), or the excess can go
    // to the write-off account as docs/ledgers/README.md describes for an over-payment.
    w = await startLagosWalk();
    await octoberReviewed(w);
    expect(zohoInvoice(w, 'INV-000104').status).toBe('paid');
    const in16 = zohoLines(w, '2026-10-16', 'credit');
    expect(in16.filter((l) => l.status === 'uncategorized')).toEqual([]);
    expect(in16.filter((l) => l.status === 'categorized').reduce((t, l) => t + minorOf(l), 0)).toBe(21_250_000);
  });

  // fixed by the source's `accounts` map (the walk's source maps the presets' accounts); `ledgers test` names a rule's
  // account left unmapped, and a charge refused for one is posted once the map has it (the last describe below)
  it("posts the Nigerian presets' charges (EMTL, NIP fee, VAT, maintenance) into Zoho on an account Zoho has", async () => {
    // Did: write-back on; the engine classified October's EMTL levies, NIP transfer fees, the VAT on them and the
    // account maintenance fee and its VAT by the Nigerian presets (auto), and the run wrote back.
    // Saw: Zoho refused all nine ("Invalid value passed for account_id", audit ledger.post.rejected, never tried
    // again): bankfeed sent the preset's account name ("Taxes:Electronic money transfer levy", "Bank charges:Transfer
    // fees"…) as Zoho's account_id. Nine statement lines it imported into Zoho stay uncategorised there, none of
    // the charges is in Zoho's books, and nothing in the app tells the team (the queue shows the lines as done). A
    // Zoho organisation knows its accounts by id, name or code ("Bank Fees and Charges"); nothing maps a rule's account
    // to one (docs/ledgers/zoho-books.md: "categorize/expenses on the rule's account").
    // Where: adapters/ledger/zoho/zoho-adapter.ts postEntries sends `account_id: p.contraAccount` as is (no lookup
    // in Zoho's chart of accounts, no mapping in the source's configuration); `ledgers test` (sourceChecks) does not
    // check the rules' accounts either.
    w = await startLagosWalk();
    await octoberReviewed(w);
    const charges = w.fake.lines.filter((l) => /bankfeed-group-/.test(String(l.reference_number)));
    expect(charges.length).toBeGreaterThanOrEqual(9);
    expect(charges.filter((l) => l.status !== 'categorized').map((l) => l.description)).toEqual([]);
    const refused = await w.db.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'ledger.post.rejected')
      .execute();
    expect(refused).toEqual([]);
  });

  it("records Chidi Stores' one transfer for two invoices as one deposit in Zoho applied to both", async () => {
    // Did: Chidi Stores paid INV-000101 (₦1,250,000.00) and INV-000102 (₦480,000.00) in one NIP transfer of
    // ₦1,730,000.00 on 3 October; the engine matched the line to both (split, auto) and write-back ran.
    // Saw: Zoho's GTBank account holds two statement lines for the one bank line, ₦1,250,000.00 and ₦480,000.00, each
    // categorised as its own customer payment. Zoho's bank account no longer reads as the GTBank statement does (19
    // October lines become more), and Zoho's own reconciliation against the statement cannot tick the ₦1,730,000.00.
    // Had Zoho's bank feed brought the line in, it would be left uncategorised beside the two (statementLine looks
    // for a feed line of each share's amount).
    // Where: activities/ledger-settlements.ts sends one settlement per (match, entry), and
    // adapters/ledger/zoho/zoho-adapter.ts settleEntries finds or imports a statement line per settlement; Zoho's
    // categorize/customerpayments takes several invoices in one call.
    w = await startLagosWalk();
    await octoberReviewed(w);
    expect(zohoLines(w, '2026-10-03', 'credit').map((l) => [minorOf(l), l.status])).toEqual([
      [173_000_000, 'categorized'],
    ]);
    expect(zohoInvoice(w, 'INV-000101').status).toBe('paid');
    expect(zohoInvoice(w, 'INV-000102').status).toBe('paid');
  });

  it('leaves no copy of a bank line in Zoho when the team recorded its payment there by hand', async () => {
    // Did: October signed. On 6 November Ngozi accepted Festac Ventures' ₦600,000.00 against INV-000105; at 09:30
    // Emeka recorded the same payment in Zoho by hand. The 1 December syncs pulled (INV-000105 now paid) and wrote
    // back.
    // Saw: bankfeed imported a ₦600,000.00 statement line of 5 November into Zoho's GTBank account and tried to
    // categorise it as a payment of INV-000105; Zoho refused ("Payments cannot be recorded for paid invoices.",
    // ledger.settle.rejected), and the imported line stays uncategorised in Zoho beside Emeka's payment: a second
    // ₦600,000.00 receipt waiting in Zoho for someone to categorise, and the refusal is the only trace.
    // Where: activities/ledger-settlements.ts settleHeldMatches settles a match whose entry the books have closed as
    // paid since (ledger_entries.closed_reason 'paid', noted on the held match), and
    // adapters/ledger/zoho/zoho-adapter.ts settleEntries imports the line (POST /bankstatements) before Zoho can
    // refuse the payment.
    w = await startLagosWalk();
    await octoberForced(w);
    await novemberSynced(w);
    expect(zohoInvoice(w, 'INV-000105').status).toBe('paid');
    // Emeka's own payment is the only transaction of that day in Zoho
    expect(zohoLines(w, '2026-11-05', 'credit').map((l) => [minorOf(l), l.status])).toEqual([
      [60_000_000, 'manually_added'],
    ]);
  });

  // found and fixed in session 32: with invoices as documents, Emeka's payment was a second item beside the line
  it("takes the payment recorded in Zoho by hand after the match as the line's, listing neither", async () => {
    // Did: as above (Ngozi accepted Festac's ₦600,000.00 against INV-000105; Emeka recorded the payment in Zoho by
    // hand), then opened November's statement.
    // Saw: "2026-11-05 NIP/TRF FROM FESTAC VENTURES LTD (pays INV-000105 Festac Ventures) (payment not yet recorded
    // in the books)" under credits not in the books and Emeka's payment as a deposit in transit: the same money twice,
    // cancelling; and a refused write-back.
    // Where: nothing joined a payment the books recorded themselves to the match of the invoice it paid
    // (activities/books-payments.ts now does), and settleHeldMatches settled the invoice the books had closed.
    w = await startLagosWalk();
    await octoberForced(w);
    const s = await novemberSynced(w);
    const page = pageText(
      (await get(w.app, s, `${P}/statement?end=2026-11-30&balance=${typed(await bankBalance(w, '2026-11-30'))}`)).body,
    );
    expect(page).not.toContain('FESTAC VENTURES LTD (pays');
    expect(section(page, 'Add: deposits in transit', 'Less: unpresented payments')).not.toMatch(/Festac/i);
    const refused = await w.db.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'ledger.settle.rejected')
      .execute();
    expect(refused).toEqual([]);
  });

  // fixed (session 32): Zoho's invoices and bills are documents, its bank account's transactions the postings
  it('matches a bank line to the payment the team recorded in Zoho before the sync', async () => {
    // Did: October signed. Festac Ventures paid ₦600,000.00 on 5 November; Emeka recorded the payment in Zoho by
    // hand (INV-000105 paid, deposited to GTBank Current) before the 6 November sync.
    // Saw: the 6 November sync closes INV-000105 as paid, and the bank line has nothing to match: November's
    // statement lists "2026-11-05 NIP/TRF FROM FESTAC VENTURES LTD (not explained) ₦600,000.00" under credits not in
    // the books, though Zoho's balance holds it; explaining it as bank-only would count it twice.
    // Where: adapters/ledger/zoho/zoho-adapter.ts pullOpenEntries reads only open invoices and bills; a customer
    // payment (or any transaction) on the bound bank account in Zoho is never pulled as a book entry.
    w = await startLagosWalk();
    await octoberForced(w);
    w.at('2026-11-06T07:00:00.000Z');
    await w.synced('2026-11-06');
    novemberBooks(w);
    Object.assign(zohoInvoice(w, 'INV-000105'), {
      status: 'paid',
      balance: '0.00',
      last_modified_time: touched('2026-11-05T16:00:00Z'),
    });
    w.fake.recordByHand({
      date: '2026-11-05',
      minor: 60_000_000,
      payee: 'Festac Ventures',
      reference: 'INV-000105',
      type: 'customer_payment',
    });
    await w.lines(NOVEMBER_LINES.slice(0, 2));
    await w.run();
    const again = await signIn(w.app, 'ngozi');
    const page = (
      await get(w.app, again, `${P}/statement?end=2026-11-05&balance=${typed(await bankBalance(w, '2026-11-05'))}`)
    ).body;
    expect(section(page, 'Add: credits not in the books', 'Adjusted book balance')).not.toContain('FESTAC');
  });

  // fixed (session 32): Zoho's invoices and bills are documents, its bank account's transactions the postings
  it('does not move the carried book balance when Zoho edits the amount of a bill October paid', async () => {
    // Did: October signed, with Ebute Metta Logistics' B-2202 (₦385,000.00) paid on 12 October, matched and
    // written into Zoho as a vendor payment. In November the accountant edited B-2202 to ₦395,000.00 after the
    // supplier's corrected invoice (Zoho: partially paid, ₦10,000.00 due). Zoho's GTBank balance does not move: the
    // bank paid ₦385,000.00 and the payment is unchanged.
    // Saw: November's balance per books says "with 1 entry it held as settled that the books have changed since
    // (2026-10-05 B-2202: -₦385,000.00 → -₦10,000.00)" and moves the carried balance by ₦375,000.00, the whole
    // unexplained difference of November (-₦375,000.00). Even read as the docs' rule, the books' own change is the
    // ₦10,000.00 added to the bill, not ₦375,000.00: the ₦385,000.00 bankfeed's own payment took off is counted as
    // the books' change.
    // Where: the amount of a Zoho entry is the document's balance due (adapters/ledger/zoho/zoho-adapter.ts), which
    // db/ledger-sync-repository.ts records as a change of a settled entry (ledger_entry_changes) and
    // activities/report-builder-books.ts moves the carried balance by; a bill's amount is not a posting on the bank
    // account.
    w = await startLagosWalk();
    await octoberForced(w);
    const s = await novemberSynced(w);
    const page = pageText(
      (await get(w.app, s, `${P}/statement?end=2026-11-30&balance=${typed(await bankBalance(w, '2026-11-30'))}`)).body,
    );
    expect(page).not.toContain('B-2202: -₦385,000.00');
    expect(page).not.toMatch(/changed since \([^)]*B-2202/);
  });
});

describe('walk s31b Lagos: what held (regression tests)', () => {
  it('writes each payment once after re-runs, a restart and a pull from scratch', async () => {
    w = await startLagosWalk();
    await octoberReviewed(w);
    const before = w.fake.lines.map((l) => `${l.reference_number} ${l.status}`).sort();
    await w.run();
    await w.run({ restarted: true });
    await w.db.db.deleteFrom('ledger_sync_state').execute();
    await w.run({ restarted: true });
    expect(w.fake.lines.map((l) => `${l.reference_number} ${l.status}`).sort()).toEqual(before);
    const refs = w.fake.lines.map((l) => l.reference_number);
    expect(new Set(refs).size).toBe(refs.length);
    // the bills paid through GTBank, each once, at the bank's amount and day (beside the transfer's fee and VAT)
    expect(
      zohoLines(w, '2026-10-07', 'debit')
        .filter((l) => l.status === 'categorized')
        .map(minorOf)
        .filter((minor) => minor === 215_000_000),
    ).toEqual([215_000_000]);
    expect(zohoBill(w, 'B-2201').status).toBe('paid');
    expect(zohoBill(w, 'B-2204').status).toBe('paid');
    // the failed transfer and its reversal are written nowhere; the re-sent one once
    expect(zohoLines(w, '2026-10-22', 'debit')).toEqual([]);
    expect(zohoLines(w, '2026-10-23', 'debit').map(minorOf)).toEqual([42_000_000]);
  });

  it("settles the short payment in full with its write-off, and names the reversed transfer's pair on the statement", async () => {
    w = await startLagosWalk();
    const s = await octoberReviewed(w);
    expect(zohoInvoice(w, 'INV-000103').status).toBe('paid');
    expect(
      zohoLines(w, '2026-10-09', 'credit')
        .filter((l) => l.status === 'categorized')
        .map(minorOf),
    ).toEqual([75_000_000]);
    const page = pageText(await statementPage(w, s, '2026-10-31'));
    expect(page).toContain('Reversed by the bank, so neither is an item');
    expect(page).toContain('Statement ending balance ₦4,783,318.75');
  });

  it("follows November's changes in Zoho: a voided invoice, a credit note, an edited bill", async () => {
    w = await startLagosWalk();
    await octoberForced(w);
    const s = await novemberSynced(w);
    const entry = async (ref: string) =>
      w!.db.db.selectFrom('ledger_entries').selectAll().where('reference', '=', ref).executeTakeFirstOrThrow();
    expect((await entry('INV-000106')).closed_reason).toBe('voided');
    // the credit note: INV-000107 matched and paid at ₦450,000.00; B-2205 at its corrected ₦185,000.00
    expect(zohoInvoice(w, 'INV-000107').status).toBe('paid');
    expect(zohoBill(w, 'B-2205').status).toBe('paid');
    expect(zohoLines(w, '2026-11-12', 'credit').map((l) => [minorOf(l), l.status])).toEqual([
      [45_000_000, 'categorized'],
    ]);
    expect(
      zohoLines(w, '2026-11-10', 'debit')
        .filter((l) => l.status === 'categorized')
        .map(minorOf)
        .filter((minor) => minor === 18_500_000),
    ).toEqual([18_500_000]);
    // signed at Lagos's clock
    const history = pageText((await get(w.app, s, `${P}/statement?end=2026-11-30`)).body);
    expect(history).toContain('Ngozi · 2026-11-02 09:00 Lagos time');
  });
});

describe('walk s31b Lagos: a charge refused for an account the source does not map', () => {
  /** The audit rows of the rules' postings: refused (with their detail) and written, by posting key. */
  const postAudit = async (x: LagosWalk) =>
    (
      await x.db.db
        .selectFrom('audit_log')
        .select(['action', 'entity_id', 'detail', 'after'])
        .where('action', 'in', ['ledger.post', 'ledger.post.rejected'])
        .where('entity_id', 'like', 'bankfeed-group-%')
        .orderBy('id')
        .execute()
    ).map((r) => ({
      action: r.action,
      key: r.entity_id!,
      detail: JSON.parse(r.detail ?? '{}') as Record<string, unknown>,
      after: JSON.parse(r.after ?? 'null') as Record<string, unknown> | null,
    }));
  const linesOf = (x: LagosWalk, key: string) => x.fake.lines.filter((l) => l.reference_number === `bf:${key}`);
  const vendorRefusals = (x: LagosWalk) =>
    x.fake.http.served.filter((s) => /categorize\/expenses$/.test(s.path) && s.status >= 400).length;

  it('posts it on a later run once the map has it; a posting Zoho refused is not sent again', async () => {
    // The team started without the EMTL levy in `accounts`, and with the maintenance fee mapped to an account
    // Zoho does not have (a typo).
    const { 'Taxes:Electronic money transfer levy': _emtl, ...withoutLevy } = PRESET_ACCOUNTS;
    w = await startLagosWalk({
      accounts: { ...withoutLevy, 'Bank charges:Account maintenance': '460000000000777' },
    });
    await octoberReviewed(w);
    const refused = (await postAudit(w)).filter((r) => r.action === 'ledger.post.rejected');
    const unmapped = refused.filter((r) => r.detail.reason === 'unmapped-account').map((r) => r.key);
    const byZoho = refused.filter((r) => r.detail.reason === undefined).map((r) => r.key);
    // EMTL on 3 and 10 October at least; each refusal recorded once though both runs offered it again
    expect(unmapped.length).toBeGreaterThanOrEqual(2);
    expect(new Set(unmapped).size).toBe(unmapped.length);
    expect(unmapped.every((k) => linesOf(w!, k).length === 0)).toBe(true);
    expect(byZoho.length).toBeGreaterThanOrEqual(1);
    const sentToZoho = vendorRefusals(w);
    expect(sentToZoho).toBe(byZoho.length);

    // The team maps the levy (as `ledgers test` told them) and the worker restarts: the next run posts the levies.
    w.remap(PRESET_ACCOUNTS);
    w.at('2026-11-02T09:00:00.000Z');
    await w.run();
    await w.run();
    const after = await postAudit(w);
    for (const key of unmapped) {
      expect(
        after.filter((r) => r.key === key && r.action === 'ledger.post').map((r) => r.after?.contraAccount),
        key,
      ).toEqual(['Taxes:Electronic money transfer levy']);
      expect(
        linesOf(w, key).map((l) => [l.status, l.transaction_type]),
        key,
      ).toEqual([['categorized', 'expense']]);
    }
    // what Zoho itself refused stays refused: not sent again, whatever the map says now
    expect(vendorRefusals(w)).toBe(sentToZoho);
    expect(after.filter((r) => byZoho.includes(r.key)).map((r) => r.action)).toEqual(
      byZoho.map(() => 'ledger.post.rejected'),
    );
  });
});
