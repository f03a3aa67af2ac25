import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerConfig } from '../../../adapters/ledger/config.js';
import { TrytonRpc } from '../../../adapters/ledger/tryton/tryton-rpc.js';
import { createReconciliationService } from '../../../activities/reconciliation-service.js';
import { POST_REJECTED_ACTION, SETTLE_ACTION } from '../../../activities/ledger-settlements.js';
import type { Decimal } from '../../../domain/money.js';
import { statusQuery, syncNowUpdate } from '../../../workflows/messages.js';
import { requireComponent } from '../../support/components.js';
import { startFeedHarness, type FeedHarness } from '../../support/feed-harness.js';
import { startTryton, trytonAvailable, type RunningTryton } from '../../support/tryton-server.js';

// Sandbox bank → feed → Tryton invoices → auto-match → write-back → paid in Tryton, read back over its API.
const ACCOUNT = '6600000000000000000d0001';
const LOCKED_OUT = '6600000000000000000d0002';
const PART_PAYER = 'Ibadan Cold Rooms Ltd';
const PART_INVOICE = 'INV-E2E-PART-0001';

let h: FeedHarness | undefined;
let tryton: RunningTryton | undefined;
let available = false;
const cfgDir = mkdtempSync(join(tmpdir(), 'bankfeed-tryton-cfg-'));

function major(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const a = Math.abs(minor);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

beforeAll(async () => {
  available = await requireComponent(
    'tryton',
    trytonAvailable,
    'Tryton 8.2 in .tools/tryton (scripts/provision-tryton.mjs)',
  );
  if (!available) return;
  const today = new Date().toISOString().slice(0, 10);
  tryton = await startTryton({ today });
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'tryton',
          kind: 'tryton',
          url: tryton.url,
          database: tryton.database,
          login: tryton.login,
          password: tryton.password,
          bankJournal: 'GTBank current account',
          currency: 'NGN',
          // The sandbox's customers quote their own invoice numbers: Tryton keeps them in the reference field.
          invoiceReference: 'reference',
        },
        {
          id: 'tryton-revoked',
          kind: 'tryton',
          url: tryton.url,
          database: tryton.database,
          login: tryton.login,
          password: 'a password someone changed',
          bankJournal: 'GTBank current account',
        },
      ],
      bindings: [
        { accountId: ACCOUNT, sourceId: 'tryton', ledgerAccount: '1.1.1', writeBack: true },
        { accountId: LOCKED_OUT, sourceId: 'tryton-revoked', ledgerAccount: '1.1.1', writeBack: true },
      ],
    }),
    'tryton feed test config',
  );
  h = await startFeedHarness({
    sandbox: { seed: 43 },
    ledger: { config, baseDir: cfgDir },
    feedConfig: { reconcileAfterSync: true },
  });
  await h.sandbox.linkAccount({ id: ACCOUNT, institution: 'GTBank', kind: 'business', historyDays: 20, txnsPerDay: 5 });
  await h.sandbox.linkAccount({
    id: LOCKED_OUT,
    institution: 'GTBank',
    kind: 'business',
    historyDays: 5,
    txnsPerDay: 3,
  });
  // The books: the sandbox's customer invoices as Tryton customer invoices, and one more that is paid only in part.
  const fiscalStart = tryton.books.fiscalYear.start;
  const specs = h.sandbox
    .invoicesFor(ACCOUNT)
    .filter((inv) => inv.issueDate >= fiscalStart)
    .map((inv) => ({
      type: 'out' as const,
      party: inv.customer,
      amount: major(inv.amount),
      date: inv.issueDate,
      reference: inv.number,
    }));
  specs.push({ type: 'out', party: PART_PAYER, amount: '100000.00', date: today, reference: PART_INVOICE });
  await tryton.addInvoices(specs);
  h.sandbox.addTransactions(ACCOUNT, 1, {
    type: 'credit',
    amount: 4_000_000,
    narration: 'TRF FROM IBADAN COLD ROOMS LTD FIRST INSTALMENT',
  });
}, 600_000);

afterAll(async () => {
  await h?.close();
  await tryton?.stop();
  rmSync(cfgDir, { recursive: true, force: true });
});

interface InvoiceBack {
  id: number;
  reference: string | null;
  state: string;
  total_amount: Decimal;
  amount_to_pay: Decimal;
}

