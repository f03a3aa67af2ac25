import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { booksBalance, decideEverything } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn, type Session } from './support/session.js';

// The signed statement's items said why they are there in the report's codes ("(write-off:Suspense)",
// "(rule:ng-nip-fee)"), and the history said where the books' balance came from as "stated": in words on the page;
// the CSV keeps the codes in its group column.

describe('a finished reconciliation in words', () => {
  let h: Harness;
  let rita: Session;
  let id: number;
  beforeAll(async () => {
    h = await createHarness();
    rita = await signIn(h.app, 'rita');
    await decideEverything(h);
    const books = ((await booksBalance(h)) / 100).toFixed(2);
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

  const words = (body: string) => body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

  it('names why each item is on the printed statement', async () => {
    const page = words((await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body);
    // the lines explained as bank-only are said to be so (not write-offs)
    expect(page).toContain('(bank-only: Suspense)');
    expect(page).not.toMatch(/\((?:write-off|rule|bank-only):\S/);
    const csv = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.csv`)).body;
    expect(csv).toContain('bank-only:Suspense');
    expect(csv).not.toContain('write-off:Suspense');
  });

  it('names why each item is on the workbook in the same words', async () => {
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.xlsx`);
    const book = read(xlsx.rawPayload);
    const items = utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Reconciling items']!);
    expect(items.map((i) => i['Reason'])).toContain('bank-only: Suspense');
    const cells = utils
      .sheet_to_json<unknown[]>(book.Sheets.Summary!, { header: 1 })
      .flat()
      .concat(items.flatMap((i) => Object.values(i)));
    expect(
      cells.filter((c) => typeof c === 'string' && /\b(?:write-off|rule|bank-only):\S|--book-balance/.test(c)),
    ).toEqual([]);
  });

  it("says where the books' balance came from in the history", async () => {
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    const history = words(page.slice(page.indexOf('<h2>History</h2>')));
    expect(history).toMatch(/2026-10-\d\d – 2026-10-31 ₦[\d,.]+ ₦[\d,.]+ as entered Rita/);
    expect(history).not.toContain(' stated ');
  });
});
