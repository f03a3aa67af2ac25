import { describe, expect, it } from 'vitest';
import {
  buildReportDocument,
  buildStatement,
  NEEDS_A_LOOK_AFTER_DAYS,
  whyOutstandingWords,
  type ReconciliationReport,
} from '../../adapters/reports/index.js';
import { buildReportTables } from '../../adapters/reports/report-tables.js';
import { addBusinessDays } from '../../domain/dates.js';
import type { Cell } from '../../adapters/reports/table.js';
import { validateReportDocument } from './report-schema.js';
import { sampleReport } from './sample-report.js';

// The accountant's walk-through: typing the books' own closing balance made the deposits in transit grow, and nothing
// said why or what to check. The statement now carries why, as data, with each entry's age at the period end; it is
// words and flags only, never a figure, so a real difference stays as large as it is and a zero one is not taken as
// clearing an entry that looks wrong.

/** The sample month with a receipt of 20 January the books hold and no bank line has cleared (₦20,000.00). */
function withOldReceipt(source: 'stated' | 'assumed'): ReconciliationReport {
  const r = sampleReport();
  r.ledgerEntries.push({
    id: 'l9',
    date: '2024-01-20',
    amountMinor: 2_000_000,
    currency: 'NGN',
    reference: 'RCPT-77',
    description: 'Cash sales Ikeja',
  });
  r.result.unmatchedLedger.push('l9');
  // the books' own balance holds it
  r.bookBalanceMinor! += 2_000_000;
  r.bookBalanceSource = source;
  return r;
}

const words = (r: ReconciliationReport) => whyOutstandingWords(buildStatement(r)).depositsInTransit.join('\n');

