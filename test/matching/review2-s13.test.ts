/**
 * Review of 9f110c2 (pass 6b, charges journal), 68956bc (pass 5d, instalments) and bf40346: wrong auto-matches,
 * each asserting what a careful accountant would do. Each failed on the code reviewed.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ledgerIds.length > 0).map((m) => [[...m.bankIds].sort(), m.ledgerIds]);
const ghs = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, -amount, { narration, currency: 'GHS' });
const accra = { timezone: 'Africa/Accra' };
const lagos = { timezone: 'Africa/Lagos', autoConfirmUniqueAmount: false };

describe('pass 6b: charges journal', () => {
  it('C1 a journal of 4 Feb for "January" charges is not paired with February’s first charges', () => {
    // The journal names January; January's charges make it too. The code tries this month's first days before last
    // month and pairs February's 1-3 charges with a journal the bookkeeper wrote for January.
    const r = reconcile(
      [
        ghs('a', '2025-01-10', 5_00, 'GIP TRANSFER CHARGE'),
        ghs('b', '2025-01-20', 5_00, 'GIP TRANSFER CHARGE'),
        ghs('c', '2025-02-01', 5_00, 'GIP TRANSFER CHARGE'),
        ghs('d', '2025-02-03', 5_00, 'GIP TRANSFER CHARGE'),
      ],
      [entry('j', '2025-02-04', -10_00, { description: 'Bank charges per statement January 2025', currency: 'GHS' })],
      accra,
    );
    expect(groups(r).filter(([bs]) => bs!.includes('c') || bs!.includes('d'))).toEqual([]);
  });

  it('C2 a late journal for February’s charges is not paired with March’s identical charges', () => {
    // Fixed monthly charges (maintenance + SMS) repeat to the cent. The journal dated 31 March says February; the code
    // reads only the journal's own month and takes March's lines, leaving February's charges unexplained.
    const r = reconcile(
      [
        ghs('f1', '2025-02-28', 60_00, 'ACCOUNT MAINTENANCE FEE FEB 2025'),
        ghs('f2', '2025-02-28', 15_00, 'SMS ALERT CHARGES FEB 2025'),
        ghs('m1', '2025-03-31', 60_00, 'ACCOUNT MAINTENANCE FEE MAR 2025'),
        ghs('m2', '2025-03-31', 15_00, 'SMS ALERT CHARGES MAR 2025'),
      ],
      [entry('j', '2025-03-31', -75_00, { description: 'Bank charges per statement February 2025', currency: 'GHS' })],
      accra,
    );
    expect(groups(r).filter(([bs]) => bs!.includes('m1') || bs!.includes('m2'))).toEqual([]);
  });

  it('C4 a journal naming one specific charge is not a run of other small charges', () => {
    // "Bank charges - cheque book" GHS 100 accrued before the bank debits it; two GHS 50 transfer charges make the
    // round sum by chance. A careful accountant would not confirm transfer charges as the cheque-book charge.
    const r = reconcile(
      [
        ghs('a', '2025-01-06', 50_00, 'GIP TRANSFER CHARGE'),
        ghs('b', '2025-01-28', 50_00, 'GIP TRANSFER CHARGE'),
        ghs('cb', '2025-02-12', 100_00, 'CHEQUE BOOK CHARGE 50 LEAVES'),
      ],
      [entry('j', '2025-01-31', -100_00, { description: 'Bank charges - cheque book issued', currency: 'GHS' })],
      accra,
    );
    expect(groups(r).filter(([, ls]) => ls!.includes('j'))).not.toContainEqual([['a', 'b'], ['j']]);
  });

  it('C5 a journal for overdraft interest worded "Bank charges" is not the fees that happen to make it', () => {
    // The journal names the overdraft interest, and the interest line of that amount is on the statement; the code
    // looks only at fee-worded lines for its "one line of the amount" refusal and pairs two unrelated fees instead.
    const r = reconcile(
      [
        bankLine('cot', '2025-01-29', -6_250_00, { narration: 'COMMISSION ON TURNOVER JAN 2025' }),
        bankLine('mnt', '2025-01-30', -3_750_00, { narration: 'ACCOUNT MAINTENANCE FEE JAN 2025' }),
        bankLine('int', '2025-02-03', -10_000_00, { narration: 'INTEREST ON OVERDRAFT JAN 2025' }),
      ],
      [entry('j', '2025-01-31', -10_000_00, { description: 'Bank charges - overdraft interest January 2025' })],
      { timezone: 'Africa/Lagos', autoConfirmUniqueAmount: false },
    );
    expect(groups(r).filter(([bs]) => bs!.includes('cot'))).toEqual([]);
  });
});

describe('pass 5d: instalments', () => {
  it('I1 a part citing another invoice is not an instalment of this one', () => {
    // The first transfer says it pays INV 1455; the entry is INV 1456. The sum meets the entry by chance.
    const r = reconcile(
      [
        bankLine('p1', '2026-03-06', 424_640_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD INV 1455' }),
        bankLine('p2', '2026-03-23', 636_960_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD INV 1456 PART' }),
      ],
      [entry('e', '2026-03-23', 1_061_600_00, { party: 'Adebayo Stores Ltd', reference: 'INV 1456' })],
      lagos,
    );
    expect(groups(r)).toEqual([]);
  });

  it('I3 a single payment of the whole amount earlier leaves the entry in doubt', () => {
    // The payer sent exactly the entry's amount on 4 May and two later transfers make it too: two readings (paid in
    // full, or in parts). The code counts back from the latest and never looks at the single payment of the amount.
    const r = reconcile(
      [
        bankLine('full', '2026-05-04', 1_000_000_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD' }),
        bankLine('p1', '2026-05-18', 400_000_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD' }),
        bankLine('p2', '2026-05-22', 600_000_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD' }),
      ],
      [entry('e', '2026-05-22', 1_000_000_00, { party: 'Adebayo Stores Ltd' })],
      lagos,
    );
    expect(groups(r).filter(([bs]) => bs!.length > 1)).toEqual([]);
  });

  it('I4 a one-word party "Grace" is not every narration writing GRACE', () => {
    // Small books name customers by one word ("Grace"). A church's offering transfer writes GRACE too; the code counts
    // it as Grace's first instalment, so another payer's money is confirmed against her entry.
    const r = reconcile(
      [
        bankLine('p1', '2026-05-08', 30_000_00, { narration: 'TRF FROM GRACE BAPTIST CHURCH OFFERING' }),
        bankLine('p2', '2026-05-20', 20_000_00, { narration: 'TRF FROM GRACE' }),
      ],
      [entry('e', '2026-05-20', 50_000_00, { party: 'Grace' })],
      lagos,
    );
    expect(groups(r)).toEqual([]);
  });

  it('I6 "General Enterprises" is not a hospital writing GENERAL', () => {
    // ENTERPRISES is a trade word, so the party is read as GENERAL alone: a transfer from Lagos State General Hospital is
    // counted as a part of General Enterprises' invoice.
    const r = reconcile(
      [
        bankLine('p1', '2026-05-08', 130_000_00, { narration: 'NIP TRF FROM LAGOS STATE GENERAL HOSPITAL' }),
        bankLine('p2', '2026-05-20', 70_000_00, { narration: 'NIP TRF FROM GENERAL ENTERPRISES' }),
      ],
      [entry('e', '2026-05-20', 200_000_00, { party: 'General Enterprises' })],
      lagos,
    );
    expect(groups(r).filter(([bs]) => bs!.includes('p1'))).toEqual([]);
  });

  it('I7 a branch named in the description is not one payer paying in parts', () => {
    // "Sales - Lagos": LAGOS is a place every second narration writes. Two different people's transfers are confirmed
    // as one invoice "paid in parts" because both narrations write LAGOS.
    const r = reconcile(
      [
        bankLine('p1', '2026-05-08', 130_000_00, { narration: 'NIP TRF FROM EMEKA NWOSU LAGOS' }),
        bankLine('p2', '2026-05-20', 70_000_00, { narration: 'NIP TRF FROM FATIMA BELLO LAGOS' }),
      ],
      [entry('e', '2026-05-20', 200_000_00, { description: 'Sales - Lagos' })],
      lagos,
    );
    expect(groups(r)).toEqual([]);
  });

  it('I8 a branch in Nairobi: two M-Pesa customers are not one payer', () => {
    // "Invoice 2231 - Westlands": one invoice, one customer; two different M-Pesa payers who both pay at the
    // Westlands till are confirmed as its parts because WESTLANDS (a place) is read as the payer's name.
    const r = reconcile(
      [
        bankLine('p1', '2026-05-08', 13_000_00, {
          narration: 'MPESA C2B 0722000111 PETER OTIENO WESTLANDS',
          currency: 'KES',
        }),
        bankLine('p2', '2026-05-20', 7_000_00, {
          narration: 'MPESA C2B 0733000222 MARY WANJIKU WESTLANDS',
          currency: 'KES',
        }),
      ],
      [entry('e', '2026-05-20', 20_000_00, { description: 'Invoice 2231 - Westlands', currency: 'KES' })],
      { timezone: 'Africa/Nairobi', autoConfirmUniqueAmount: false },
    );
    expect(groups(r)).toEqual([]);
  });

  it('I9 an entry for one cheque is not two transfers that make its amount', () => {
    // The entry books cheque 004512 (one credit, "CHQ DEP", still to clear); the payer's two NIP transfers are other
    // payments. A single cheque cannot arrive as two transfers: the sum meets the cheque by chance.
    const r = reconcile(
      [
        bankLine('p1', '2026-05-08', 150_000_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD' }),
        bankLine('p2', '2026-05-20', 250_000_00, { narration: 'NIP TRF FROM ADEBAYO STORES LTD' }),
      ],
      [
        entry('e', '2026-05-20', 400_000_00, {
          party: 'Adebayo Stores Ltd',
          description: 'Cheque 004512 received - Adebayo Stores Ltd',
          reference: 'CHQ 004512',
        }),
      ],
      lagos,
    );
    expect(groups(r)).toEqual([]);
  });
});
