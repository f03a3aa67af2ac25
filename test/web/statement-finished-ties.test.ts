import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { read, utils } from 'xlsx';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { booksBalance, explainTheRest } from './support/decisions.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn, type Session } from './support/session.js';

// A finished reconciliation is what an accountant signs: every view of it (the print page, its CSV and its workbook)
// must add up on paper. Balance per bank ± outstanding book entries = adjusted bank balance; balance per books ± the
// statement's items the books lack (write-offs and residuals included) = adjusted book balance; their difference is
// the one printed. The figures are read off what is rendered and added up here in integer minor units.

/** "₦1,234.56", "-₦53.75" as signed minor units (no floats). */
function minorOf(text: string): number {
  const m = /^(-?)₦([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: "${text}"`);
  const minor = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -minor : minor;
}

/** Every figure the page marks with data-figure, as minor units. */
function figures(page: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of page.matchAll(/data-figure="([a-z-]+)"[^>]*>\s*(?:<[^>]+>\s*)*(-?₦[\d,]+\.\d{2})/g))
    out[m[1]!] = minorOf(m[2]!);
  return out;
}

/** The item rows of each section (data-item), summed as printed. */
function itemSums(page: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of page.matchAll(/data-item="([a-z-]+)"[^>]*>(-?₦[\d,]+\.\d{2})</g))
    out[m[1]!] = (out[m[1]!] ?? 0) + minorOf(m[2]!);
  return out;
}

/** "-1250.00" as minor units, exactly. */
const minorOfPlain = (text: string) => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!m) throw new Error(`not a plain amount: "${text}"`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

const BANK = ['deposits-in-transit', 'unpresented-payments'];
const BOOKS = ['credits-not-in-books', 'debits-not-in-books'];

/** The statement's own arithmetic: each side's rows make its adjusted balance, and those make the difference. */
function expectFoots(f: Record<string, number>, extra: { bank?: string[]; book?: string[] } = {}) {
  const bank = [...BANK, ...(extra.bank ?? [])];
  const book = [...BOOKS, ...(extra.book ?? [])];
  expect(bank.reduce((t, k) => t + f[k]!, f['balance-per-bank']!)).toBe(f['adjusted-bank']);
  expect(book.reduce((t, k) => t + f[k]!, f['balance-per-books']!)).toBe(f['adjusted-book']);
  expect(f['adjusted-bank']! - f['adjusted-book']!).toBe(f['difference']);
}

describe('a finished reconciliation on paper', () => {
  let h: Harness;
  let rita: Session;
  let id: number;
  beforeAll(async () => {
    h = await createHarness();
    rita = await signIn(h.app, 'rita');
    // A receipt ₦100.00 short of the books, accepted with the difference written off: a residual on the statement.
    const short = (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
    const line = short.bankIds[0]!;
    await post(h.app, rita, `/accounts/${h.accountId}/groups/${short.id}/write-off`, { line, account: 'Bank charges' });
    const service = createReconciliationService({ db: h.db.db });
    const taken = new Set([line]);
    for (const g of (await suggestions(h)).sort((a, b) => b.confidence - a.confidence)) {
      if (g.bankIds.some((b) => taken.has(b))) continue;
      await service.confirm(g.id, 'rita');
      g.bankIds.forEach((b) => taken.add(b));
    }
    await explainTheRest(h);
    const books = ((await booksBalance(h)) / 100).toFixed(2);
    const live = (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31&books=${books}`)).body;
    // The live statement it is finished from adds up the same way.
    expectFoots(figures(live), { bank: ['awaiting-review-ledger'], book: ['awaiting-review-bank'] });
    const done = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books },
      false,
    );
    expect(done.statusCode).toBe(303);
    id = Number((await h.db.db.selectFrom('statement_reconciliations').select('id').executeTakeFirstOrThrow()).id);
  });
  afterAll(async () => h?.close());

  it('prints the subtotals, every item (the write-off too), and figures that foot to the difference', async () => {
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body;
    const f = figures(page);
    expectFoots(f);
    expect(f['difference']).toBe(0);
    // The books lack the statement's items: the bank and the books differ by them, and the page shows them.
    expect(f['balance-per-bank']).not.toBe(f['balance-per-books']);
    expect(page).toContain('Adjusted bank balance');
    expect(page).toContain('Adjusted book balance');
    expect(page).toMatch(/write-off to Bank charges/);
    // Each section's items add up to its line.
    const items = itemSums(page);
    for (const k of [...BANK, ...BOOKS]) expect(items[k] ?? 0, k).toBe(f[k]);
  });

  it('writes the same statement, subtotals and items in its CSV', async () => {
    const csv = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.csv`)).body;
    const rows = parse(csv, { relax_column_count: true }) as string[][];
    const at = (label: string) => {
      const r = rows.find((row) => row[0]!.startsWith(label));
      if (!r) throw new Error(`no row "${label}"`);
      return minorOfPlain(r[1]!);
    };
    const f: Record<string, number> = {
      'balance-per-bank': at('Balance per bank statement'),
      'deposits-in-transit': at('Add: deposits in transit'),
      'unpresented-payments': at('Less: unpresented payments'),
      'adjusted-bank': at('Adjusted bank balance'),
      'balance-per-books': at('Balance per books'),
      'credits-not-in-books': at('Add: credits on the statement not in the books'),
      'debits-not-in-books': at('Less: debits on the statement not in the books'),
      'adjusted-book': at('Adjusted book balance'),
      difference: at('Difference'),
    };
    expectFoots(f);
    const header = rows.findIndex((r) => r[0] === 'section');
    const amount = rows[header]!.indexOf('amount');
    const sums: Record<string, number> = {};
    for (const r of rows.slice(header + 1)) sums[r[0]!] = (sums[r[0]!] ?? 0) + minorOfPlain(r[amount]!);
    for (const k of [...BANK, ...BOOKS]) expect(sums[k] ?? 0, k).toBe(f[k]);
    expect(csv).toContain('write-off to Bank charges');
  });

  it('writes a workbook whose Summary foots to the difference it was finished with', async () => {
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.xlsx`);
    const rows = utils.sheet_to_json<unknown[]>(read(xlsx.rawPayload).Sheets.Summary!, { header: 1 });
    const at = (label: string) => Math.round(Number(rows.find((r) => r[0] === label)![2]) * 100);
    const f: Record<string, number> = {
      'balance-per-bank': at('Balance per bank statement'),
      'deposits-in-transit': at('Add: deposits in transit'),
      'unpresented-payments': at('Less: unpresented payments'),
      'adjusted-bank': at('Adjusted bank balance'),
      'balance-per-books': at('Balance per books'),
      'credits-not-in-books': at('Add: credits on the statement not in the books'),
      'debits-not-in-books': at('Less: debits on the statement not in the books'),
      'adjusted-book': at('Adjusted book balance'),
      difference: at('Difference'),
    };
    expectFoots(f);
    expect(f['difference']).toBe(0);
    const print = figures((await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body);
    for (const k of Object.keys(f)) expect(f[k], k).toBe(print[k]);
  });

  it('still adds up for one finished before residuals were kept with it, naming the part not itemised', async () => {
    // As such a reconciliation was stored: its bank lines and book entries only.
    const row = await h.db.db
      .selectFrom('statement_reconciliations')
      .select('items')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const old = (JSON.parse(row.items) as Array<{ side: string }>).filter((i) => i.side !== 'match-residual');
    await h.db.db
      .updateTable('statement_reconciliations')
      .set({ items: JSON.stringify(old) })
      .where('id', '=', id)
      .execute();
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body;
    const f = figures(page);
    expectFoots(f, { book: ['not-itemised'] });
    expect(f['not-itemised']).toBe(-10_000);
    expect(f['difference']).toBe(0);
  });
});