describe('why the deposits in transit are there', () => {
  it('names the receipt dated before the period that the books’ own balance brings in, with its age', () => {
    const s = buildStatement(withOldReceipt('stated'));
    expect(s.depositsInTransit.items.map((i) => i.id)).toEqual(['l9', 'l5']);
    const why = s.whyOutstanding.depositsInTransit;
    expect(why.items.find((a) => a.id === 'l9')).toEqual({
      id: 'l9',
      date: '2024-01-20',
      ageDays: 71,
      since: 'before-period',
      sameAs: null,
      needsLook: true,
    });
    expect(why.items.find((a) => a.id === 'l5')).toMatchObject({ since: 'period', ageDays: 1, needsLook: false });
    expect(why.oldest?.id).toBe('l9');
    expect(why.beforePeriod).toEqual({ count: 1, totalMinor: 2_000_000 });
    expect(why.needsLook).toEqual({ count: 1, totalMinor: 2_000_000 });
    const text = words(withOldReceipt('stated'));
    expect(text).toContain(
      'A receipt in the books that no bank line has cleared by 2024-03-31 is a deposit in transit',
    );
    expect(text).toContain(
      '2 deposits in transit, ₦100,000.00: 1 dated in the period, 1 dated before it (₦20,000.00).',
    );
    expect(text).toContain("grow by when the books' own balance is given");
    expect(text).toContain('The oldest, RCPT-77 Cash sales Ikeja dated 2024-01-20, is 71 days old at 2024-03-31.');
    expect(text).toContain('One needs a look (₦20,000.00): RCPT-77 Cash sales Ikeja (71 days old).');
    // the books hold the receipt and so does the adjusted bank balance: the statement balances whatever it is
    expect(s.differenceMinor).toBe(0);
    expect(text).toContain('The zero difference does not clear it');
  });

  it('lists no such receipt with the books assumed to open at the bank’s opening (the check above can fail)', () => {
    const s = buildStatement(withOldReceipt('assumed'));
    expect(s.depositsInTransit.items.map((i) => i.id)).toEqual(['l5']);
    expect(s.whyOutstanding.depositsInTransit.beforePeriod.count).toBe(0);
    expect(words(withOldReceipt('assumed'))).not.toContain('grow by');
  });

  it('never offsets or hides a real difference: the old receipt stays an item and the difference is said unexplained', () => {
    const r = withOldReceipt('stated');
    // the books' balance typed ₦5,000.00 higher than the books and the bank account for
    r.bookBalanceMinor! += 500_000;
    const s = buildStatement(r);
    expect(s.depositsInTransit.items.map((i) => i.id)).toContain('l9');
    expect(s.depositsInTransit.totalMinor).toBe(10_000_000);
    expect(s.adjustedBankBalanceMinor).toBe(
      s.statementBalanceMinor! +
        s.depositsInTransit.totalMinor -
        s.unpresentedPayments.totalMinor +
        s.awaitingReviewLedger.netMinor,
    );
    expect(s.differenceMinor).toBe(-500_000);
    expect(s).toMatchObject({ verified: true, balanced: false });
    const text = whyOutstandingWords(s).depositsInTransit.join('\n');
    expect(text).toContain('they do not explain the difference of -₦5,000.00, which is still to be found');
    expect(text).not.toContain('zero difference');
  });

  it('flags a receipt booked twice, which a zero difference cannot show', () => {
    const r = sampleReport();
    // INV-1001 entered a second time: the bank cleared the first, the second waits as a deposit in transit
    const l1 = r.ledgerEntries.find((e) => e.id === 'l1')!;
    r.ledgerEntries.push({ ...l1, id: 'l1b', date: '2024-03-06' });
    // the same amount and reference three weeks on is another month's money, not the same receipt again
    r.ledgerEntries.push({ ...l1, id: 'l1c', date: '2024-03-25' });
    r.result.unmatchedLedger.push('l1b', 'l1c');
    r.bookBalanceMinor! += 2 * 25_000_050;
    const s = buildStatement(r);
    expect(s.balanced).toBe(true);
    const twin = s.whyOutstanding.depositsInTransit.items.find((a) => a.id === 'l1b');
    expect(twin).toMatchObject({
      ageDays: 25,
      needsLook: true,
      sameAs: { id: 'l1', date: '2024-03-04', by: 'reference' },
    });
    expect(s.whyOutstanding.depositsInTransit.items.find((a) => a.id === 'l1c')).toMatchObject({
      sameAs: null,
      needsLook: false,
    });
    const text = whyOutstandingWords(s).depositsInTransit.join('\n');
    expect(text).toContain(
      'INV-1001 Acme Ltd receipt (booked twice? the same amount and reference as the entry of 2024-03-04)',
    );
    expect(text).toContain(
      'The zero difference does not clear it: the balance per books holds it as the deposits in transit do, so the statement balances whether it was never banked or booked twice.',
    );
  });

  it(`flags an entry older than ${NEEDS_A_LOOK_AFTER_DAYS} days at the period end, not one of exactly that age`, () => {
    const r = sampleReport();
    const at = (days: number) => addBusinessDays(r.period.to, -days);
    for (const [id, days] of [
      ['p30', NEEDS_A_LOOK_AFTER_DAYS],
      ['p31', NEEDS_A_LOOK_AFTER_DAYS + 1],
    ] as const) {
      r.ledgerEntries.push({ id, date: at(days), amountMinor: -100_000, currency: 'NGN', description: `cheque ${id}` });
      r.result.unmatchedLedger.push(id);
      r.bookBalanceMinor! -= 100_000;
    }
    const why = buildStatement(r).whyOutstanding.unpresentedPayments;
    expect(why.items.find((a) => a.id === 'p30')).toMatchObject({ ageDays: 30, needsLook: false });
    expect(why.items.find((a) => a.id === 'p31')).toMatchObject({ ageDays: 31, needsLook: true });
    expect(why.oldest?.id).toBe('p31');
    expect(why.needsLookAfterDays).toBe(NEEDS_A_LOOK_AFTER_DAYS);
  });

  it('says an entry a finished reconciliation left outstanding is carried forward, not brought in by the balance', () => {
    const r = withOldReceipt('stated');
    r.period = { from: '2024-03-01', to: '2024-03-31' };
    r.carriedForward = {
      periodEnd: '2024-02-29',
      items: [
        {
          side: 'ledger',
          id: 'l9',
          date: '2024-01-20',
          reference: 'RCPT-77',
          description: 'Cash sales Ikeja',
          amountMinor: 2_000_000,
        },
      ],
    };
    const s = buildStatement(r);
    expect(s.whyOutstanding.depositsInTransit.items.find((a) => a.id === 'l9')?.since).toBe('carried-forward');
    expect(s.whyOutstanding.depositsInTransit.beforePeriod.count).toBe(0);
    const text = whyOutstandingWords(s).depositsInTransit.join('\n');
    expect(text).toContain('1 carried forward from the last finished reconciliation');
    expect(text).not.toContain('grow by');
  });

  it('is part of the one report document, valid against its schema, with each sum given twice', () => {
    const doc = buildReportDocument([withOldReceipt('stated')], { producedBy: 'test' });
    validateReportDocument(doc);
    const why = doc.statements[0]!.statement.whyOutstanding!.depositsInTransit;
    expect(why.beforePeriod).toEqual({ count: 1, totalMinor: 2_000_000, total: '20000.00' });
    expect(why.oldest).toMatchObject({ id: 'l9', ageDays: 71 });
  });

  it('is in the workbook: its words under the Summary, each entry’s age and check on the Reconciling items', () => {
    const r = withOldReceipt('stated');
    const tables = buildReportTables(r, buildStatement(r));
    const summary = [...tables.find((t) => t.name === 'Summary')!.rows];
    const why = summary.findIndex((row) => row[0] === 'Why: deposits in transit');
    expect(why).toBeGreaterThan(summary.findIndex((row) => row[0] === 'Difference'));
    expect(summary.slice(why).map((row) => row[3])).toContain(
      'One needs a look (₦20,000.00): RCPT-77 Cash sales Ikeja (71 days old).',
    );
    const items = tables.find((t) => t.name === 'Reconciling items')!;
    const col = (h: string) => items.columns.findIndex((c) => c.header === h);
    const rows: Cell[][] = [...items.rows];
    const l9 = rows.find((row) => row[col('Internal id')] === 'l9')!;
    expect(l9[col('Age at period end (days)')]).toBe(71);
    expect(l9[col('Check')]).toBe('needs a look: 71 days old');
    expect(rows.find((row) => row[col('Internal id')] === 'l5')![col('Check')]).toBe('');
    // the last column is still what each item adds to its side
    expect(items.columns.at(-1)!.header).toBe('Adds to its side');
  });
});
