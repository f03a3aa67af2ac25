import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import type { ReportDocument } from '../../adapters/reports/index.js';
import { seedLedger } from '../reconciliation/seed.js';
import { validateReportDocument } from '../reports/report-schema.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn, type Session } from './support/session.js';

// Found in a browser walk-through: the accountant typed the books' own closing balance and the deposits in transit
// grew by a receipt of August that no bank line has cleared, and nothing on the page or in the workbook said why, or
// what to check. The statement now says it under the statement (server-rendered, escaped), marks the entry, and never
// says the receipt explains a difference the books' balance leaves.

/** The page's text as a person reads it. */
const words = (body: string) =>
  body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

/** The explanation block of a section, as markup. */
function whyBlock(page: string, key: string): string {
  const at = page.indexOf(`data-why="${key}"`);
  return at < 0 ? '' : page.slice(at, page.indexOf('</section>', at));
}

/** A figure the page marks with data-figure, as minor units. */
function figure(page: string, name: string): number {
  const m = new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*([-−]?)₦([\\d,]+)\\.(\\d{2})`).exec(page);
  if (!m) throw new Error(`no figure ${name}`);
  const minor = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -minor : minor;
}

describe('the statement says why its deposits in transit are there', () => {
  let h: Harness;
  let rita: Session;
  let own: number;
  beforeAll(async () => {
    h = await createHarness();
    // a till's takings of August the books hold and the bank never credited; its words are hostile on purpose
    const [id] = await seedLedger(h.db.db, `books-${h.accountId}`, [
      {
        date: '2026-08-20',
        amountMinor: 2_250_000,
        party: 'Ikeja Till',
        description: '<img src=x onerror=alert(3)> cash takings',
        reference: 'RCPT-0815',
      },
    ]);
    await h.db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('id', '=', id!).execute();
    rita = await signIn(h.app, 'rita');
    await decideEverything(h);
    own = await booksBalance(h);
  });
  afterAll(async () => h?.close());

  const statement = async (books?: number) =>
    (
      await get(
        h.app,
        rita,
        `/accounts/${h.accountId}/statement?end=2026-10-31${books === undefined ? '' : `&books=${typed(books)}`}`,
      )
    ).body;

  it('with the books assumed, does not list the August receipt (the check below can fail)', async () => {
    const page = await statement();
    expect(words(page)).not.toContain('RCPT-0815');
    expect(words(whyBlock(page, 'deposits-in-transit'))).not.toContain('grow by');
  });

  it('with the books’ own balance typed, lists it, says why the deposits in transit grew and what to check', async () => {
    const page = await statement(own);
    const block = whyBlock(page, 'deposits-in-transit');
    const text = words(block);
    expect(text).toContain(
      'A receipt in the books that no bank line has cleared by 2026-10-31 is a deposit in transit',
    );
    expect(text).toContain('1 dated before it (₦22,500.00)');
    expect(text).toContain("it is what the deposits in transit grow by when the books' own balance is given");
    expect(text).toContain('is 72 days old at 2026-10-31');
    expect(text).toContain('One needs a look (₦22,500.00): RCPT-0815 Ikeja Till:');
    expect(text).toContain('may be a receipt never banked, or one booked twice');
    // the statement balances with it (the books hold it), which does not clear it
    expect(figure(page, 'difference')).toBe(0);
    expect(text).toContain('The zero difference does not clear it');
    // escaped, in the block and on its line, which is marked
    expect(block).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(page).not.toContain('<img src=x');
    expect(page).toMatch(/data-needs-look="\d+"[^>]*>\(needs a look: 72 days old\)/);
  });

  it('never says the receipt explains a difference the typed balance leaves: the difference stays real', async () => {
    const page = await statement(own + 500_000);
    expect(figure(page, 'difference')).toBe(-500_000);
    // the receipt stays an item, flagged: nothing is dropped from the line to make the difference smaller
    expect(figure(page, 'deposits-in-transit')).toBe(figure(await statement(own), 'deposits-in-transit'));
    expect(page).toMatch(/data-needs-look="\d+"/);
    expect(words(page)).toContain('the books do not agree with the bank after the reconciling items');
    expect(words(page)).not.toContain('Everything is cleared and the books agree');
    const text = words(whyBlock(page, 'deposits-in-transit'));
    expect(text).toContain('they do not explain the difference of -₦5,000.00, which is still to be found');
    expect(text).not.toContain('zero difference');
  });

  it('carries it in the JSON document and the workbook of the same statement', async () => {
    const query = `end=2026-10-31&books=${typed(own)}`;
    const doc = JSON.parse(
      (await get(h.app, rita, `/accounts/${h.accountId}/statement.json?${query}`)).body,
    ) as ReportDocument;
    validateReportDocument(doc);
    const why = doc.statements[0]!.statement.whyOutstanding!.depositsInTransit;
    expect(why.oldest).toMatchObject({ date: '2026-08-20', ageDays: 72, since: 'before-period', needsLook: true });
    expect(why.beforePeriod).toEqual({ count: 1, totalMinor: 2_250_000, total: '22500.00' });
    const book = read((await get(h.app, rita, `/accounts/${h.accountId}/statement.xlsx?${query}`)).rawPayload);
    const summary = utils.sheet_to_json<unknown[]>(book.Sheets.Summary!, { header: 1 });
    const at = summary.findIndex((r) => r[0] === 'Why: deposits in transit');
    expect(at).toBeGreaterThan(0);
    expect(summary.slice(at).map((r) => r[3])).toContainEqual(expect.stringContaining('is 72 days old at 2026-10-31'));
    const items = utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Reconciling items']!);
    expect(items.find((i) => i['Reference'] === 'RCPT-0815')).toMatchObject({
      'Age at period end (days)': 72,
      Check: 'needs a look: 72 days old',
    });
  });

  it('keeps it on the print of the finished reconciliation', async () => {
    const done = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/statement/finish`,
      { end: '2026-10-31', books: typed(own) },
      false,
    );
    expect(done.statusCode).toBe(303);
    const id = Number(
      (await h.db.db.selectFrom('statement_reconciliations').select('id').executeTakeFirstOrThrow()).id,
    );
    const print = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body;
    expect(words(print)).toContain('Deposits in transit: why they are there, and what to check');
    expect(words(print)).toContain('is 72 days old at 2026-10-31');
    expect(print).not.toContain('<img src=x');
  });
});
