/**
 * Session 39's walk, as a chartered accountant in Lagos on the demo: `BANKFEED_DATA_DIR=/tmp/walk39
 * BANKFEED_WEB_PORT=18839 npm start` (the main job on its embedded defaults, the review app served by it), signed in
 * as the demo admin printed once, driven in Debian's Chromium at 1400 px and 375 px. Walked: the accounts list,
 * Chiamaka Okafor's queue (Awaiting review, Unmatched, Matched; the Confidence filter; accept, reject, Accept… with an
 * overridden write-off three times, bank-only for a salary the books did not hold), "Accept all matching…" on Adebayo
 * Foods Ltd at ≥ 50 % (1 taken, 52 left as differing from the books, the job's notice shown once), Nairobi's at ≥ 90 %
 * (nothing to accept, said in words), the first statement at 2025-11-30 (assumed books, then the books' own balance
 * typed), its Excel workbook (named by the account and date), Finish (asked once more, then #1 with XLSX, CSV, print).
 * Also: a line whose narration, reference and counterparty hold <script>, <img onerror> and <a href=javascript:>
 * (inert on the queue, its panels, the statement and the audit trail; no dialog), a double-clicked write-off and bulk
 * confirm (one POST each), the back button after an accept, a session ended mid-write-off (401 with HX-Redirect to
 * sign-in saying the press was not saved, then back to the queue), POSTs without the token or with a foreign Origin
 * (403 in words), every page at 375 px (no page wider than the phone).
 *
 * What held: the statement foots (at 2025-11-30 with the books typed as ₦10,476,337.77: ₦2,440,626.60 + 8,759,868.00
 * − 1,170,474.00 = 10,030,020.60 adjusted bank; 10,476,337.77 − 446,317.17 = 10,030,020.60 adjusted books; difference
 * 0.00), the bank's balance is the feed's running balance and the books' the figure typed, labelled so; the tabs'
 * counts follow each decision (33/28/1,521 → 32/28/1,522 → 31/28/1,523 → 30/29/1,523). What an accountant would not
 * accept is reproduced here on the test harness, each with what was done, seen and expected.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn } from './support/session.js';

/** The harness's engine run again, over what the test added. */
async function reconcileAgain(h: Harness) {
  await createReconciliationService({ db: h.db.db }).reconcileAccount({
    accountId: h.accountId,
    ledgerSourceId: `books-${h.accountId}`,
    period: { from: '2026-09-01', to: '2026-10-31' },
    trigger: 'manual',
    options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
  });
}

/** The statement page's innermost rows (its items), as the accountant reads them with every section opened. */
const rows = (body: string) =>
  [...body.matchAll(/<tr>((?:(?!<tr>)[\s\S])*?)<\/tr>/g)].map((m) => pageText(m[1]!).replace(/\s+/g, ' ').trim());

describe('walk s39 over HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  /*
   * Did: on Chiamaka Okafor's first statement (no reconciliation finished, no agreed starting point), typed the books'
   * own balance at 2025-11-30 and opened "Add: deposits in transit (15)". Saw: seven invoices dated before the
   * period's first line (2025-10-25 INV-2025-3360 … 2025-11-16 INV-2025-3630) each marked "(carried forward)", as a
   * finished reconciliation's outstanding items are, though nothing was ever finished or agreed to carry them from; the
   * print of the same items says nothing of it. Should be: "(dated before the period)" while no checkpoint precedes the
   * statement, "(carried forward)" only after one. Where: web/views/statement-view.ts. Severity: low.
   */
  it('does not call an entry dated before the first statement “carried forward”', async () => {
    await seedLedger(h.db.db, `books-${h.accountId}`, [
      { date: '2026-09-15', amountMinor: 2_200_000, party: 'Zentech Solutions Ltd', description: 'Receipt ZEN-77' },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=400000`);
    expect(page.statusCode).toBe(200);
    const row = rows(page.body).find((r) => r.includes('Receipt ZEN-77'));
    expect(row).toBeDefined();
    expect(row).not.toContain('carried forward');
    expect(row).toContain('(dated before the period)');
    // and the workbook's Reconciling items say the same in their Carried forward column
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement.xlsx?end=2026-10-31&balance=&books=400000`);
    const items = utils.sheet_to_json<Record<string, unknown>>(read(xlsx.rawPayload).Sheets['Reconciling items']!);
    const item = items.find((i) => String(i.Description).includes('Receipt ZEN-77'));
    expect(item?.['Carried forward']).toBe('dated before the period');
  });

  /*
   * Did: on the same statement, read "Less: unpresented payments (4)" against the note "Reversed by the bank, so
   * neither is an item (the two cancel and the books post neither): 2025-11-20 NIP/TRF/…/BLUEWAVE MEDIA LTD/RENT
   * (-₦192,982.00) by 2025-11-20 REVERSAL: …". Saw: all four unpresented payments (Payment to BLUEWAVE MEDIA LTD - RENT
   * ₦192,982.00 with the transfer's own id as reference, two to CHIOMA OKONKWO, one to GREENFIELD FARMS NIG) are the
   * books' entries of transfers the bank sent and reversed: the books did post them, the note says they post neither,
   * and the statement carries them as unpresented payments that no bank line will ever present; the accountant must
   * find by hand that each is to be reversed in the books (or paid again). Should be: a book payment whose transfer the
   * bank reversed is said so beside it ("the bank reversed this transfer on …: reverse it in the books or pay again"),
   * and the note does not say the books post neither when they did. Where: the engine's reversal pass pairs the two
   * bank lines without looking at the book entry (matching/, not this session's to change) and the statement's
   * reversed-pairs note (adapters/reports/reversed-lines.ts). Severity: medium (a payment that failed is reported as
   * outstanding, the books' cash overstated by it, and the note says the opposite). Fixed: the reversal pair names the
   * open book entry of the payment it undid, and the statement lists it saying it will not clear.
   */
  it('says a book payment whose transfer the bank reversed is no unpresented payment', async () => {
    await seedBank(h.db.db, h.accountId, [
      { date: '2026-10-09', amountMinor: -630_000, narration: 'NIP TRF TO AMA OWUSU FT26100999812' },
      { date: '2026-10-09', amountMinor: 630_000, narration: 'REVERSAL NIP TRF TO AMA OWUSU FT26100999812' },
    ]);
    await seedLedger(h.db.db, `books-${h.accountId}`, [
      {
        date: '2026-10-09',
        amountMinor: -630_000,
        party: 'Ama Owusu',
        description: 'Payment to AMA OWUSU',
        reference: 'FT26100999812',
      },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
    await reconcileAgain(h);
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=400000`);
    const text = pageText(page.body);
    expect(text).toContain('Reversed by the bank');
    const row = rows(page.body).find((r) => r.includes('Payment to AMA OWUSU'));
    // listed, it says the bank reversed the transfer; and the note does not say the books post neither
    expect(row).toBeDefined();
    expect(row).toMatch(/the bank reversed this on 2026-10-09, so it will not clear/);
    expect(text).not.toMatch(/AMA OWUSU[^;]*the books post neither|the books post neither[^.]*AMA OWUSU/);
  });
});
