import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { runFileReconcile } from '../../worker/commands/reconcile-files.js';
import { statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import type { NightlyResult } from '../../workflows/nightly.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';
import { requireComponent } from '../support/components.js';
import { libreOfficeAvailable, workbookToCsvSheets } from '../reports/libreoffice.js';

const ACCOUNT = '6600000000000000000b0001';
let h: FeedHarness;
let dir: string;
let ledgerCsv: string;

function major(minor: number): string {
  return `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
}

/** Books made from the sandbox bank: its customer invoices, supplier payments with their session ids, and one more invoice a webhook-time payment will name. */
function writeLedger(path: string, h0: FeedHarness, extra: { number: string; amount: number; date: string }): void {
  const truth = h0.sandbox.truth(ACCOUNT);
  const first = truth[0]!.date.slice(0, 10);
  const rows: string[][] = [
    ['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit'],
  ];
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  let j = 1;
  for (const inv of h0.sandbox.invoicesFor(ACCOUNT)) {
    if (inv.issueDate < first) continue;
    rows.push([
      dmy(inv.issueDate),
      `INV${j++}`,
      '1010',
      'Bank - GTBank',
      `Invoice ${inv.number} - ${inv.customer}`,
      inv.number,
      major(inv.amount),
      '',
    ]);
  }
  for (const t of truth) {
    const nip = /^NIP\/TRF\/(\d{20,30})\/([^/]+)/.exec(t.narration);
    if (t.type !== 'debit' || !nip) continue;
    rows.push([
      dmy(t.date),
      `PAY${j++}`,
      '1010',
      'Bank - GTBank',
      `Payment to ${nip[2]}`,
      nip[1]!,
      '',
      major(t.amount),
    ]);
  }
  rows.push([
    dmy(extra.date),
    `INV${j}`,
    '1010',
    'Bank - GTBank',
    `Invoice ${extra.number} - TEMI OKONJO STORES`,
    extra.number,
    major(extra.amount),
    '',
  ]);
  writeFileSync(
    path,
    rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n',
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-recon-'));
  ledgerCsv = join(dir, 'books.csv');
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        { id: 'books', kind: 'csv', path: 'books.csv', currency: 'NGN', preset: 'general-ledger', dateOrder: 'DMY' },
      ],
      bindings: [{ accountId: ACCOUNT, sourceId: 'books', ledgerAccount: '1010' }],
    }),
    'test ledger config',
  );
  h = await startFeedHarness({
    sandbox: { seed: 31 },
    ledger: { config, baseDir: dir },
    feedConfig: { reconcileAfterSync: true },
  });
  await h.sandbox.linkAccount({ id: ACCOUNT, institution: 'GTBank', kind: 'business', historyDays: 40, txnsPerDay: 6 });
  writeLedger(ledgerCsv, h, {
    number: 'INV-2026-9001',
    amount: 48_750_00,
    date: h.sandbox.now().toISOString().slice(0, 10),
  });
  await h.startFeed(ACCOUNT);
  await h.waitFor(ACCOUNT, (s) => s.backfilled && !!s.lastReconciliation, 90_000);
}, 180_000);

afterAll(async () => {
  await h?.close();
});

async function autoPairs(): Promise<Set<string>> {
  const groups = await createReconciliationService({ db: h.db.db }).listGroups(ACCOUNT, { status: ['auto'] });
  const bank = new Map(
    (
      await h.db.db
        .selectFrom('bank_transactions')
        .select(['id', 'provider_txn_id'])
        .where('account_id', '=', ACCOUNT)
        .execute()
    ).map((r) => [Number(r.id), r.provider_txn_id]),
  );
  const ledger = new Map(
    (
      await h.db.db
        .selectFrom('ledger_entries')
        .select(['id', 'external_id'])
        .where('source_id', '=', 'books')
        .execute()
    ).map((r) => [Number(r.id), r.external_id]),
  );
  return new Set(
    groups.map(
      (g) =>
        `${g.bankIds
          .map((b) => bank.get(b))
          .sort()
          .join('+')}=${g.ledgerIds
          .map((l) => ledger.get(l))
          .sort()
          .join('+')}|${g.kind}`,
    ),
  );
}

describe('reconciliation inside the feed', () => {
  it('after the backfill, equals `bankfeed reconcile` on the same bank lines and books', async () => {
    const lines = await h.storedLive(ACCOUNT);
    const full = await h.db.db
      .selectFrom('bank_transactions')
      .selectAll()
      .where('account_id', '=', ACCOUNT)
      .where('status', '!=', 'removed')
      .orderBy('booked_at')
      .execute();
    expect(full.length).toBe(lines.length);
    const bankJson = join(dir, 'bank.json');
    writeFileSync(
      bankJson,
      JSON.stringify(
        full.map((r) => ({
          id: r.provider_txn_id,
          date: r.business_date,
          amount: major(Number(r.amount_minor)),
          currency: 'NGN',
          narration: r.narration,
          balance: r.balance_minor === null ? null : major(Number(r.balance_minor)),
        })),
      ),
    );
    // The feed reads the books from a quarter before its first line (invoices are issued before they are paid); the
    // command, given no earlier reconciliation, takes entries dated before its period as cleared. Both see the same
    // books when the period starts at the earliest of the lines and the entries (the sandbox's invoices may predate
    // its first line, depending on the day the test runs).
    const ledgerDates = readFileSync(ledgerCsv, 'utf8')
      .split('\n')
      .slice(1)
      .map((row) => /^(\d{2})\/(\d{2})\/(\d{4}),/.exec(row))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[3]}-${m[2]}-${m[1]}`);
    const periodFrom = [full[0]!.business_date, ...ledgerDates].sort()[0]!;
    const out = join(dir, 'files-report.json');
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const code = await runFileReconcile({
      bank: bankJson,
      ledger: ledgerCsv,
      out,
      periodFrom,
      periodTo: full.at(-1)!.business_date,
      stdout: sink,
      stderr: sink,
    });
    expect(code).toBe(0);
    // The one report document (docs/reports.md): one statement, matches naming `bank` / `ledger` ids.
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      statements: Array<{ matches: Array<{ bank: string[]; ledger: string[]; kind: string }> }>;
    };
    const fileAuto = new Set(
      report.statements[0]!.matches.map(
        (m) => `${[...m.bank].sort().join('+')}=${[...m.ledger].sort().join('+')}|${m.kind}`,
      ),
    );
    const feedAuto = await autoPairs();
    expect(feedAuto.size).toBeGreaterThan(20);
    expect(feedAuto).toEqual(fileAuto);
  });

  it('auto-matches a new customer payment that names an invoice, within the webhook-triggered sync', async () => {
    const [line] = h.sandbox.addTransactions(ACCOUNT, 1, {
      narration: 'NIP/TRF/000015260101093012345678901234/TEMI OKONJO STORES/PAYMT INV-2026-9001',
      amount: 48_750_00,
      type: 'credit',
    });
    const before =
      (await h.client.workflow.getHandle(`account-feed:${ACCOUNT}`).query(statusQuery)).lastReconciliation?.runId ?? 0;
    await h.sandbox.emitWebhook('mono.events.account_updated', {
      account: { _id: ACCOUNT },
      meta: { data_status: 'AVAILABLE', has_new_data: true, sync_status: 'SUCCESSFUL' },
    });
    await h.waitFor(ACCOUNT, (s) => (s.lastReconciliation?.runId ?? 0) > before, 60_000);
    const stored = await h.db.db
      .selectFrom('bank_transactions')
      .select('id')
      .where('provider_txn_id', '=', line!.id)
      .executeTakeFirstOrThrow();
    const groups = await createReconciliationService({ db: h.db.db }).listGroups(ACCOUNT, {
      bankId: Number(stored.id),
      status: ['auto'],
    });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.kind).toBe('reference');
    const entry = await h.db.db
      .selectFrom('ledger_entries')
      .select('reference')
      .where('id', '=', groups[0]!.ledgerIds[0]!)
      .executeTakeFirstOrThrow();
    expect(entry.reference).toBe('INV-2026-9001');
  });

  it("keeps a person's confirm and reject through the next sync's reconciliation", async () => {
    const service = createReconciliationService({ db: h.db.db });
    const auto = await service.listGroups(ACCOUNT, { status: ['auto'] });
    const suggested = await service.listGroups(ACCOUNT, { status: ['suggested'] });
    expect(auto.length).toBeGreaterThan(0);
    expect(suggested.length).toBeGreaterThan(0);
    const confirmed = await service.confirm(auto[0]!.id, 'ada@finance');
    const rejected = await service.reject(suggested[0]!.id, 'ada@finance');
    h.sandbox.addTransactions(ACCOUNT, 2);
    const handle = h.client.workflow.getHandle(`account-feed:${ACCOUNT}`);
    const before = (await handle.query(statusQuery)).lastReconciliation?.runId ?? 0;
    const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'decisions' }] });
    expect(r.status).toBe('succeeded');
    await h.waitFor(ACCOUNT, (s) => (s.lastReconciliation?.runId ?? 0) > before, 60_000);
    const after = await service.listGroups(ACCOUNT, { status: ['confirmed', 'rejected'], includeStale: true });
    expect(after.find((g) => g.id === confirmed.group.id)?.status).toBe('confirmed');
    expect(after.find((g) => g.id === rejected.group.id)?.status).toBe('rejected');
    const again = await service.listGroups(ACCOUNT, { status: ['suggested', 'auto'] });
    const pair = (g: { bankIds: number[]; ledgerIds: number[] }) => `${g.bankIds.join('+')}=${g.ledgerIds.join('+')}`;
    expect(again.map(pair)).not.toContain(pair(rejected.group));
  });

  it('nightly: writes every bound account workbook and the organisation summary, which LibreOffice opens', async () => {
    const result = (await h.client.workflow.execute('nightlyRun', {
      taskQueue: h.taskQueue,
      workflowId: `nightly-${randomUUID()}`,
      args: [{ settleMs: 500 }],
    })) as NightlyResult;
    expect(result.signalled).toBeGreaterThanOrEqual(1);
    const files = result.reports!.files;
    expect(files.some((f) => f.endsWith(`${ACCOUNT}.xlsx`))).toBe(true);
    const summary = files.find((f) => f.endsWith('reconciliation.xlsx'))!;
    expect(summary).toBeDefined();
    if (await requireComponent('libreoffice', libreOfficeAvailable, 'LibreOffice (soffice)')) {
      for (const f of [summary, files.find((x) => x.endsWith(`${ACCOUNT}.xlsx`))!]) {
        const sheets = await workbookToCsvSheets(f, mkdtempSync(join(tmpdir(), 'bankfeed-lo-')), false);
        expect(sheets.size).toBeGreaterThan(0);
        const text = [...sheets.values()].flat(2).join(' ');
        // The summary lists the account; the account's workbook names its bank on the Summary sheet.
        expect(text).toContain(f === summary ? ACCOUNT : 'GTBank');
      }
    }
  });
});
