/**
 * Session 32's QuickBooks walk, as a Nairobi print shop's finance team's first two months on bankfeed (KES,
 * Africa/Nairobi): a KCB current account (PesaLink and M-PESA receipts paying invoices, one short by KSh500.00 and
 * written off; PesaLink payments of bills; an RTGS receipt the team recorded in QuickBooks by hand before the sync; a
 * transfer to the savings account recorded there by hand too; the ledger fee and its excise duty, posted by the
 * Kenyan presets on the account the source maps them to) against books kept in QuickBooks Online, served by the
 * contract-checked fake (test/ledgers/saas/qbo-fake.ts, every exchange checked against Intuit's documented examples),
 * pulled and written back with write-back on as a sync or Run does (`reconcileAccountFeed`). October is reviewed in
 * the app and signed with QuickBooks' own balance of the bank account; in November the accountant edits the amount of
 * an invoice October paid, and November is reconciled.
 *
 * The design is the one Zoho Books has (docs/statement.md, "Postings, not documents"; test/web/walk-s31b-lagos.test.ts):
 * QuickBooks' invoices, bills and credit memos are documents (match candidates, never statement items); the
 * transactions on the bound bank account (customer payments deposited to it, bill payments from it, deposits,
 * purchases, transfers, journal lines on it) are the books' postings, and each write-back is read back under the id
 * its answer reported and joined to its match.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { QboContract } from '../ledgers/saas/qbo-contract.js';
import { QBO_CLIENT, QBO_REALM, QboFake } from '../ledgers/saas/qbo-fake.js';
import { saasTestEnv } from '../ledgers/saas/saas-env.js';
import { lineFeeder, seedWalkAccount, type Line, walkStack } from './support/walk-feed.js';
import { follow, get, pageText, post, signIn, type Session } from './support/session.js';

const ACCOUNT = 'acc-ke';
const P = `/accounts/${ACCOUNT}`;
/** QuickBooks' Id of the bound bank account (KCB Current) and of the savings account transfers go to. */
const KCB = '35';
const SAVINGS = '36';
/** KSh 2,500,000.00: the bank's and the books' balance of the KCB account at 30 September. */
const OPENING = 250_000_000;
/** The write-off account: one of the fake company's expense accounts, by its Id. */
const DISCOUNT = '64';

/** October on the KCB statement, in posting order. */
const OCTOBER_LINES: Line[] = [
  {
    date: '2026-10-05',
    amountMinor: 15_000_000,
    narration: 'PESALINK FROM WESTLANDS DENTAL CLINIC INV-1001',
    counterpartyName: 'WESTLANDS DENTAL CLINIC',
  },
  {
    date: '2026-10-08',
    amountMinor: -31_000_000,
    narration: 'PESALINK TO THIKA PAPER MILLS LTD B-501',
    counterpartyName: 'THIKA PAPER MILLS LTD',
  },
  {
    date: '2026-10-09',
    amountMinor: 7_950_000,
    narration: 'MPESA C2B KAREN BAKERY INV-1002',
    counterpartyName: 'KAREN BAKERY',
  },
  {
    date: '2026-10-12',
    amountMinor: 24_000_000,
    narration: 'RTGS FROM NGONG ROAD MOTORS LTD',
    counterpartyName: 'NGONG ROAD MOTORS LTD',
  },
  {
    date: '2026-10-15',
    amountMinor: -4_500_000,
    narration: 'PESALINK TO KENYA POWER B-502',
    counterpartyName: 'KENYA POWER',
  },
  {
    date: '2026-10-20',
    amountMinor: -10_000_000,
    narration: 'TRANSFER TO A/C 1187654321 KCB SAVINGS',
    counterpartyName: null,
  },
  { date: '2026-10-31', amountMinor: -30_000, narration: 'LEDGER FEE OCT 2026', counterpartyName: null },
  { date: '2026-10-31', amountMinor: -6_000, narration: 'EXCISE DUTY ON LEDGER FEE', counterpartyName: null },
];

