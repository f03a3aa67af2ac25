/**
 * A Lagos team's October against books kept in a real Tryton 8.2 (walk-s31b-lagos's month, shortened): a GTBank
 * account opened on 1 October; customers pay invoices (one short, written off), a supplier's invoice is paid, a POS
 * settlement is explained as bank-only, one invoice stays unpaid, and one payment the team recorded in Tryton by hand
 * (the invoice's Pay button, onto the bank account) before the sync. Pulled, matched and written back as a sync or Run
 * does (`reconcileAccountFeed`, write-back on), then October's statement is opened with Tryton's own balance of the
 * bank account.
 *
 * Tryton's invoices are documents (match candidates, never statement items) and the bank account's journal items are
 * the books' postings: each write-back is read back as the bank account's line of the move its statement made, and
 * joined to its match (docs/ledgers/tryton.md).
 */
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLE_ACTION } from '../../../activities/ledger-settlements.js';
import { createReconcileActivities } from '../../../activities/reconcile-activities.js';
import { parseLedgerConfig } from '../../../adapters/ledger/config.js';
import { createLedgerAdapter } from '../../../adapters/ledger/registry.js';
import { TrytonRpc } from '../../../adapters/ledger/tryton/tryton-rpc.js';
import type { LedgerAdapter } from '../../../adapters/ledger/types.js';
import { Decimal, majorToMinor } from '../../../domain/money.js';
import { createWebApp } from '../../../web/app.js';
import { requireComponent } from '../../support/components.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { startTryton, trytonAvailable, type RunningTryton } from '../../support/tryton-server.js';
import { addPeople } from '../../web/support/harness.js';
import { get, pageText, post, signIn } from '../../web/support/session.js';
import { lineFeeder, seedWalkAccount, type Line, runFeed } from '../../web/support/walk-feed.js';

const ACCOUNT = 'acc-ng-tryton';
const P = `/accounts/${ACCOUNT}`;
const END = '2026-10-31';

/** October on the GTBank statement, in posting order (the account opened on 1 October, at ₦0.00). */
const OCTOBER_LINES: Line[] = [
  {
    date: '2026-10-03',
    amountMinor: 125_000_000,
    narration: 'NIP/TRF FROM CHIDI STORES LTD/INV-000101',
    counterpartyName: 'CHIDI STORES LTD',
  },
  {
    date: '2026-10-07',
    amountMinor: -85_000_000,
    narration: 'NIP/TRF TO LAGOS PAPER MILLS LTD/B-2201',
    counterpartyName: 'LAGOS PAPER MILLS LTD',
  },
  {
    date: '2026-10-09',
    amountMinor: 74_500_000,
    narration: 'NIP/TRF FROM IKOYI DENTAL CLINIC/INV-000103',
    counterpartyName: 'IKOYI DENTAL CLINIC',
  },
  {
    date: '2026-10-16',
    amountMinor: 21_000_000,
    narration: 'NIP/TRF FROM SURULERE BAKERY/INV-000104',
    counterpartyName: 'SURULERE BAKERY',
  },
  {
    date: '2026-10-20',
    amountMinor: 14_892_000,
    narration: 'POS SETTLEMENT 19/10/2026 TID 2076LG01',
    counterpartyName: null,
  },
];

let tryton: RunningTryton | undefined;
let available = false;
let db: TestDb;
let app: FastifyInstance;
let adapter: LedgerAdapter;
let bank: number[] = [];
const cfgDir = mkdtempSync(join(tmpdir(), 'bankfeed-tryton-walk-'));

/** Tryton's own balance of the bank journal's account at the end of `date`, read over its API as the user. */
async function trytonBalance(date: string): Promise<number> {
  const rpc = new TrytonRpc({
    url: tryton!.url,
    database: tryton!.database,
    login: tryton!.login,
    password: tryton!.password,
    timeoutMs: 30_000,
  });
  const [y, m, day] = date.split('-').map(Number) as [number, number, number];
  const [row] = await rpc.call<Array<{ balance: Decimal }>>('model.account.account.read', [
    [tryton!.books.cashAccount.id],
    ['balance'],
    {
      company: tryton!.books.companyId,
      companies: [tryton!.books.companyId],
      date: { __class__: 'date', year: y, month: m, day },
    },
  ]);
  await rpc.close();
  return majorToMinor(new Decimal(row!.balance), 'NGN');
}

