import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, type Session, signIn } from './support/session.js';

// The workbook of a finished reconciliation labelled a statement balance the accountant typed as the bank feed's
// running balance: it was rebuilt from the feed, the balance signed and its source not passed (nor kept). Its
// balance per bank is now the one signed, labelled by where it came from, as the print page and the CSV label it.

const FEED = "the bank feed's running balance on its last line";
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('the balance per bank of a finished reconciliation, labelled by its source', () => {
  let h: Harness;
  let rita: Session;
  let books: string;
  beforeEach(async () => {
    h = await createHarness();
    await decideEverything(h);
    books = typed(await booksBalance(h));
    rita = await signIn(h.app, 'rita');
  });
  afterEach(async () => h.close());

  const finish = async (fields: Record<string, string>) => {
    const done = await post(h.app, rita, `/accounts/${h.accountId}/statement/finish`, fields, false);
    expect(done.statusCode).toBe(303);
    const [c] = await h.db.db.selectFrom('statement_reconciliations').selectAll().execute();
    expect(c).toBeDefined();
    return c!;
  };
  const labels = async () => {
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/1/report.xlsx`);
    const rows = utils.sheet_to_json<unknown[]>(read(xlsx.rawPayload).Sheets.Summary!, { header: 1 });
    const csv = parse((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/report.csv`)).body, {
      relax_column_count: true,
    }) as string[][];
    return {
      workbook: rows.find((r) => r[0] === 'Balance per bank statement')!.join(' '),
      print: text((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/print`)).body),
      csv: csv.find((r) => r[0] === 'Balance per bank statement')!,
    };
  };

  it('says "as entered" of a balance the accountant typed, on the workbook, the print page and the CSV', async () => {
    const c = await finish({ end: '2026-10-31', balance: '₦372,846.25', books });
    expect(c.statement_balance_source).toBe('stated');
    const l = await labels();
    expect(l.workbook).toContain('as entered');
    expect(l.workbook).not.toContain('feed');
    expect(l.workbook).toContain('372');
    expect(l.print).toContain('Balance per bank statement at 2026-10-31 (as entered)');
    expect(l.csv).toEqual(['Balance per bank statement', '372846.25', 'stated']);
  });

  it("says the feed's of a balance the feed gave", async () => {
    const c = await finish({ end: '2026-10-31', books });
    expect(c.statement_balance_source).toBe('mono-running-balance');
    const l = await labels();
    expect(l.workbook).toContain(FEED);
    expect(l.print).toContain(`Balance per bank statement at 2026-10-31 (${FEED})`);
    expect(l.csv[2]).toBe('mono-running-balance');
  });
});
