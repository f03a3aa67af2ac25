/**
 * Session 31's words: two places an accountant read an internal identifier where they expected words.
 *
 * - The accounts overview's Books column named the books by the ledger source's configuration id ("books-acc-main",
 *   "za-books"): an id an administrator chose in a file, not what the finance team recognises as their books. It says
 *   what the books are (a Sage export, hledger-web) and the bank's account in them; the id stays as secondary detail.
 * - A line a preset rule classified was listed on the statement page, the signed print and the workbook "by rule
 *   ng-nip-fee-5375": the rule's config id. They say the rule by its name ("NIP transfer fee ₦53.75 (VAT
 *   inclusive)"); the JSON document keeps the code (`rule:ng-nip-fee-5375`) for scripts.
 */
import { afterEach, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { resolveRunningSettings } from '../../worker/running-settings.js';
import { loadSettings } from '../../worker/settings.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, pageText, post, signIn } from './support/session.js';

let h: Harness | undefined;
afterEach(async () => h?.close());

/** The overview row of an account, its cells' words in order. */
function overviewCells(body: string, accountId: string): string[] {
  const row = body.split('<tr>').find((r) => r.includes(`href="/accounts/${accountId}/review"`));
  if (!row) throw new Error(`no overview row for ${accountId}`);
  return row
    .split(/<td[^>]*>/)
    .slice(1)
    .map((c) => pageText(c.split('</td>')[0]!).trim());
}

it("names an account's books on the overview by what they are, not by the source's id", async () => {
  // The ledger configuration as the composition root reads it: the main account's books are a Sage export read as
  // CSV, the other's an hledger-web server.
  const running = resolveRunningSettings(loadSettings({ BANKFEED_DATA_DIR: '/tmp/bankfeed-words-s31' }), {
    config: {
      sources: [
        { id: 'books-acc-main', kind: 'csv', preset: 'sage-business-cloud-detailed-ledger' },
        { id: 'books-acc-other', kind: 'hledger-web' },
      ],
    },
  });
  h = await createHarness({ ledgerSources: running.ledgerSources, ledgerSourceKinds: running.ledgerSourceKinds });
  const vera = await signIn(h.app, 'vera');
  const body = (await get(h.app, vera, '/')).body;
  // the Books column is the eleventh
  const main = overviewCells(body, h.accountId)[10]!;
  expect(main).toMatch(/^Sage export \(CSV\) bank account in the books: 1010/);
  // the id an administrator binds by stays, after the words
  expect(main.indexOf('books-acc-main')).toBeGreaterThan(main.indexOf('1010'));
  expect(overviewCells(body, h.otherAccountId)[10]).toMatch(/^hledger-web bank account in the books: 1010/);

  // the admin's Bind panel offers the sources in the same words, each still bound by its id
  const ada = await signIn(h.app, 'ada');
  const panel = (await get(h.app, ada, `/accounts/${h.accountId}/bind`)).body;
  expect(panel).toMatch(/<option value="books-acc-main" selected\s*>Sage export \(CSV\) — books-acc-main<\/option>/);
});

it('says the rule that classified a line by its name on the statement page, the signed print and the workbook', async () => {
  h = await createHarness();
  await decideEverything(h);
  const rita = await signIn(h.app, 'rita');
  const P = `/accounts/${h.accountId}`;
  const words = 'by rule “NIP transfer fee ₦53.75 (VAT inclusive)”, to Bank charges:Transfer fees';
  const page = pageText((await get(h.app, rita, `${P}/statement?end=2026-10-31`)).body);
  expect(page).toContain(`NIP TRANSFER FEE (${words})`);
  expect(page).not.toContain('ng-nip-fee-5375');

  // the JSON document keeps the code, for scripts
  const json = JSON.parse((await get(h.app, rita, `${P}/statement.json?end=2026-10-31`)).body) as {
    statements: Array<{ statement: { debitsNotInBooks: { items: Array<{ group: string | null }> } } }>;
  };
  expect(json.statements[0]!.statement.debitsNotInBooks.items.map((i) => i.group)).toContain('rule:ng-nip-fee-5375');

  const done = await post(
    h.app,
    rita,
    `${P}/statement/finish`,
    { end: '2026-10-31', balance: '372846.25', books: typed(await booksBalance(h)) },
    false,
  );
  expect(pageText((await follow(h.app, rita, done)).body)).toContain('Reconciliation #1 to 2026-10-31 finished');
  // the print reads what the finished reconciliation kept
  const print = pageText((await get(h.app, rita, `${P}/statement/1/print`)).body);
  expect(print).toContain(words);
  expect(print).not.toContain('ng-nip-fee-5375');

  const xlsx = await get(h.app, rita, `${P}/statement/1/report.xlsx`);
  const book = XLSX.read(xlsx.rawPayload, { type: 'buffer' });
  const cells = (sheet: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1 }).flat().map(String);
  expect(cells('Reconciling items')).toContain(words);
  // the summary counts the statement's lines by why they are there, in the same words
  expect(cells('Summary').join('\n')).toContain('by rule “NIP transfer fee ₦53.75 (VAT inclusive)” (1)');
  expect([...cells('Summary'), ...cells('Reconciling items')].join('\n')).not.toContain('ng-nip-fee-5375');
});
