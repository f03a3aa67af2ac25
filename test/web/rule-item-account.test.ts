/**
 * A bank line a rule classified is on the statement as a debit the books lack: the statement says the rule and the
 * account the rule posts it to, which is what the bookkeeper books it under (walk-s28: it said only "by rule …").
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, pageText, post, signIn } from './support/session.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h?.close());

it('names the account a rule posts its line to, on the page, in the workbook and on the signed print', async () => {
  await decideEverything(h);
  const rita = await signIn(h.app, 'rita');
  const words = /by rule “[^”]+”, to [^)]+/;
  const page = pageText((await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body);
  const onPage = words.exec(page)?.[0];
  // the rule by its name, not its configuration id (words-s31)
  expect(onPage).toBe('by rule “NIP transfer fee ₦53.75 (VAT inclusive)”, to Bank charges:Transfer fees');

  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', balance: '372846.25', books: typed(await booksBalance(h)) },
    false,
  );
  const after = pageText((await follow(h.app, rita, done)).body);
  expect(after).toContain('Reconciliation #1 to 2026-10-31 finished');
  // the statement just finished is said to be finished, not "not ready to finish" (walk-s28b)
  expect(after).toContain('This statement is finished, as reconciliation #1 (its lines locked)');
  expect(after).not.toContain('Not ready to finish');
  const print = pageText((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/print`)).body);
  expect(print).toContain(onPage);
  // a page to sign: who prepared it, and lines for the reviewer's name, date and signature
  expect(print).toMatch(/Prepared by Rita Date \d{4}-\d{2}-\d{2} \d{2}:\d{2} .*Reviewed by Date Signature/);

  const xlsx = await h.app.inject({
    method: 'GET',
    url: `/accounts/${h.accountId}/statement/1/report.xlsx`,
    headers: { cookie: rita.cookie },
  });
  expect(xlsx.statusCode).toBe(200);
  const book = XLSX.read(xlsx.rawPayload, { type: 'buffer' });
  const cells = book.SheetNames.flatMap((n) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[n]!, { header: 1 }))
    .flat()
    .map(String);
  expect(cells).toContain(onPage);
});