/** Tryton's own view of the invoices and statement lines, read as the bankfeed user over JSON-RPC. */
async function readBack(): Promise<{ invoices: Map<number, InvoiceBack>; lineNumbers: string[] }> {
  const rpc = new TrytonRpc({
    url: tryton!.url,
    database: tryton!.database,
    login: tryton!.login,
    password: tryton!.password,
    timeoutMs: 60_000,
  });
  const c = { company: tryton!.books.companyId, companies: [tryton!.books.companyId] };
  const rows = await rpc.call<InvoiceBack[]>('model.account.invoice.search_read', [
    [['type', '=', 'out']],
    0,
    null,
    null,
    ['reference', 'state', 'total_amount', 'amount_to_pay'],
    c,
  ]);
  const lines = await rpc.call<Array<{ number: string }>>('model.account.statement.line.search_read', [
    [],
    0,
    null,
    null,
    ['number'],
    c,
  ]);
  await rpc.close();
  return { invoices: new Map(rows.map((r) => [r.id, r])), lineNumbers: lines.map((l) => l.number) };
}

async function settleRows() {
  return (
    await h!.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('account_id', '=', ACCOUNT)
      .where('action', '=', SETTLE_ACTION)
      .execute()
  ).map((a) => ({
    key: a.entity_id,
    detail: JSON.parse(a.detail!) as { created: boolean; externalId: string },
    after: JSON.parse(a.after!) as { entryId: string; amountMinor: number },
  }));
}

/** A sync reconciles only when it brings new bank lines: one small card payment, then a sync, then the new run. */
async function reconcileAgain(reason: string): Promise<void> {
  h!.sandbox.addTransactions(ACCOUNT, 1, { type: 'debit', amount: 250_000, narration: `POS PURCHASE ${reason}` });
  const handle = h!.client.workflow.getHandle(`account-feed:${ACCOUNT}`);
  const before = (await handle.query(statusQuery)).lastReconciliation?.runId ?? 0;
  await handle.executeUpdate(syncNowUpdate, { args: [{ reason }] });
  await h!.waitFor(ACCOUNT, (s) => (s.lastReconciliation?.runId ?? 0) > before, 120_000);
}