/** November on the KCB statement. */
const NOVEMBER_LINES: Line[] = [
  {
    date: '2026-11-06',
    amountMinor: 12_000_000,
    narration: 'PESALINK FROM UPPER HILL CLINIC INV-1004',
    counterpartyName: 'UPPER HILL CLINIC',
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- QuickBooks' documents as the fake holds them
type Doc = Record<string, any>;

let nextDoc = 700;
const KES = { value: 'KES', name: 'Kenyan Shilling' };
const meta = () => ({ CreateTime: '2026-10-01T08:00:00+03:00', LastUpdatedTime: '2026-10-01T08:00:00+03:00' });
const invoice = (no: string, customer: string, customerId: string, date: string, shillings: number): Doc => ({
  Id: String(nextDoc++),
  SyncToken: '0',
  domain: 'QBO',
  sparse: false,
  DocNumber: no,
  TxnDate: date,
  DueDate: date,
  TotalAmt: shillings,
  Balance: shillings,
  CustomerRef: { value: customerId, name: customer },
  CurrencyRef: KES,
  Line: [{ DetailType: 'SalesItemLineDetail', Amount: shillings, Description: 'Printing' }],
  LinkedTxn: [],
  MetaData: meta(),
});
const bill = (no: string, vendor: string, vendorId: string, date: string, shillings: number): Doc => ({
  Id: String(nextDoc++),
  SyncToken: '0',
  domain: 'QBO',
  sparse: false,
  DocNumber: no,
  TxnDate: date,
  DueDate: date,
  TotalAmt: shillings,
  Balance: shillings,
  VendorRef: { value: vendorId, name: vendor },
  CurrencyRef: KES,
  Line: [
    {
      DetailType: 'AccountBasedExpenseLineDetail',
      Amount: shillings,
      AccountBasedExpenseLineDetail: { AccountRef: { value: '8', name: 'Supplies' } },
    },
  ],
  LinkedTxn: [],
  MetaData: meta(),
});

/** QuickBooks at the start of October, as the team keeps it: open invoices and bills, the bank account's opening. */
function octoberBooks(fake: QboFake): void {
  for (const docs of Object.values(fake.docs)) if (docs !== fake.docs.Account) docs.length = 0;
  Object.assign(
    fake.docs.Account!.find((a) => a.Id === KCB)!,
    {
      Name: 'KCB Current',
      FullyQualifiedName: 'KCB Current',
      CurrencyRef: KES,
    },
  );
  Object.assign(
    fake.docs.Account!.find((a) => a.Id === SAVINGS)!,
    {
      Name: 'KCB Savings',
      FullyQualifiedName: 'KCB Savings',
      CurrencyRef: KES,
    },
  );
  fake.setOpeningBalance(KCB, OPENING);
  fake.setOpeningBalance(SAVINGS, 0);
  fake.docs.Invoice!.push(
    invoice('INV-1001', 'Westlands Dental Clinic', '21', '2026-09-22', 150_000),
    invoice('INV-1002', 'Karen Bakery', '22', '2026-09-29', 80_000),
    invoice('INV-1003', 'Ngong Road Motors Ltd', '23', '2026-10-02', 240_000),
    invoice('INV-1004', 'Upper Hill Clinic', '24', '2026-10-20', 120_000),
    invoice('INV-1005', 'Lavington Grocers', '25', '2026-10-26', 60_000),
  );
  fake.docs.Bill!.push(
    bill('B-501', 'Thika Paper Mills Ltd', '41', '2026-10-01', 310_000),
    bill('B-502', 'Kenya Power', '42', '2026-10-03', 45_000),
    bill('B-503', 'Athi River Inks', '43', '2026-10-20', 38_000),
  );
}

/**
 * What Wanjiru in accounts records in QuickBooks by hand before the first sync: Ngong Road Motors' RTGS receipt
 * against INV-1003 (Receive payment, deposited to KCB Current, from the remittance advice) and the month's transfer
 * to the savings account.
 */
function recordedByHand(fake: QboFake): { payment: Doc; transfer: Doc } {
  const inv = fake.docs.Invoice!.find((i) => i.DocNumber === 'INV-1003')!;
  const payment = fake.record('Payment', {
    CustomerRef: { value: '23', name: 'Ngong Road Motors Ltd' },
    TotalAmt: 240_000,
    TxnDate: '2026-10-12',
    DepositToAccountRef: { value: KCB, name: 'KCB Current' },
    PaymentRefNum: 'RTGS',
    Line: [{ Amount: 240_000, LinkedTxn: [{ TxnId: inv.Id, TxnType: 'Invoice' }] }],
  });
  const transfer = fake.record('Transfer', {
    TxnDate: '2026-10-20',
    FromAccountRef: { value: KCB, name: 'KCB Current' },
    ToAccountRef: { value: SAVINGS, name: 'KCB Savings' },
    Amount: 100_000,
  });
  return { payment, transfer };
}

interface NairobiWalk {
  db: TestDb;
  app: FastifyInstance;
  fake: QboFake;
  contract: QboContract;
  bank: number[];
  at(iso: string): void;
  run(): Promise<void>;
  lines(lines: Line[]): Promise<number[]>;
  synced(day: string): Promise<void>;
  close(): Promise<void>;
}

async function startNairobiWalk(): Promise<NairobiWalk> {
  const db = await openSqliteTestDb();
  const contract = new QboContract();
  const fake = new QboFake({ contract, openInvoices: 0, openBills: 0 });
  octoberBooks(fake);
  await fake.start();
  const env = saasTestEnv({ T_QBO_ID: QBO_CLIENT.id, T_QBO_SECRET: QBO_CLIENT.secret, T_QBO_RT: fake.oauth.consent() });
  const feed = lineFeeder(db, { id: ACCOUNT, currency: 'KES', prefix: 'kcb', opening: OPENING, bookedAt: '07:00:00' });
  await seedWalkAccount(db, {
    id: ACCOUNT,
    name: 'Kilimani Print House Ltd KCB Current',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    institution: 'KCB',
    lastSyncedAt: '2026-11-02T04:00:00.000Z',
  });
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'qb',
          kind: 'quickbooks-online',
          clientIdEnv: 'T_QBO_ID',
          clientSecretEnv: 'T_QBO_SECRET',
          refreshTokenEnv: 'T_QBO_RT',
          tokenFile: 'qbo.enc',
          realmId: QBO_REALM,
          bankAccount: 'KCB Current',
          // the Kenyan presets' accounts, mapped to the company's Bank Charges account (docs/ledgers/quickbooks.md)
          accounts: { 'Bank charges:Account maintenance': '8', 'Taxes:Excise duty': '8' },
          apiUrl: fake.http.url,
          tokenUrl: `${fake.http.url}/oauth2/v1/tokens/bearer`,
          retry: { baseDelayMs: 5, maxAttempts: 4 },
        },
      ],
      bindings: [{ accountId: ACCOUNT, sourceId: 'qb', ledgerAccount: 'KCB Current', writeBack: true }],
    }),
    'ledger.json',
  );
  const matching = { tolerance: { underPercent: '1', overPercent: '2' }, writeOffAccount: DISCOUNT };
  const stack = await walkStack(db, {
    accountId: ACCOUNT,
    start: '2026-11-02T05:00:00.000Z',
    dataDir: env.dir,
    config: () => config,
    matching,
    people: [
      ['wanjiru', 'reviewer'],
      ['otieno', 'admin'],
    ],
    feed,
    closeAlso: async () => {
      await fake.close();
      env.cleanup();
    },
  });
  const walk: NairobiWalk = { db, fake, contract, ...stack };
  return walk;
}

