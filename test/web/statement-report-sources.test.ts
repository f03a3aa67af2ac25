import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { createHarness, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, post, signIn } from './support/session.js';

// The workbook of a finished reconciliation says where each balance came from, as the page did when it was signed:
// a books' balance the reviewer typed is "as entered", never "the accounting system's account balance" (nor the CLI's
// "stated (--book-balance)").

describe("a finished reconciliation's workbook", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await decideEverything(h);
  });
  afterAll(async () => h?.close());

  it("labels the books' balance as entered by the person, as it was finished", async () => {
    const rita = await signIn(h.app, 'rita');
    const books = ((await booksBalance(h)) / 100).toFixed(2);
    const done = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books },
      false,
    );
    expect(done.statusCode).toBe(303);
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/1/report.xlsx`);
    const book = read(xlsx.rawPayload);
    const rows = utils.sheet_to_json<string[]>(book.Sheets.Summary!, { header: 1 });
    const perBooks = rows.find((r) => r[0] === 'Balance per books')!;
    expect(perBooks.join(' ')).not.toContain("the accounting system's account balance");
    expect(perBooks.join(' ')).toContain('as entered');
    expect(perBooks.join(' ')).not.toContain('--book-balance');
    expect(rows.find((r) => r[0] === 'Difference')!.join(' ')).toContain('balanced');
  });
});
