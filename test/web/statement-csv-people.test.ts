import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

// A finished reconciliation's CSV named who finished and who reopened it by username ("rita") where its print page
// names them by display name ("Rita"). Both name people as the pages do; the CSV keeps the username beside the name,
// as the audit trail's CSV knows them by it.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await h.db.db.updateTable('users').set({ display_name: 'Rita Okafor' }).where('username', '=', 'rita').execute();
  await h.db.db.updateTable('users').set({ display_name: 'Ada Eze' }).where('username', '=', 'ada').execute();
  await decideEverything(h);
});
afterAll(async () => h?.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

it('names who finished and who reopened it by display name, as the print page does, with the username beside it', async () => {
  const rita = await signIn(h.app, 'rita');
  const books = typed(await booksBalance(h));
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', books },
    false,
  );
  expect(done.statusCode).toBe(303);
  const ada = await signIn(h.app, 'ada');
  const reopened = await post(
    h.app,
    ada,
    `/accounts/${h.accountId}/statement/1/reopen`,
    { reason: 're-issued' },
    false,
  );
  expect(reopened.statusCode).toBe(303);

  const print = text((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/print`)).body);
  expect(print).toContain('Finished by Rita Okafor');
  expect(print).toContain('Reopened by Ada Eze');

  const rows = parse((await get(h.app, rita, `/accounts/${h.accountId}/statement/1/report.csv`)).body, {
    relax_column_count: true,
  }) as string[][];
  const row = (label: string) => rows.find((r) => r[0] === label);
  // at the account's clock, as the print page says it, not a UTC instant a spreadsheet shows as text
  const lagos = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} Lagos time$/;
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  expect(row('Finished by')).toEqual([
    'Finished by',
    'Rita Okafor',
    expect.stringMatching(lagos),
    'rita',
    expect.stringMatching(instant),
  ]);
  expect(row('Reopened by')).toEqual([
    'Reopened by',
    'Ada Eze',
    expect.stringMatching(lagos),
    'ada',
    expect.stringMatching(instant),
  ]);
});
