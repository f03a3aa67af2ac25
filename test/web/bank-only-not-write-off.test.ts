import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { read, utils } from 'xlsx';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { booksBalance, explainTheRest } from './support/decisions.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, post, signIn, type Session } from './support/session.js';

// The signed statement's CSV grouped a line explained as bank-only as "write-off:Suspense", and the print page said a
// write-off twice: "write-off to Bank charges: … (to Bank charges)". A bank-only line is labelled bank-only and a write-off
// a write-off, in the same words on the print page, the workbook and the CSV.

const words = (body: string) => body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('a finished reconciliation with a bank-only line and a write-off', () => {
  let h: Harness;
  let rita: Session;
  let id: number;
  let pos: number;
  let okon: number;
  beforeAll(async () => {
    h = await createHarness();
    rita = await signIn(h.app, 'rita');
    // a receipt ₦100.00 short, accepted with the difference written off to Bank charges: a true write-off
    const short = (await suggestions(h)).find((g) => g.differenceMinor === -10_000)!;
    okon = short.bankIds[0]!;
    await post(h.app, rita, `/accounts/${h.accountId}/groups/${short.id}/write-off`, {
      line: okon,
      account: 'Bank charges',
    });
    // the POS subscription, explained as bank-only to Bank charges
    pos = h.bank[6]!;
    await post(h.app, rita, `/accounts/${h.accountId}/lines/${pos}/bank-only`, { line: pos, account: 'Bank charges' });
    const service = createReconciliationService({ db: h.db.db });
    const taken = new Set([okon, pos]);
    for (const g of (await suggestions(h)).sort((a, b) => b.confidence - a.confidence)) {
      if (g.bankIds.some((b) => taken.has(b))) continue;
      await service.confirm(g.id, 'rita');
      g.bankIds.forEach((b) => taken.add(b));
    }
    await explainTheRest(h);
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

  it('prints the bank-only line as bank-only, and the write-off once as a write-off', async () => {
    const page = words((await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body);
    expect(page).toContain('POS TERMINAL ANNUAL SUBSCRIPTION (bank-only: Bank charges)');
    expect(page).toContain('write-off to Bank charges: TRF FROM OKON VENTURES -₦100.00');
    expect(page).not.toContain('(to Bank charges)');
    expect(page).not.toContain('(write-off to Bank charges)');
  });

  it('groups them so in the CSV', async () => {
    const csv = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.csv`)).body;
    const rows = parse(csv, { relax_column_count: true }) as string[][];
    const header = rows.findIndex((r) => r[0] === 'section');
    const [group, key] = [rows[header]!.indexOf('group'), rows[header]!.indexOf('id')];
    const groupOf = (itemId: string) => rows.slice(header + 1).find((r) => r[key] === itemId)?.[group];
    expect(groupOf(String(pos))).toBe('bank-only:Bank charges');
    expect(groupOf(String(okon))).toBe('write-off:Bank charges');
  });

  it('says them in the same words in the workbook', async () => {
    const xlsx = await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.xlsx`);
    const items = utils.sheet_to_json<Record<string, unknown>>(read(xlsx.rawPayload).Sheets['Reconciling items']!);
    const reasonOf = (text: string) => items.find((i) => String(i['Description']).includes(text))?.['Reason'];
    expect(reasonOf('POS TERMINAL ANNUAL SUBSCRIPTION')).toBe('bank-only: Bank charges');
    expect(reasonOf('TRF FROM OKON VENTURES')).toBe('write-off to Bank charges');
  });

  it('says a bank-only line kept as a write-off by an earlier build as bank-only', async () => {
    const row = await h.db.db
      .selectFrom('statement_reconciliations')
      .select('items')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const items = (JSON.parse(row.items) as Array<{ side: string; id: string; group?: string }>).map((i) =>
      i.side === 'bank' && i.id === String(pos) ? { ...i, group: 'write-off:Bank charges' } : i,
    );
    await h.db.db
      .updateTable('statement_reconciliations')
      .set({ items: JSON.stringify(items) })
      .where('id', '=', id)
      .execute();
    const page = words((await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/print`)).body);
    expect(page).toContain('POS TERMINAL ANNUAL SUBSCRIPTION (bank-only: Bank charges)');
    const csv = (await get(h.app, rita, `/accounts/${h.accountId}/statement/${id}/report.csv`)).body;
    expect(csv).toContain('bank-only:Bank charges');
    expect(csv).not.toMatch(/write-off:Bank charges,-15000\.00/);
  });
});
