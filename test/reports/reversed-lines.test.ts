import { describe, expect, it } from 'vitest';
import { carriedReversalPairs } from '../../matching/carried-reversals.js';
import { buildReportDocument, buildStatement, carryOf } from '../../adapters/reports/index.js';
import type { ReconciliationReport, ReportBankLine } from '../../adapters/reports/model.js';
import { sampleReport } from './sample-report.js';

// A transfer that failed and the bank's reversal of it cancel: the books post neither. Both in one period, neither is
// an item, nor carried; split across a period end, the transfer is an item until the reversal comes, then both drop
// (adapters/reports/reversed-lines.ts; walk s31, test/web/walk-s31-accra.test.ts).

const FAILED = 'GIP TRANSFER TO KUMASI AGRO SUPPLIES PV0091';
const bankLine = (id: string, date: string, amountMinor: number, narration: string): ReportBankLine => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  narration,
});

/** The sample March with a failed ₦6,300.00 transfer and its reversal, paired by the engine's reversal-pair rule. */
function withPair(reversedOn: string): ReconciliationReport {
  const r = sampleReport();
  r.bankLines.push(
    bankLine('fail', '2024-03-14', -630_000, FAILED),
    bankLine('rvsl', reversedOn, 630_000, `REVERSAL ${FAILED}`),
  );
  r.result.matches.push({
    bankIds: ['fail', 'rvsl'],
    ledgerIds: [],
    kind: 'rule',
    confidence: 1,
    currency: 'NGN',
    differenceMinor: 0,
    writeOff: null,
    evidence: [],
    ruleId: 'reversal-pair',
  });
  return r;
}

const bankItems = (s: ReturnType<typeof buildStatement>) =>
  [...s.creditsNotInBooks.items, ...s.debitsNotInBooks.items].map((i) => i.id);