/** A KSh figure as the app shows it (minor units → "KSh1,234.50"). */
const shillings = (minor: number): string => {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}KSh${whole}.${String(abs % 100).padStart(2, '0')}`;
};
/** A figure as typed in a form ("1234.50"). */
const typed = (minor: number): string =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;

/** A statement figure as the page shows it, by its data-figure name. */
const figure = (page: string, name: string): string | undefined =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?KSh[\\d,]+\\.\\d{2})`).exec(page)?.[1];

const section = (page: string, from: string, to: string): string => {
  const t = pageText(page);
  const at = t.indexOf(from);
  return at < 0 ? '' : t.slice(at, t.indexOf(to, at));
};

let w: NairobiWalk | undefined;
afterEach(async () => {
  const contract = w?.contract;
  await w?.close();
  w = undefined;
  contract?.assertClean();
});

/** The bank's running balance at the end of `date` (the statement's closing balance). */
async function bankBalance(x: NairobiWalk, date: string): Promise<number> {
  const row = await x.db.db
    .selectFrom('bank_transactions')
    .select('balance_minor')
    .where('account_id', '=', ACCOUNT)
    .where('business_date', '<=', date)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return Number(row.balance_minor);
}

/** The bank lines no held match (auto, confirmed, manual) holds. */
async function undecided(x: NairobiWalk): Promise<number[]> {
  const held = new Set(
    (
      await x.db.db
        .selectFrom('match_items as i')
        .innerJoin('match_groups as g', 'g.id', 'i.group_id')
        .select('i.item_id')
        .where('i.side', '=', 'bank')
        .where('i.active', '=', 1)
        .where('g.status', 'in', ['auto', 'confirmed', 'manual'])
        .execute()
    ).map((r) => Number(r.item_id)),
  );
  return x.bank.filter((b) => !held.has(b));
}

