/**
 * Session 47's walk, as an accountant doing October's month end on the demo's Kumasi Cocoa Traders (GCB Bank, GHS):
 * `BANKFEED_DATA_DIR=/tmp/walk47/data BANKFEED_WEB_PORT=18947 BANKFEED_WEBHOOK_PORT=18948 npx bankfeed start`, signed
 * in as the demo admin, driven in Debian's Chromium (playwright-core, headless) at 1400 px and 390 px. Walked: the
 * queue filtered to October (keyboard accept, reject, undo, accept); a fuel purchase and a VAT remittance explained as
 * bank-only (one account holding `<script>`, one Mark pressed twice); an agreed starting point at 2026-09-30 with the
 * seventeen entries the bank cleared after it ticked outstanding (a books' balance typed 85.454,57 first); October's
 * statement, finished and printed; November's two short receipts accepted with a write-off beyond the tolerance (one by
 * Accept…, one by Find & match after amounts typed wrong); a session ended mid write-off; every page at 390 px.
 *
 * What held: October's statement foots on both sides (GH₵11,827.34 + 141,003.53 = 152,830.87; 154,321.74 − 1,490.87 =
 * 152,830.87), its eighteen deposits in transit and thirteen debits add up to their totals, the print agrees with the
 * page; `<script>` is text on the row, the statement, the print and the audit trail; the double press sent one POST;
 * the wrong amounts and a write-off beyond the tolerance without its tick are refused in words, the ticks kept; the
 * ended session says the press was not saved. What an accountant would not accept is reproduced here on the test
 * harness, each a test whose comment says what was seen in the demo and what it should be.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { decideEverything } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, post, signIn, type Session } from './support/session.js';

const START = '2026-10-04';

describe('walk s47 over HTTP', () => {
  let h: Harness;
  let ada: Session;
  beforeEach(async () => {
    h = await createHarness();
    await h.db.db.updateTable('accounts').set({ synced_through: '2026-10-31' }).where('id', '=', h.accountId).execute();
    ada = await signIn(h.app, 'ada');
  });
  afterEach(async () => h?.close());

  /*
   * Did: set an agreed starting point at 2026-09-30 with the entries the bank cleared after it ticked outstanding,
   * then opened October's statement and finished it (reconciliation #2, the account's first finished one).
   * Saw: "18 deposits in transit, GH₵141,003.53: 16 dated in the period, 2 carried forward from the last finished
   * reconciliation." on the page and the print, and in the audit trail "Finished a reconciliation … books
   * GH₵154,321.74 (carried forward from the last finished reconciliation, with the book entries since)", while the
   * History row of the same reconciliation said "carried forward from the agreed starting point". No reconciliation
   * had been finished: the two items came from the starting point. Should be: "carried forward from the agreed
   * starting point", in the explanation and in the trail.
   */
  it('says items and books carried from an agreed starting point came from it, not from a finished reconciliation', async () => {
    // a cheque written on 1 October that the bank has not paid by the end of the month, outstanding at the start
    const [cheque] = (await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-01', amountMinor: -500_000, reference: 'CHQ 000451', description: 'Kano Millers' },
    ])) as [number];
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    const si1004 = await h.db.db
      .selectFrom('ledger_entries')
      .select('id')
      .where('reference', '=', 'SI-1004')
      .executeTakeFirstOrThrow();
    const set = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/start`,
      {
        date: START,
        balance: '348,000.00',
        books: '353,000.00',
        reason: 'Reconciled to 4 Oct in Sage',
        listed: START,
        outstanding: [String(cheque), String(si1004.id)],
      },
      false,
    );
    expect(set.statusCode).toBe(303);
    await decideEverything(h, 'rita', START);

    const page = pageText((await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
    expect(page).toContain('1 unpresented payment, ₦5,000.00, carried forward from the agreed starting point.');
    expect(page).not.toContain('from the last finished reconciliation');

    const done = await post(h.app, ada, `/accounts/${h.accountId}/statement/finish`, { end: '2026-10-31' }, false);
    expect(done.statusCode).toBe(303);
    const print = pageText((await get(h.app, ada, `/accounts/${h.accountId}/statement/2/print`)).body);
    expect(print).toContain('1 unpresented payment, ₦5,000.00, carried forward from the agreed starting point.');
    expect(print).not.toContain('from the last finished reconciliation');
    // and the signed workbook's Summary, which says the same words
    const xlsx = await get(h.app, ada, `/accounts/${h.accountId}/statement/2/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const summary = utils
      .sheet_to_json<unknown[]>(read(xlsx.rawPayload).Sheets['Summary']!, { header: 1, raw: false })
      .map((r) => r.join(' '))
      .join('\n');
    expect(summary).toContain('carried forward from the agreed starting point.');
    expect(summary).not.toContain('from the last finished reconciliation');

    const trail = pageText((await get(h.app, ada, `/audit?account=${h.accountId}`)).body);
    expect(trail).toMatch(
      /to 2026-10-31; statement ₦[\d,.]+ \([^)]*\); books ₦[\d,.]+ \(carried forward from the agreed starting point, with the book entries since\)/,
    );
    expect(trail).not.toContain('from the last finished reconciliation');
  });

  /*
   * Did: the same starting point at 2026-09-30, where "Payment to AKOSUA ADJEI -GH₵882.00" (dated 2026-09-30) was open
   * and not ticked (the bank sent it on 2026-10-02 and reversed it the same day), then opened October's statement.
   * Saw, under the difference and on the signed print: "Reversed by the bank, so neither bank line is an item, but the
   * books recorded the payment undone and still hold it (listed among the book items as not clearing): 2026-10-02 GIP
   * TRANSFER TO AKOSUA ADJEI (-GH₵882.00) by 2026-10-02 REVERSAL: …". Unpresented payments: 0; the entry is listed
   * nowhere, since the starting point took it as settled. Should be: the note names the entry itself and says it is
   * not listed, as it does for an entry an assumed books' balance leaves out.
   */
  it('names in the reversal note a booked payment the agreed starting point took as settled, never as listed', async () => {
    const narration = 'NIP/TRF/000058261006072650814563276921/IBRAHIM MUSA';
    await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-06', amountMinor: -11_702_400, narration },
      { date: '2026-10-06', amountMinor: 11_702_400, narration: `REVERSAL: ${narration}` },
    ]);
    // the books recorded the payment the day before the start; nobody ticked it outstanding there
    const [payment] = (await seedLedger(h.db.db, `books-${h.accountId}`, [
      {
        date: '2026-10-03',
        amountMinor: -11_702_400,
        party: 'Ibrahim Musa',
        description: 'Payment to IBRAHIM MUSA',
        reference: '000058261006072650814563276921',
      },
    ])) as [number];
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('id', '=', payment).execute();
    await createReconciliationService({ db: h.db.db }).reconcileAccount({
      accountId: h.accountId,
      ledgerSourceId: `books-${h.accountId}`,
      period: { from: '2026-09-01', to: '2026-10-31' },
      trigger: 'manual',
      options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
    });
    const set = await post(
      h.app,
      ada,
      `/accounts/${h.accountId}/statement/start`,
      { date: START, balance: '348,000.00', books: '236,000.00', reason: 'Reconciled to 4 Oct in Sage' },
      false,
    );
    expect(set.statusCode).toBe(303);

    const body = (await get(h.app, ada, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    const text = pageText(body);
    expect(text).toContain(`2026-10-06 ${narration} (-₦117,024.00) by 2026-10-06 REVERSAL: ${narration}`);
    // not sent looking for an item the statement does not list
    expect(body).not.toMatch(/<tr>(?:(?!<\/tr>)[\s\S])*Payment to IBRAHIM MUSA/);
    expect(text).not.toMatch(/listed among the book items as not clearing\)?:[^.]*IBRAHIM MUSA/);
    expect(text).toMatch(
      /IBRAHIM MUSA \(\+₦117,024\.00\), in the books as 2026-10-03 Payment to IBRAHIM MUSA \(-₦117,024\.00\)/,
    );
  });

  /*
   * Did: on October's queue, "2026-10-13 -GH₵1,000.00 ATM WDL LEKKI 9246" offered ATM WDL LEKKI (2026-10-11, 48%) and
   * ATM WDL WESTLANDS (2026-10-08, 34%); the line above had just been accepted against that WESTLANDS entry. Pressed r
   * on the LEKKI line. Saw: "Rejected by Demo Admin." and then only "ATM WDL WESTLANDS (2026-10-08, -GH₵1,000.00),
   * suggested for this line, was accepted by Demo Admin … to the bank line 2026-10-08 ATM WDL WESTLANDS 3459 …". Not a
   * word of the entry just rejected, which is still open in the books: the row answered a question nobody asked.
   * Should be: the row names the decision just made (the entry rejected, still open, and Find & match as the way on).
   */
  it('names the entry just rejected, still open, before an earlier candidate another line took', async () => {
    const [kano, lekki] = [h.bank[1]!, h.bank[5]!];
    // a second candidate for Kano Traders' transfer, ranked above SI-1002
    const [other] = (await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-10-02', amountMinor: 8_000_000, reference: 'SI-1009', description: 'Kano Traders (second order)' },
    ])) as [number];
    const best = await createMatchRepository(h.db.db).insertGroup({
      accountId: h.accountId,
      runId: null,
      kind: 'fuzzy',
      status: 'suggested',
      confidence: 0.95,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [{ kind: 'amount_exact', detail: 'same amount', weight: 0.5 }],
      ruleId: null,
      proposed: null,
      rank: 1,
      candidateSet: null,
      idempotencyKey: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-10-03T10:00:00Z',
      items: [
        { side: 'bank', itemId: kano, amountMinor: 8_000_000 },
        { side: 'ledger', itemId: other, amountMinor: 8_000_000 },
      ],
    });
    const rita = await signIn(h.app, 'rita');
    // SI-1002, Kano's other suggestion, taken by hand for the cash deposit
    const took = await post(h.app, rita, `/accounts/${h.accountId}/match`, {
      line: lekki,
      ledger: [h.ledger[1]],
      override: '1',
      reason: 'the deposit paid it',
    });
    expect(took.statusCode).toBe(200);
    const rejected = await post(h.app, rita, `/accounts/${h.accountId}/groups/${best}/reject`, { line: kano });
    expect(rejected.statusCode).toBe(200);
    const row = pageText(rejected.body).replace(/\s+/g, ' ');
    expect(row).toContain('Rejected by Rita');
    expect(row).toMatch(
      /Rejected by Rita · [\d-]+ [\d:]+ Lagos time: SI-1009 \(2026-10-02, \+₦80,000\.00\), still open in the books\./,
    );
  });
});