/** The bank's running balance at the end of `date` (the statement's closing balance). */
async function bankBalance(date: string): Promise<number> {
  const row = await db.db
    .selectFrom('bank_transactions')
    .select('balance_minor')
    .where('account_id', '=', ACCOUNT)
    .where('business_date', '<=', date)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return Number(row.balance_minor);
}

const typed = (minor: number): string =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
const figure = (page: string, name: string): string | undefined =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];
const section = (page: string, from: string, to: string): string => {
  const t = pageText(page);
  const at = t.indexOf(from);
  return at < 0 ? '' : t.slice(at, t.indexOf(to, at));
};
const naira = (minor: number): string => {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}₦${whole}.${String(abs % 100).padStart(2, '0')}`;
};

/** The groups holding a bank line, live, with what they hold. */
async function groupsOf(line: number) {
  return db.db
    .selectFrom('match_groups as g')
    .innerJoin('match_items as i', 'i.group_id', 'g.id')
    .select(['g.id', 'g.status'])
    .where('g.superseded_run_id', 'is', null)
    .where('i.side', '=', 'bank')
    .where('i.item_id', '=', String(line) as never)
    .execute();
}

async function ledgerOf(groupId: number) {
  return db.db
    .selectFrom('match_items as i')
    .innerJoin('ledger_entries as e', 'e.id', 'i.item_id')
    .select(['e.external_id', 'e.kind', 'e.amount_minor'])
    .where('i.group_id', '=', groupId)
    .where('i.side', '=', 'ledger')
    .execute();
}

let statement = '';

beforeAll(async () => {
  available = await requireComponent('tryton', trytonAvailable, 'Tryton 8.2 in .tools/tryton');
  if (!available) return;
  tryton = await startTryton({
    today: '2026-11-02',
    invoices: [
      { type: 'out', party: 'Chidi Stores Ltd', amount: '1250000.00', date: '2026-09-25', reference: 'INV-000101' },
      { type: 'in', party: 'Lagos Paper Mills Ltd', amount: '850000.00', date: '2026-10-01', reference: 'B-2201' },
      { type: 'out', party: 'Ikoyi Dental Clinic', amount: '750000.00', date: '2026-10-01', reference: 'INV-000103' },
      { type: 'out', party: 'Surulere Bakery', amount: '210000.00', date: '2026-10-06', reference: 'INV-000104' },
      { type: 'out', party: 'Festac Ventures', amount: '600000.00', date: '2026-10-25', reference: 'INV-000105' },
    ],
    // Emeka in accounts recorded Surulere Bakery's transfer in Tryton from their remittance advice
    payments: [
      { reference: 'INV-000104', amount: '210000.00', date: '2026-10-16', description: 'Surulere Bakery transfer' },
    ],
  });
  const source = {
    id: 'erp',
    kind: 'tryton',
    url: tryton.url,
    database: tryton.database,
    login: tryton.login,
    password: tryton.password,
    bankJournal: 'GTBank current account',
    currency: 'NGN',
    invoiceReference: 'reference',
  };
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [source],
      bindings: [
        { accountId: ACCOUNT, sourceId: 'erp', ledgerAccount: tryton.books.cashAccount.code, writeBack: true },
      ],
    }),
    'ledger.json',
  );
  adapter = createLedgerAdapter(source, { baseDir: cfgDir });
  db = await openSqliteTestDb();
  let now = new Date('2026-11-02T07:00:00.000Z');
  await seedWalkAccount(db, {
    id: ACCOUNT,
    name: 'Yaba Print Works Ltd GTBank Current',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    institution: 'GTBank',
    lastSyncedAt: '2026-11-02T06:00:00.000Z',
  });
  const feed = lineFeeder(db, { id: ACCOUNT, currency: 'NGN', prefix: 'gtb', opening: 0, bookedAt: '09:00:00' });
  const matching = {
    tolerance: { underPercent: '1', overPercent: '2' },
    writeOffAccount: tryton.books.expenseAccount.code,
  };
  const acts = createReconcileActivities({
    db: db.db,
    logger: pino({ level: 'silent' }),
    dataDir: cfgDir,
    ledger: { config, baseDir: cfgDir },
    clock: () => now,
    matchOptions: matching,
  });
  const run = async () => {
    await runFeed(db, acts, ACCOUNT, now);
  };
  await addPeople(db, [['ngozi', 'reviewer']]);
  app = await createWebApp({ db: db.db, now: () => now, matching });

  // October's lines arrive; the 2 November 08:00 (Lagos) sync pulls Tryton, matches and writes back. Ngozi explains
  // the POS settlement as bank-only to Sales; the 09:00 sync runs again. Every line is decided.
  bank = await feed(OCTOBER_LINES, now);
  await run();
  const s = await signIn(app, 'ngozi');
  expect((await post(app, s, `${P}/lines/${bank[4]}/bank-only`, { account: 'Sales' })).statusCode).toBe(200);
  now = new Date('2026-11-02T08:00:00.000Z');
  await run();
  const books = await trytonBalance(END);
  const again = await signIn(app, 'ngozi');
  statement = (
    await get(app, again, `${P}/statement?end=${END}&balance=${typed(await bankBalance(END))}&books=${typed(books)}`)
  ).body;
}, 600_000);

afterAll(async () => {
  await app?.close();
  await adapter?.close?.();
  await db?.dispose();
  await tryton?.stop();
  rmSync(cfgDir, { recursive: true, force: true });
});

describe('walk: a Lagos October against a real Tryton 8.2, write-back on', () => {
  it('lists no unpaid Tryton invoice as a deposit in transit: an invoice is not money in the bank account', (ctx) => {
    if (!available) ctx.skip();
    expect(section(statement, 'Add: deposits in transit', 'Less: unpresented payments')).not.toContain('INV-000105');
    expect(pageText(statement)).not.toContain('INV-000105');
  });

  it("balances October against Tryton's own balance of the bank account once every line is decided", async (ctx) => {
    if (!available) ctx.skip();
    const books = await trytonBalance(END);
    // the bank's ₦1,503,920.00 less the POS settlement explained as bank-only: what Tryton's bank account holds
    expect(books).toBe((await bankBalance(END)) - 14_892_000);
    expect(figure(statement, 'balance-per-books')).toBe(naira(books));
    expect(figure(statement, 'difference')).toBe('₦0.00');
    // the adapter states the same figure (the statement's balance per books in a run's report)
    expect(await adapter.bookBalance?.({ asOf: END })).toMatchObject({ balanceMinor: books, currency: 'NGN' });
  });

  it('matches the bank line to the payment the team recorded in Tryton by hand before the sync', async (ctx) => {
    if (!available) ctx.skip();
    const held = (await groupsOf(bank[3]!)).filter((g) => ['auto', 'confirmed', 'manual'].includes(g.status));
    expect(held).toHaveLength(1);
    expect(await ledgerOf(Number(held[0]!.id))).toEqual([
      expect.objectContaining({ external_id: expect.stringMatching(/^move-line:\d+$/), kind: 'posting' }),
    ]);
    expect(section(statement, 'Add: credits not in the books', 'Adjusted book balance')).not.toContain('SURULERE');
  });

  it('reads each write-back back as the bank account line Tryton booked, and joins it to its match', async (ctx) => {
    if (!available) ctx.skip();
    const settled = await db.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('account_id', '=', ACCOUNT)
      .where('action', '=', SETTLE_ACTION)
      .execute();
    const ids = settled.map((r) => (JSON.parse(r.detail!) as { externalId: string }).externalId);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.every((id) => /^move-line:\d+$/.test(id))).toBe(true);
    // Chidi Stores, Lagos Paper Mills and Ikoyi Dental (with its ₦5,000.00 write-off line): each bank line is matched
    // by the postings Tryton holds for it, which sum to what the bank moved
    for (const i of [0, 1, 2]) {
      const [g] = (await groupsOf(bank[i]!)).filter((x) => ['auto', 'confirmed', 'manual'].includes(x.status));
      const postings = (await ledgerOf(Number(g!.id))).filter((e) => e.kind === 'posting');
      expect(postings.length, OCTOBER_LINES[i]!.narration).toBeGreaterThanOrEqual(1);
      expect(postings.reduce((t, e) => t + Number(e.amount_minor), 0)).toBe(OCTOBER_LINES[i]!.amountMinor);
    }
    const t = pageText(statement);
    expect(section(statement, 'Less: debits not in the books', 'Adjusted book balance')).not.toContain('IKOYI');
    expect(t).not.toMatch(/not yet recorded in the books/);
  });
});