/** The live suggestion of a bank line, best first. */
async function suggestionOf(x: NairobiWalk, line: number): Promise<number | null> {
  const r = await x.db.db
    .selectFrom('match_groups as g')
    .innerJoin('match_items as i', 'i.group_id', 'g.id')
    .select('g.id')
    .where('g.status', '=', 'suggested')
    .where('g.superseded_run_id', 'is', null)
    .where('i.side', '=', 'bank')
    .where('i.item_id', '=', String(line) as never)
    .orderBy('g.confidence', 'desc')
    .executeTakeFirst();
  return r ? Number(r.id) : null;
}

/** The books' entries (external ids) a bank line's held match holds. */
async function heldEntries(x: NairobiWalk, line: number): Promise<string[]> {
  const rows = await x.db.db
    .selectFrom('match_items as b')
    .innerJoin('match_groups as g', 'g.id', 'b.group_id')
    .innerJoin('match_items as l', 'l.group_id', 'g.id')
    .innerJoin('ledger_entries as e', (j) => j.on((eb) => eb('e.id', '=', eb.ref('l.item_id'))))
    .select('e.external_id')
    .where('b.side', '=', 'bank')
    .where('b.item_id', '=', String(line) as never)
    .where('b.active', '=', 1)
    .where('l.side', '=', 'ledger')
    .where('l.active', '=', 1)
    .where('g.status', 'in', ['auto', 'confirmed', 'manual'])
    .execute();
  return rows.map((r) => r.external_id).sort();
}

/**
 * October as the team lives it: Wanjiru records the RTGS receipt and the savings transfer in QuickBooks by hand; the
 * lines arrive; the 2 November 08:00 (Nairobi) sync pulls QuickBooks, matches and writes back; Wanjiru accepts each
 * line's best suggestion left; the 09:00 sync pulls and writes back again. Every line is then decided.
 */
async function octoberReviewed(x: NairobiWalk): Promise<Session> {
  recordedByHand(x.fake);
  await x.lines(OCTOBER_LINES);
  await x.run();
  const s = await signIn(x.app, 'wanjiru');
  for (const line of await undecided(x)) {
    const g = await suggestionOf(x, line);
    if (g !== null) expect((await post(x.app, s, `${P}/groups/${g}/confirm`, {})).statusCode).toBe(200);
  }
  x.at('2026-11-02T06:00:00.000Z');
  await x.run();
  return signIn(x.app, 'wanjiru');
}

/** The statement page for `end` with the bank's closing balance and QuickBooks' balance of the bank account typed. */
async function statementPage(x: NairobiWalk, s: Session, end: string): Promise<string> {
  const books = x.fake.balanceOn(KCB, end);
  const url = `${P}/statement?end=${end}&balance=${typed(await bankBalance(x, end))}&books=${typed(books)}`;
  return (await get(x.app, s, url)).body;
}