/** April of the sample account, opening from a finished March that kept `items` outstanding. */
function april(items: NonNullable<ReconciliationReport['carriedForward']>['items'], lines: ReportBankLine[]) {
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

describe('a failed transfer and its reversal on the statement', () => {
  it('lists neither line of a pair reversed within the period, nor carries it, and names the pair in a note', () => {
    const s = buildStatement(withPair('2024-03-15'));
    expect(bankItems(s)).not.toContain('fail');
    expect(bankItems(s)).not.toContain('rvsl');
    // the two cancel in the bank's balance, so the difference is the sample's own
    expect(s.differenceMinor).toBe(0);
    expect(s.notes.join(' ')).toContain(
      `Reversed by the bank, so neither is an item (the two cancel and the books post neither): 2024-03-14 ${FAILED} (-₦6,300.00) by 2024-03-15 REVERSAL ${FAILED} (+₦6,300.00).`,
    );
    const carried = carryOf(
      buildReportDocument([withPair('2024-03-15')], { producedBy: 'test' }).statements[0]!.statement,
    );
    expect(carried.items.map((i) => i.id)).not.toContain('fail');
  });

  it('carries the transfer of a pair reversed after the end, and drops both when the reversal is in the period', () => {
    // March: the reversal came on 2 April; at 31 March the bank had paid ₦6,300.00 the books never will
    const march = withPair('2024-04-02');
    march.statementBalanceMinor! -= 630_000;
    const s = buildStatement(march);
    expect(s.debitsNotInBooks.items.find((i) => i.id === 'fail')).toMatchObject({ group: 'rule:reversal-pair' });
    expect(s.differenceMinor).toBe(0);
    const carried = carryOf(buildReportDocument([march], { producedBy: 'test' }).statements[0]!.statement);
    expect(carried.items.filter((i) => i.side === 'bank').map((i) => i.id)).toContain('fail');
    // April: the engine's pair, the March line brought in beside April's
    const next = april(carried.items, [march.bankLines.find((l) => l.id === 'rvsl')!]);
    next.bankLines.push(march.bankLines.find((l) => l.id === 'fail')!);
    next.result.matches.push(march.result.matches.find((g) => g.ruleId === 'reversal-pair')!);
    next.result.unmatchedBank = [];
    const a = buildStatement(next);
    expect(bankItems(a)).not.toContain('fail');
    expect(bankItems(a)).not.toContain('rvsl');
  });

  it('drops a carried transfer and the reversal of the period that names it, which the engine could not pair', () => {
    // March was signed before the reversal came: its line stands unexplained, and locked, so no run pairs it in April
    const failed = {
      side: 'bank' as const,
      id: 'fail',
      date: '2024-03-29',
      reference: null,
      description: FAILED,
      amountMinor: -630_000,
      group: 'unexplained',
    };
    const other = { ...failed, id: 'tema', description: 'GIP TRANSFER TO TEMA HAULAGE PV0102' };
    // earlier, and naming it too, but the books hold its entry after the end: it waits for that entry, not a reversal
    const late = { ...failed, id: 'late', date: '2024-03-20', group: 'recorded-later' };
    const r = april(
      [failed, other, late],
      [
        bankLine('rvsl', '2024-04-02', 630_000, `REVERSAL ${FAILED}`),
        // of the amount, reversing another transfer: a word ("TRANSFER") is not the line it undoes
        bankLine('rvsl2', '2024-04-03', 630_000, 'REVERSAL GIP TRANSFER TO ACCRA FOODS PV0150'),
      ],
    );
    const s = buildStatement(r);
    expect(bankItems(s).sort()).toEqual(['late', 'rvsl2', 'tema']);
    expect(s.creditsNotInBooks.items.map((i) => i.id)).toEqual(['rvsl2']);
    expect(s.notes.join(' ')).toContain(`2024-03-29 ${FAILED} (-₦6,300.00) by 2024-04-02 REVERSAL ${FAILED}`);
  });

  it('names the booked payment in the note when the statement does not list it, and points to it when it does', () => {
    // the books recorded the failed transfer on 28 February, before the period; the engine names it on the pair
    const booked = (source: 'assumed' | 'stated') => {
      const r = withPair('2024-03-15');
      r.ledgerEntries.push({
        id: 'pay',
        date: '2024-02-28',
        amountMinor: -630_000,
        currency: 'NGN',
        description: 'Payment to <b>Kumasi</b> & Co',
        party: 'Kumasi Agro',
        reference: 'PV0091',
      });
      r.result.unmatchedLedger.push('pay');
      r.result.matches.at(-1)!.evidence = [{ kind: 'rule', detail: 'reversal', weight: 1, ledgerIds: ['pay'] }];
      r.bookBalanceSource = source;
      return buildStatement(r);
    };
    // assumed: an entry before the period is taken as settled at the opening, so it is named here, not sent for
    const assumed = booked('assumed');
    expect(assumed.unpresentedPayments.items.map((i) => i.id)).not.toContain('pay');
    const note = assumed.notes.find((n) => n.includes(FAILED))!;
    expect(note).not.toContain('listed among the book items');
    expect(note).toBe(
      "Reversed by the bank, so neither bank line is an item, but the books recorded the payment undone and still hold it, dated before the period: with the books' balance assumed they are taken as settled at the opening and not listed here; they are listed as unpresented payments, not clearing, once the books' own balance is given: " +
        `2024-03-14 ${FAILED} (-₦6,300.00) by 2024-03-15 REVERSAL ${FAILED} (+₦6,300.00), in the books as 2024-02-28 Kumasi Agro: Payment to <b>Kumasi</b> & Co (-₦6,300.00).`,
    );
    // the books' own balance: the entry is listed, saying it will not clear, and the note points to it
    const stated = booked('stated');
    expect(stated.unpresentedPayments.items.find((i) => i.id === 'pay')?.description).toContain(
      'the bank reversed this on 2024-03-15, so it will not clear',
    );
    expect(stated.notes.find((n) => n.includes(FAILED))).toBe(
      'Reversed by the bank, so neither bank line is an item, but the books recorded the payment undone and still hold it (listed among the book items as not clearing): ' +
        `2024-03-14 ${FAILED} (-₦6,300.00) by 2024-03-15 REVERSAL ${FAILED} (+₦6,300.00).`,
    );
  });
});