describe('Tryton end to end: the feed pays invoices in Tryton', () => {
  it('auto-matched customer payments become validated statement lines; Tryton shows the invoices paid', async (ctx) => {
    if (!available) ctx.skip();
    // Linking already started the feeds (Mono's account_connected webhook); they may have reconciled while Tryton
    // was stopped to book the invoices (an outage: recorded, the feed went on). Reconcile again now the books are in.
    await h!.startFeed(ACCOUNT);
    await h!.startFeed(LOCKED_OUT);
    await h!.waitFor(ACCOUNT, (s) => s.backfilled, 300_000);
    await reconcileAgain('books are ready');
    const status = await h!.client.workflow.getHandle(`account-feed:${ACCOUNT}`).query(statusQuery);
    expect(status.lastReconciliation).not.toBeNull();

    // Rules classified levies and transfer fees onto accounts this chart does not have: Tryton's refusal is
    // recorded with its words, the classification stands, and the matches were still written.
    const refused = await h!.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('account_id', '=', ACCOUNT)
      .where('action', '=', POST_REJECTED_ACTION)
      .execute();
    expect(refused.length).toBeGreaterThan(0);
    expect(JSON.parse(refused[0]!.detail!).vendorMessage).toMatch(/no account with code or name/);

    const rows = await settleRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.detail.created)).toBe(true);
    // Each payment written is read back as the journal item its statement line booked on the bank account, a posting
    // of the books now held by the match it settled (activities/written-postings.ts)
    const booked = await h!.db.db
      .selectFrom('ledger_entries as e')
      .innerJoin('match_items as i', (j) => j.onRef('i.item_id', '=', 'e.id').on('i.side', '=', 'ledger'))
      .innerJoin('match_groups as g', 'g.id', 'i.group_id')
      .select(['e.external_id', 'e.kind'])
      .where('g.status', 'in', ['auto', 'confirmed', 'manual'])
      .where('g.superseded_run_id', 'is', null)
      .where('e.external_id', 'in', [...new Set(rows.map((r) => r.detail.externalId))])
      .execute();
    expect(rows.every((r) => /^move-line:\d+$/.test(r.detail.externalId))).toBe(true);
    expect(new Set(booked.filter((b) => b.kind === 'posting').map((b) => b.external_id))).toEqual(
      new Set(rows.map((r) => r.detail.externalId)),
    );
    const { invoices } = await readBack();
    const entries = new Map(
      (await h!.db.db.selectFrom('ledger_entries').select(['external_id', 'amount_minor']).execute()).map((e) => [
        e.external_id,
        Number(e.amount_minor),
      ]),
    );
    const paidBy = new Map<string, number>();
    for (const r of rows) paidBy.set(r.after.entryId, (paidBy.get(r.after.entryId) ?? 0) + r.after.amountMinor);
    let fully = 0;
    for (const [entryId, paid] of paidBy) {
      const inv = invoices.get(Number(entryId.split(':')[1]))!;
      const open = entries.get(entryId)!;
      if (paid >= open) {
        fully++;
        expect(inv.state, `${inv.reference} paid ${paid} of ${open}`).toBe('paid');
      } else {
        expect(inv.state).toBe('posted');
        expect(inv.amount_to_pay.toFixed(2)).toBe(major(open - paid));
      }
    }
    expect(fully).toBeGreaterThan(0);
    // Every invoice Tryton shows paid was paid by a match bankfeed holds: nothing else wrote to the books.
    const paidInTryton = [...invoices.values()].filter((i) => i.state === 'paid').map((i) => `invoice:${i.id}`);
    expect(paidInTryton.every((id) => paidBy.has(id))).toBe(true);
  }, 400_000);

  it('a person matching a part payment leaves the rest to pay in Tryton', async (ctx) => {
    if (!available) ctx.skip();
    const line = await h!.db.db
      .selectFrom('bank_transactions')
      .select('id')
      .where('account_id', '=', ACCOUNT)
      .where('narration', 'like', '%IBADAN COLD ROOMS%')
      .executeTakeFirstOrThrow();
    const entry = await h!.db.db
      .selectFrom('ledger_entries')
      .select(['id', 'external_id'])
      .where('reference', '=', PART_INVOICE)
      .executeTakeFirstOrThrow();
    const service = createReconciliationService({ db: h!.db.db });
    await service.manualMatch({
      accountId: ACCOUNT,
      bankIds: [Number(line.id)],
      ledgerIds: [Number(entry.id)],
      actor: 'amaka.obi@example.com',
    });
    await reconcileAgain('after a manual part-payment match');
    const { invoices } = await readBack();
    const inv = invoices.get(Number(entry.external_id.split(':')[1]))!;
    expect(inv.state).toBe('posted');
    expect(inv.amount_to_pay.toFixed(2)).toBe('60000.00');
  }, 400_000);

  it('nothing is written twice when our record of the write-back is lost (a crash after Tryton answered)', async (ctx) => {
    if (!available) ctx.skip();
    const before = await readBack();
    const recorded = (await settleRows()).length;
    await h!.db.db.deleteFrom('audit_log').where('action', '=', SETTLE_ACTION).execute();
    await reconcileAgain('retry after a crash');
    const after = await readBack();
    expect(after.lineNumbers.length).toBe(before.lineNumbers.length);
    expect(new Set(after.lineNumbers).size).toBe(after.lineNumbers.length);
    const again = await settleRows();
    expect(again.length).toBe(recorded);
    expect(again.every((r) => !r.detail.created)).toBe(true);
  }, 400_000);

  it('revoked credentials stop that source with a clear message, never the feed', async (ctx) => {
    if (!available) ctx.skip();
    const locked = h!.client.workflow.getHandle(`account-feed:${LOCKED_OUT}`);
    h!.sandbox.addTransactions(LOCKED_OUT, 1, { type: 'credit', amount: 98_700 });
    await locked.executeUpdate(syncNowUpdate, { args: [{ reason: 'Tryton is up again' }] });
    const s = await h!.waitFor(LOCKED_OUT, (x) => x.backfilled && /was refused/.test(x.lastError ?? ''), 120_000);
    expect(s.lastError).toMatch(/Tryton: login "bankfeed" on database "books" was refused/);
    expect(s.lastError).not.toContain('a password someone changed');
    expect(s.counts.syncs).toBeGreaterThan(0);
    // The feed keeps syncing: a new bank line still arrives.
    h!.sandbox.addTransactions(LOCKED_OUT, 1, { type: 'credit', amount: 123_400 });
    await locked.executeUpdate(syncNowUpdate, { args: [{ reason: 'still syncing' }] });
    const stored = await h!.storedLive(LOCKED_OUT);
    expect(stored.some((r) => Number(r.amount_minor) === 123_400)).toBe(true);
  }, 400_000);
});