const qboInvoice = (x: NairobiWalk, no: string): Doc => x.fake.docs.Invoice!.find((i) => i.DocNumber === no)!;
const qboBill = (x: NairobiWalk, no: string): Doc => x.fake.docs.Bill!.find((b) => b.DocNumber === no)!;

describe('walk s32 Nairobi: QuickBooks Online invoices and bills are documents, its bank account the postings', () => {
  it('decides every October line, each bank payment written once into QuickBooks under the id the pull lists', async () => {
    w = await startNairobiWalk();
    await octoberReviewed(w);
    expect(await undecided(w)).toEqual([]);
    // the invoices and bills the bank paid are paid in QuickBooks, once each
    for (const no of ['INV-1001', 'INV-1002', 'INV-1003']) expect(qboInvoice(w, no).Balance, no).toBe(0);
    for (const no of ['B-501', 'B-502']) expect(qboBill(w, no).Balance, no).toBe(0);
    expect(w.fake.docs.Payment!.map((p) => p.TotalAmt).sort()).toEqual([150_000, 240_000, 80_000]);
    expect(w.fake.docs.BillPayment!.map((p) => p.TotalAmt).sort()).toEqual([310_000, 45_000]);
    // each write is reported under the id the next pull lists it as a posting, and joined to its match
    const settled = await w.db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'ledger.settle')
      .execute();
    const written = settled.map((r) => JSON.parse(r.detail!) as { externalId: string; created: boolean });
    // the four it paid, written
    expect(written.filter((d) => d.created).map((d) => d.externalId.replace(/\d+$/, ''))).toEqual([
      'payment:',
      'billpayment:',
      'payment:',
      'billpayment:',
    ]);
    // the two the team recorded by hand, and the two charges written for the presets and read back (a match holding
    // only a posting is offered too): nothing written
    const fees = w.fake.docs.Purchase!.filter((p) => p.TxnDate === '2026-10-31');
    expect(
      written
        .filter((d) => !d.created)
        .map((d) => d.externalId)
        .sort(),
    ).toEqual(
      [
        `payment:${w.fake.docs.Payment!.find((p) => p.TxnDate === '2026-10-12')!.Id}`,
        `transfer:${w.fake.docs.Transfer![0]!.Id}`,
        ...fees.map((p) => `purchase:${p.Id}`),
      ].sort(),
    );
    expect(w.fake.docs.Payment!.length + w.fake.docs.BillPayment!.length).toBe(5);
    const [westlands, thika, karen] = w.bank;
    expect((await heldEntries(w, westlands!)).filter((e) => e.startsWith('payment:'))).toHaveLength(1);
    expect((await heldEntries(w, thika!)).filter((e) => e.startsWith('billpayment:'))).toHaveLength(1);
    // Karen Bakery paid KSh79,500.00 of KSh80,000.00 (within tolerance): the invoice paid in full and KSh500.00 written
    // off from the bank account to Discount allowed, both read back and joined to the line's match
    const writeOff = w.fake.docs.Purchase!.find(
      (p) => p.Line[0].AccountBasedExpenseLineDetail.AccountRef.value === DISCOUNT,
    );
    expect(writeOff).toMatchObject({ TotalAmt: 500, AccountRef: { value: KCB } });
    const karens = await heldEntries(w, karen!);
    expect(karens).toContain(`purchase:${writeOff!.Id}`);
    expect(karens.filter((e) => e.startsWith('payment:'))).toHaveLength(1);
  });

  it('lists no unpaid QuickBooks invoice as a deposit in transit, nor an unpaid bill as an unpresented payment', async () => {
    w = await startNairobiWalk();
    const s = await octoberReviewed(w);
    const page = await statementPage(w, s, '2026-10-31');
    const inTransit = section(page, 'Add: deposits in transit', 'Less: unpresented payments');
    expect(inTransit).not.toContain('INV-1004');
    expect(inTransit).not.toContain('INV-1005');
    expect(section(page, 'Less: unpresented payments', 'Adjusted bank balance')).not.toContain('B-503');
  });

  it("balances October against QuickBooks' own balance of the bank account once every line is decided", async () => {
    w = await startNairobiWalk();
    const s = await octoberReviewed(w);
    const page = await statementPage(w, s, '2026-10-31');
    // QuickBooks states its CurrentBalance: the fake's moves with every transaction on the account
    expect(Math.round(Number(w.fake.docs.Account!.find((a) => a.Id === KCB)!.CurrentBalance) * 100)).toBe(
      w.fake.balanceOn(KCB),
    );
    expect(figure(page, 'balance-per-books')).toBe(shillings(w.fake.balanceOn(KCB, '2026-10-31')));
    expect(figure(page, 'difference')).toBe('KSh0.00');
    // the ledger fee and its excise duty, posted by the presets as Purchases, are read back and joined: in the books
    expect(section(page, 'Less: debits not in the books', 'Adjusted book balance')).toContain('(0)');
    const fees = w.fake.docs.Purchase!.filter((p) => p.TxnDate === '2026-10-31');
    expect(fees.map((p) => p.TotalAmt).sort()).toEqual([300, 60]);
    expect(await heldEntries(w, w.bank[6]!)).toEqual([`purchase:${fees.find((p) => p.TotalAmt === 300)!.Id}`]);
  });

  it('matches the RTGS receipt to the payment the team recorded in QuickBooks by hand, and writes nothing for it', async () => {
    w = await startNairobiWalk();
    const s = await octoberReviewed(w);
    const hand = w.fake.docs.Payment!.find((p) => p.TxnDate === '2026-10-12')!;
    const ngong = w.bank[3]!;
    expect(await heldEntries(w, ngong)).toContain(`payment:${hand.Id}`);
    // the hand payment is the only payment of INV-1003 in QuickBooks
    const inv = qboInvoice(w, 'INV-1003');
    expect(
      w.fake.docs.Payment!.filter((p) =>
        (p.Line as Doc[]).some((l) => (l.LinkedTxn as Doc[]).some((t) => t.TxnId === inv.Id)),
      ),
    ).toHaveLength(1);
    // the transfer to savings recorded by hand is the books' side of its line
    expect(await heldEntries(w, w.bank[5]!)).toEqual([`transfer:${w.fake.docs.Transfer![0]!.Id}`]);
    const page = await statementPage(w, s, '2026-10-31');
    expect(section(page, 'Add: credits not in the books', 'Adjusted book balance')).not.toContain('NGONG');
    expect(section(page, 'Less: debits not in the books', 'Adjusted book balance')).not.toContain('SAVINGS');
  });

  it('does not move the carried book balance when the accountant edits the amount of an invoice October paid', async () => {
    w = await startNairobiWalk();
    const s = await octoberReviewed(w);
    const end = '2026-10-31';
    const books = w.fake.balanceOn(KCB, end);
    const done = await post(
      w.app,
      s,
      `${P}/statement/finish`,
      { end, balance: typed(await bankBalance(w, end)), books: typed(books) },
      false,
    );
    expect(pageText((await follow(w.app, s, done)).body)).toContain('Reconciliation #1 to 2026-10-31 finished');

    // November: Westlands Dental's INV-1001 (KSh150,000.00, paid on 5 October through bankfeed) is edited to
    // KSh152,000.00 after a reprint was added; QuickBooks' KCB balance does not move (the payment is unchanged).
    w.at('2026-12-01T05:00:00.000Z');
    await w.synced('2026-12-01');
    w.fake.edit(qboInvoice(w, 'INV-1001'), { TotalAmt: 152_000, Balance: 2_000 });
    await w.lines(NOVEMBER_LINES);
    await w.run();
    await w.run();
    expect(await undecided(w)).toEqual([]);
    const page = await statementPage(w, await signIn(w.app, 'wanjiru'), '2026-11-30');
    const text = pageText(page);
    expect(text).not.toMatch(/changed since \([^)]*INV-1001/);
    expect(text).not.toContain('INV-1001: KSh150,000.00');
    expect(text).toContain(`${shillings(books)} carried forward from the last finished reconciliation`);
    expect(figure(page, 'balance-per-books')).toBe(shillings(w.fake.balanceOn(KCB, '2026-11-30')));
    expect(figure(page, 'difference')).toBe('KSh0.00');
  });
});
