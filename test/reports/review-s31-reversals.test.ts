import { describe, expect, it } from 'vitest';
import { carriedReversalPairs } from '../../matching/carried-reversals.js';
import { buildStatement } from '../../adapters/reports/index.js';
import type { ReconciliationReport, ReportBankLine } from '../../adapters/reports/model.js';
import { sampleReport } from './sample-report.js';

// Review of session 31's reversal pairs on the statement (adapters/reports/reversed-lines.ts, statement.ts). Only
// defects: each test failed on the code as reviewed and passes since its fix.

type Carried = NonNullable<ReconciliationReport['carriedForward']>['items'][number];

/** April of the sample account, opening from a finished March that kept `items` outstanding. */
function april(items: Carried[], lines: ReportBankLine[]): ReconciliationReport {
  const r = sampleReport();
  r.period = { from: '2024-04-01', to: '2024-04-30' };
  r.bankLines = lines;
  r.ledgerEntries = [];
  r.result = { matches: [], suggestions: [], unmatchedBank: lines.map((l) => l.id), unmatchedLedger: [] };
  // the engine's pairing of the carried lines and the period's, as the report builders make it
  r.carriedForward = { periodEnd: '2024-03-31', items, reversedBy: carriedReversalPairs(items, lines) };
  r.statementBalanceMinor = 0;
  r.bookBalanceMinor = 0;
  return r;
}

const bankItems = (s: ReturnType<typeof buildStatement>) =>
  [...s.creditsNotInBooks.items, ...s.debitsNotInBooks.items].map((i) => i.id);

describe('review s31: a carried transfer and the reversal of the period', () => {
  it('drops the carried transfer the reversal names by its payee, not an earlier one that only shares the account’s own number', () => {
    // Saw: March was signed with two GTBank transfers of ₦6,300.00 outstanding (the books had posted neither): one to
    // Kofi Boateng on 28 March (a real payment) and one to Ama Owusu on 29 March (it failed). GTBank writes the
    // paying account's own number on every transfer. April's reversal repeats Ama's narration; takeCarriedReversals
    // pairs it with the earliest carried line sharing any number of three digits or more, which is Kofi's (the
    // account number), so Kofi's payment is dropped from the statement for good and Ama's failed transfer is listed
    // and carried instead.
    // Where: adapters/reports/reversed-lines.ts names() (a shared number on every line of the account is taken as
    // the reversal naming the line) with takeCarriedReversals' earliest-first choice.
    // Why it matters: the sum still cancels, so the difference shows 0, but the statement drops a payment the books
    // must still post (Kofi's) and asks the accountant to post a transfer that never left the bank (Ama's).
    const line = (id: string, date: string, payee: string): Carried => ({
      side: 'bank',
      id,
      date,
      reference: null,
      description: `TRANSFER BETWEEN CUSTOMERS VIA GTWORLD FROM 0123456789 TO ${payee}`,
      amountMinor: -630_000,
      group: 'unexplained',
    });
    const r = april(
      [line('kofi', '2024-03-28', 'KOFI BOATENG'), line('ama', '2024-03-29', 'AMA OWUSU')],
      [
        {
          id: 'rvsl',
          date: '2024-04-02',
          amountMinor: 630_000,
          currency: 'NGN',
          narration: 'REVERSAL TRANSFER BETWEEN CUSTOMERS VIA GTWORLD FROM 0123456789 TO AMA OWUSU',
        },
      ],
    );
    const s = buildStatement(r);
    expect(bankItems(s)).toEqual(['kofi']);
  });
});
