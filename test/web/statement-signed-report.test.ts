/**
 * A finished statement keeps its report as signed (statement_signed_reports, migration 0020): its workbook is written
 * from it. One finished before reports were kept has none, and its workbook is rebuilt, cut at its finish.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { signedReportJson, signedReportOf } from '../../adapters/reports/signed-report.js';
import { booksBalance, decideEverything, typed } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { follow, get, post, type Session, signIn } from './support/session.js';

const OCTOBER_CLOSE = 37_284_625;
let h: Harness;
let rita: Session;
beforeEach(async () => {
  h = await createHarness({}, 'sqlite');
  rita = await signIn(h.app, 'rita');
  await decideEverything(h);
  const done = await post(
    h.app,
    rita,
    `/accounts/${h.accountId}/statement/finish`,
    { end: '2026-10-31', balance: typed(OCTOBER_CLOSE), books: typed(await booksBalance(h)) },
    false,
  );
  await follow(h.app, rita, done);
});
afterEach(async () => h?.close());

const summary = async () => {
  const res = await get(h.app, rita, `/accounts/${h.accountId}/statement/1/report.xlsx`);
  expect(res.statusCode).toBe(200);
  const wb = read(res.rawPayload);
  return utils.sheet_to_json<string[]>(wb.Sheets['Summary']!, { header: 1, raw: false, defval: '' });
};

it('is kept when the statement is finished, its stored ids with it, and its workbook is written from it', async () => {
  const kept = await h.db.db
    .selectFrom('statement_signed_reports')
    .select('report')
    .where('reconciliation_id', '=', 1)
    .executeTakeFirstOrThrow();
  const report = signedReportOf(kept.report);
  expect(report.period).toEqual({ from: '2026-10-02', to: '2026-10-31' });
  expect(report.groupIds?.size).toBeGreaterThan(0);
  expect(signedReportJson(report)).toBe(kept.report);
  expect((await summary()).find((r) => r[0] === 'Difference')?.[2]).toBe('₦0.00');
});

it('is rebuilt, cut at the finish, for a statement finished before reports were kept', async () => {
  await h.db.db.deleteFrom('statement_signed_reports').execute();
  const rows = await summary();
  expect(rows.find((r) => r[0] === 'Difference')?.[2]).toBe('₦0.00');
});
