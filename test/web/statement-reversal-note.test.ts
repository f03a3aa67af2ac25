/**
 * The note on a payment the bank reversed that the books still hold, on a statement whose books' balance is assumed:
 * the entry, dated before the period, is not listed, so the note names it itself (walk s40), escaped as every
 * narration and book text is.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { seedBank, seedLedger } from '../reconciliation/seed.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn } from './support/session.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h?.close());

it("names the reversed payment's book entry in the note, escaped, when the assumed books leave it unlisted", async () => {
  await seedBank(h.db.db, h.accountId, [
    { date: '2026-10-03', amountMinor: -11_702_400, narration: 'NIP/TRF/000058261003072650814563276921/IBRAHIM MUSA' },
    {
      date: '2026-10-03',
      amountMinor: 11_702_400,
      narration: 'REVERSAL: NIP/TRF/000058261003072650814563276921/IBRAHIM MUSA',
    },
  ]);
  const ids = await seedLedger(h.db.db, `books-${h.accountId}`, [
    {
      date: '2026-09-30',
      amountMinor: -11_702_400,
      party: 'Ibrahim Musa',
      description: 'Payment to IBRAHIM MUSA <img src=x onerror=alert(1)>',
      reference: '000058261003072650814563276921',
    },
  ]);
  await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('id', 'in', ids).execute();
  await createReconciliationService({ db: h.db.db }).reconcileAccount({
    accountId: h.accountId,
    ledgerSourceId: `books-${h.accountId}`,
    period: { from: '2026-09-01', to: '2026-10-31' },
    trigger: 'manual',
    options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
  });
  const rita = await signIn(h.app, 'rita');
  const page = await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=`);
  expect(page.statusCode).toBe(200);
  expect(page.body).not.toContain('<img src=x');
  expect(page.body).toContain('in the books as 2026-09-30 Payment to IBRAHIM MUSA &lt;img src=x onerror=alert(1)&gt;');
  expect(pageText(page.body)).toContain("once the books' own balance is given");
});
