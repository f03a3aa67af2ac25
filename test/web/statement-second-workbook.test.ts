import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { createHarness, OPENING_MINOR, type Harness } from './support/harness.js';
import { booksBalance, decideEverything } from './support/decisions.js';
import { get, post, signIn, type Session } from './support/session.js';

// The workbook of a reconciliation that follows another is rebuilt from the store for its period: it must carry the
// earlier one forward as the statement did when it was finished, or its Summary no longer adds up to what was signed.

describe('the workbook of the second finished reconciliation', () => {
  let h: Harness;
  let rita: Session;
  beforeAll(async () => {
    h = await createHarness();
    await decideEverything(h);
    rita = await signIn(h.app, 'rita');
  });
  afterAll(async () => h?.close());

  const booksThrough = async (end: string) =>
    OPENING_MINOR +
    (
      await h.db.db
        .selectFrom('ledger_entries')
        .select('amount_minor')
        .where('source_id', '=', `books-${h.accountId}`)
        .where('entry_date', '<=', end)
        .execute()
    ).reduce((t, r) => t + Number(r.amount_minor), 0);

  const finish = async (end: string, books: number) => {
    const res = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end, books: (books / 100).toFixed(2) },
      false,
    );
    expect(
      res.statusCode,
      res.body
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 900),
    ).toBe(303);
  };

  it('foots to the difference it was finished with, as its print page does', async () => {
    await finish('2026-10-05', await booksThrough('2026-10-05'));
    await finish('2026-10-31', await booksBalance(h));
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/2/report.xlsx`);
    const rows = utils.sheet_to_json<unknown[]>(read(xlsx.rawPayload).Sheets.Summary!, { header: 1 });
    const at = (label: string) => Math.round(Number(rows.find((r) => r[0] === label)![2]) * 100);
    expect(at('Difference')).toBe(0);
    const print = (await get(h.app, rita, `/accounts/${h.accountId}/statement/2/print`)).body;
    for (const [label, figure] of [
      ['Adjusted bank balance', 'adjusted-bank'],
      ['Adjusted book balance', 'adjusted-book'],
    ] as const) {
      const printed = new RegExp(`data-figure="${figure}">(-?)₦([\\d,]+)\\.(\\d{2})`).exec(print)!;
      const minor = (printed[1] ? -1 : 1) * Number(printed[2]!.replace(/,/g, '') + printed[3]);
      expect(at(label), label).toBe(minor);
    }
  });
});
