/**
 * Session 32's Xero walk: an Abuja firm's first month on bankfeed (NGN, Africa/Lagos), its books kept in Xero, served
 * by the contract-checked fake (test/ledgers/saas/xero-fake.ts: every exchange checked against Xero's published
 * OpenAPI document), pulled and written back with write-back on as a sync or Run does (`reconcileAccountFeed`).
 *
 * October on the Zenith current account: two customers pay their invoices (bankfeed writes the payments into Xero),
 * a supplier's bill is paid (likewise), a third customer's payment the accountant recorded in Xero by hand before the
 * sync, the rent entered in Xero as spend money, and a cheque written and entered in Xero that the bank has not
 * presented by the month's end. One invoice and one bill are unpaid at 31 October. The team signs October against
 * Xero's own balance of the bank account (its Bank Summary); in November an invoice October paid is edited in Xero,
 * the cheque is presented and the unpaid invoice paid.
 *
 * The design is docs/statement.md's "Postings, not documents" (session 32, first for Zoho Books): Xero's invoices,
 * bills and credit notes are documents (match candidates, never statement items nor movements of the books' balance);
 * its payments and spend/receive money on the bound bank account are the books' postings, and each write-back is
 * read back under the id it reports (`payment:<PaymentID>`, `banktxn:<BankTransactionID>`) and joined to its match.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setStartingPoint } from '../../activities/statement-starting-point.js';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { contractsAvailable } from '../ledgers/saas/contract.js';
import { saasTestEnv } from '../ledgers/saas/saas-env.js';
import { loadXeroContracts, XERO_CLIENT, XeroFake } from '../ledgers/saas/xero-fake.js';
import { lineFeeder, seedWalkAccount, type Line, walkStack } from './support/walk-feed.js';
import { follow, get, pageText, post, signIn, type Session } from './support/session.js';

const ACCOUNT = 'acc-abj';
const P = `/accounts/${ACCOUNT}`;
/** ₦8,000,000.00: the bank's and Xero's balance of the Zenith account at 30 September. */
const OPENING = 800_000_000;

/** October on the Zenith statement, in posting order. */
const OCTOBER_LINES: Line[] = [
  {
    date: '2026-10-02',
    amountMinor: 120_000_000,
    narration: 'NIP/TRF FROM WUSE MEDICAL CENTRE/INV-0201',
    counterpartyName: 'WUSE MEDICAL CENTRE',
  },
  {
    date: '2026-10-06',
    amountMinor: -45_000_000,
    narration: 'NIP/TRF TO GARKI OFFICE SUPPLIES/BILL-0311',
    counterpartyName: 'GARKI OFFICE SUPPLIES',
  },
  {
    date: '2026-10-09',
    amountMinor: 36_000_000,
    narration: 'NIP/TRF FROM MAITAMA LAW CHAMBERS/INV-0202',
    counterpartyName: 'MAITAMA LAW CHAMBERS',
  },
  {
    date: '2026-10-15',
    amountMinor: -25_000_000,
    narration: 'NIP/TRF TO ASOKORO PROPERTIES LTD/RENT OCT 2026',
    counterpartyName: 'ASOKORO PROPERTIES LTD',
  },
  {
    date: '2026-10-20',
    amountMinor: 80_000_000,
    narration: 'NIP/TRF FROM JABI LAKE HOTEL/INV-0203',
    counterpartyName: 'JABI LAKE HOTEL',
  },
];

/** November on the Zenith statement. */
const NOVEMBER_LINES: Line[] = [
  {
    date: '2026-11-04',
    amountMinor: -9_500_000,
    narration: 'CHQ 000118 CLEARING UTAKO GENERATORS',
    reference: '000118',
    counterpartyName: null,
  },
  {
    date: '2026-11-10',
    amountMinor: 54_000_000,
    narration: 'NIP/TRF FROM GWARINPA SCHOOLS/INV-0204',
    counterpartyName: 'GWARINPA SCHOOLS',
  },
];

/**
 * A cheque to Bwari Quarry the firm wrote on 15 June and entered in Xero as spend money, presented on 5 November: dated
 * before the quarter a run reads the books from (90 days before the account's first line, 2 October), read all the
 * same while unreconciled.
 */
const OLD_CHEQUE = {
  date: '2026-06-15',
  minor: -6_200_000,
  contact: 'Bwari Quarry Ltd',
  description: 'Granite chippings, cheque 000097',
  reference: '000097',
};
const OLD_CHEQUE_LINE: Line = {
  date: '2026-11-05',
  amountMinor: OLD_CHEQUE.minor,
  narration: 'CHQ 000097 CLEARING BWARI QUARRY',
  reference: '000097',
  counterpartyName: null,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Xero's documents as the fake holds them (xero-fake.ts)
type Doc = Record<string, any>;

const msDate = (iso: string): string => `/Date(${Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)}+0000)/`;
let nextId = 0;
const guid = (): string => `5e1b0000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;

/** An AUTHORISED invoice (ACCREC) or bill (ACCPAY) as Xero holds it, nothing paid. */
const xeroInvoice = (type: 'ACCREC' | 'ACCPAY', no: string, contact: string, date: string, naira: number): Doc => ({
  Type: type,
  InvoiceID: guid(),
  InvoiceNumber: no,
  Reference: '',
  Contact: { ContactID: guid(), Name: contact },
  Date: msDate(date),
  DueDate: msDate(date),
  Status: 'AUTHORISED',
  LineAmountTypes: 'NoTax',
  SubTotal: naira,
  TotalTax: 0,
  Total: naira,
  AmountDue: naira,
  AmountPaid: 0,
  CurrencyCode: 'NGN',
  UpdatedDateUTC: msDate(`${date}T09:00:00Z`),
});

/**
 * Xero at the 2 November sync, as the accountant keeps it: the month's invoices and bills; Maitama Law Chambers'
 * payment of INV-0202 recorded by hand (Invoice › Add payment, Zenith Current) from their remittance advice; the
 * rent entered as spend money; the cheque to Utako Generators entered as spend money when it was written.
 */
function octoberBooks(fake: XeroFake): void {
  fake.invoices.length = 0;
  fake.creditNotes.length = 0;
  fake.bankTransactions.length = 0;
  fake.payments.length = 0;
  fake.openingMinor = OPENING;
  fake.invoices.push(
    xeroInvoice('ACCREC', 'INV-0201', 'Wuse Medical Centre', '2026-09-26', 1_200_000),
    xeroInvoice('ACCREC', 'INV-0202', 'Maitama Law Chambers', '2026-09-30', 360_000),
    xeroInvoice('ACCREC', 'INV-0203', 'Jabi Lake Hotel', '2026-10-05', 800_000),
    xeroInvoice('ACCREC', 'INV-0204', 'Gwarinpa Schools', '2026-10-22', 540_000),
    xeroInvoice('ACCPAY', 'BILL-0311', 'Garki Office Supplies', '2026-10-01', 450_000),
    xeroInvoice('ACCPAY', 'BILL-0312', 'Kubwa Printers', '2026-10-18', 175_000),
  );
  fake.payByHand({ invoiceNumber: 'INV-0202', date: '2026-10-09', reference: 'NIP MAITAMA LAW' });
  fake.spendOrReceiveByHand({
    date: '2026-10-15',
    minor: -25_000_000,
    contact: 'Asokoro Properties Ltd',
    description: 'Office rent October 2026',
    reference: 'RENT OCT 2026',
  });
  fake.spendOrReceiveByHand({
    date: '2026-10-28',
    minor: -9_500_000,
    contact: 'Utako Generators',
    description: 'Generator service, cheque 000118',
    reference: '000118',
  });
}

interface XeroWalk {
  db: TestDb;
  app: FastifyInstance;
  fake: XeroFake;
  bank: number[];
  at(iso: string): void;
  run(): Promise<void>;
  lines(lines: Line[]): Promise<number[]>;
  synced(day: string): Promise<void>;
  close(): Promise<void>;
}

let contracts: Awaited<ReturnType<typeof loadXeroContracts>> | null = null;

async function startXeroWalk(): Promise<XeroWalk> {
  const db = await openSqliteTestDb();
  const fake = new XeroFake({
    contract: contracts?.accounting ?? null,
    identity: contracts?.identity ?? null,
  });
  // its own sample documents cleared: the firm's books below
  octoberBooks(fake);
  await fake.start();
  const env = saasTestEnv({
    T_XERO_ID: XERO_CLIENT.id,
    T_XERO_SECRET: XERO_CLIENT.secret,
    T_XERO_RT: fake.oauth.consent(),
  });
  const feed = lineFeeder(db, { id: ACCOUNT, currency: 'NGN', prefix: 'zen', opening: OPENING, bookedAt: '09:00:00' });
  await seedWalkAccount(db, {
    id: ACCOUNT,
    name: 'Kado Engineering Ltd Zenith Current',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    institution: 'Zenith Bank',
    lastSyncedAt: '2026-11-02T06:00:00.000Z',
  });
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'xero',
          kind: 'xero',
          clientIdEnv: 'T_XERO_ID',
          clientSecretEnv: 'T_XERO_SECRET',
          refreshTokenEnv: 'T_XERO_RT',
          tokenFile: 'xero.enc',
          bankAccount: '090',
          apiUrl: fake.apiUrl,
          connectionsUrl: `${fake.http.url}/connections`,
          tokenUrl: `${fake.http.url}/connect/token`,
          retry: { baseDelayMs: 5, maxAttempts: 4 },
          minuteWindowMs: 50,
        },
      ],
      bindings: [{ accountId: ACCOUNT, sourceId: 'xero', ledgerAccount: '090', writeBack: true }],
    }),
    'ledger.json',
  );
  const matching = { tolerance: { underPercent: '1', overPercent: '2' }, writeOffAccount: '404' };
  const stack = await walkStack(db, {
    accountId: ACCOUNT,
    start: '2026-11-02T07:00:00.000Z',
    dataDir: env.dir,
    config: () => config,
    matching,
    people: [['amina', 'reviewer']],
    feed,
    closeAlso: async () => {
      await fake.close();
      env.cleanup();
    },
  });
  const walk: XeroWalk = { db, fake, ...stack };
  return walk;
}

/** A ₦ figure as the app shows it (minor units → "₦1,234.50"). */
const naira = (minor: number): string => {
  const abs = Math.abs(minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${minor < 0 ? '-' : ''}₦${whole}.${String(abs % 100).padStart(2, '0')}`;
};
/** A figure as typed in a form ("1234.50"). */
const typed = (minor: number): string =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;

/** A statement figure as the page shows it, by its data-figure name. */
const figure = (page: string, name: string): string | undefined =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];

const section = (page: string, from: string, to: string): string => {
  const t = pageText(page);
  const at = t.indexOf(from);
  return at < 0 ? '' : t.slice(at, t.indexOf(to, at));
};

let w: XeroWalk | undefined;
beforeAll(async () => {
  contracts = (await contractsAvailable()) ? await loadXeroContracts() : null;
}, 120_000);
afterEach(async () => {
  await w?.close();
  w = undefined;
  contracts?.accounting.assertClean();
  contracts?.identity.assertClean();
});

/** The bank's running balance at the end of `date` (the statement's closing balance). */
async function bankBalance(x: XeroWalk, date: string): Promise<number> {
  const row = await x.db.db
    .selectFrom('bank_transactions')
    .select('balance_minor')
    .where('account_id', '=', ACCOUNT)
    .where('business_date', '<=', date)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return Number(row.balance_minor);
}

/** The books' entries (their ids in Xero) an active held match of a bank line holds. */
async function matchedEntries(x: XeroWalk, line: number): Promise<string[]> {
  const rows = await x.db.db
    .selectFrom('match_items as b')
    .innerJoin('match_groups as g', 'g.id', 'b.group_id')
    .innerJoin('match_items as l', (j) => j.onRef('l.group_id', '=', 'g.id').on('l.side', '=', 'ledger'))
    .innerJoin('ledger_entries as e', 'e.id', 'l.item_id')
    .select('e.external_id')
    .where('b.side', '=', 'bank')
    .where('b.item_id', '=', String(line) as never)
    .where('b.active', '=', 1)
    .where('l.active', '=', 1)
    .where('g.status', 'in', ['auto', 'confirmed', 'manual'])
    .execute();
  return rows.map((r) => r.external_id).sort();
}

/** Every line still waiting for a person: its best suggestion accepted (Amina works the queue). */
async function acceptSuggestions(x: XeroWalk, s: Session): Promise<void> {
  for (const line of x.bank) {
    if ((await matchedEntries(x, line)).length > 0) continue;
    const g = await x.db.db
      .selectFrom('match_groups as g')
      .innerJoin('match_items as i', 'i.group_id', 'g.id')
      .select('g.id')
      .where('g.status', '=', 'suggested')
      .where('g.superseded_run_id', 'is', null)
      .where('i.side', '=', 'bank')
      .where('i.item_id', '=', String(line) as never)
      .orderBy('g.confidence', 'desc')
      .executeTakeFirst();
    if (!g) continue;
    expect((await post(x.app, s, `${P}/groups/${g.id}/confirm`, {})).statusCode).toBe(200);
  }
}

/**
 * October as the team lived it: the lines arrive, the 2 November 08:00 (Lagos) sync pulls Xero, matches and writes
 * back; Amina accepts what is left in the queue; the 09:00 sync writes back again.
 */
async function octoberReviewed(x: XeroWalk): Promise<Session> {
  await x.lines(OCTOBER_LINES);
  await x.run();
  const s = await signIn(x.app, 'amina');
  await acceptSuggestions(x, s);
  x.at('2026-11-02T08:00:00.000Z');
  await x.run();
  return signIn(x.app, 'amina');
}

/** The statement page for `end` with the bank's closing balance and Xero's own balance of the account typed. */
async function statementPage(x: XeroWalk, s: Session, end: string): Promise<string> {
  const books = x.fake.bankBalanceMinor(end);
  const url = `${P}/statement?end=${end}&balance=${typed(await bankBalance(x, end))}&books=${typed(books)}`;
  return (await get(x.app, s, url)).body;
}

const xeroDoc = (x: XeroWalk, no: string): Doc => x.fake.invoices.find((i) => i.InvoiceNumber === no)!;
const paymentsOf = (x: XeroWalk, no: string): Doc[] =>
  x.fake.payments.filter((p) => p.Invoice?.InvoiceID === xeroDoc(x, no).InvoiceID);

/** October signed against Xero's own balance of the bank account at 31 October. */
async function octoberSigned(x: XeroWalk): Promise<Session> {
  const s = await octoberReviewed(x);
  const end = '2026-10-31';
  const done = await post(
    x.app,
    s,
    `${P}/statement/finish`,
    { end, balance: typed(await bankBalance(x, end)), books: typed(x.fake.bankBalanceMinor(end)) },
    false,
  );
  expect(pageText((await follow(x.app, s, done)).body)).toContain('Reconciliation #1 to 2026-10-31 finished');
  return s;
}

/**
 * November: INV-0201 (paid by bankfeed's write-back in October, ₦1,200,000.00) is edited in Xero to ₦1,250,000.00
 * after a missed line item (₦50,000.00 due again); the cheque is presented and Gwarinpa Schools pay INV-0204. The 1
 * December sync runs twice.
 */
async function novemberSynced(x: XeroWalk): Promise<Session> {
  x.at('2026-12-01T07:00:00.000Z');
  await x.synced('2026-12-01');
  Object.assign(xeroDoc(x, 'INV-0201'), {
    Total: 1_250_000,
    SubTotal: 1_250_000,
    AmountDue: 50_000,
    Status: 'AUTHORISED',
    UpdatedDateUTC: msDate(new Date().toISOString()),
  });
  await x.lines(NOVEMBER_LINES);
  await x.run();
  const s = await signIn(x.app, 'amina');
  await acceptSuggestions(x, s);
  await x.run();
  return signIn(x.app, 'amina');
}

describe('walk s32 Xero (Abuja): the statement holds the books’ postings, never their documents', () => {
  it("balances October against Xero's own balance of the bank account once every line is decided", async () => {
    w = await startXeroWalk();
    const s = await octoberReviewed(w);
    // every line is matched to the books' own posting of its money
    for (const line of w.bank)
      expect((await matchedEntries(w, line)).some((id) => /^(payment|banktxn):/.test(id))).toBe(true);
    const page = await statementPage(w, s, '2026-10-31');
    expect(figure(page, 'balance-per-books')).toBe(naira(w.fake.bankBalanceMinor('2026-10-31')));
    expect(figure(page, 'difference')).toBe('₦0.00');
    // the one true item: the cheque Xero holds that the bank had not presented by 31 October
    expect(section(page, 'Less: unpresented payments', 'Adjusted bank balance')).toContain('000118');
  });

  it('lists no unpaid Xero invoice as a deposit in transit, nor an unpaid bill as an unpresented payment', async () => {
    w = await startXeroWalk();
    const s = await octoberReviewed(w);
    const page = await statementPage(w, s, '2026-10-31');
    expect(section(page, 'Add: deposits in transit', 'Less: unpresented payments')).not.toContain('INV-0204');
    expect(section(page, 'Less: unpresented payments', 'Adjusted bank balance')).not.toContain('BILL-0312');
    expect(pageText(page)).not.toContain('Gwarinpa');
    expect(pageText(page)).not.toContain('Kubwa');
  });

  it('matches a bank line to the payment the accountant recorded in Xero by hand before the sync', async () => {
    w = await startXeroWalk();
    const s = await octoberReviewed(w);
    const [hand] = paymentsOf(w, 'INV-0202');
    expect(await matchedEntries(w, w.bank[2]!)).toEqual([`payment:${hand!.PaymentID}`]);
    // nothing written for it: Xero holds the one payment the accountant recorded
    expect(paymentsOf(w, 'INV-0202')).toHaveLength(1);
    const page = await statementPage(w, s, '2026-10-31');
    expect(section(page, 'Add: credits not in the books', 'Adjusted book balance')).not.toContain('MAITAMA');
    expect(section(page, 'Add: deposits in transit', 'Less: unpresented payments')).not.toContain('NIP MAITAMA');
  });

  it('reads each payment it wrote back from Xero and joins it to its match, once after re-runs', async () => {
    w = await startXeroWalk();
    await octoberReviewed(w);
    await w.run();
    await w.run();
    for (const [line, no] of [
      [0, 'INV-0201'],
      [1, 'BILL-0311'],
      [4, 'INV-0203'],
    ] as const) {
      const paid = paymentsOf(w, no);
      expect(
        paid.map((p) => [p.Status, Math.round(p.Amount * 100)]),
        no,
      ).toEqual([['AUTHORISED', Math.abs(OCTOBER_LINES[line]!.amountMinor)]]);
      expect(await matchedEntries(w, w.bank[line]!), no).toContain(`payment:${paid[0]!.PaymentID}`);
      expect(xeroDoc(w, no).Status).toBe('PAID');
    }
    // the rent entered as spend money is the line's own posting; nothing written for it
    const rent = w.fake.bankTransactions.find((t) => t.Reference === 'RENT OCT 2026')!;
    expect(await matchedEntries(w, w.bank[3]!)).toEqual([`banktxn:${rent.BankTransactionID}`]);
    expect(w.fake.bankTransactions).toHaveLength(2);
  });

  it('does not move the carried book balance when Xero edits the amount of an invoice October paid', async () => {
    w = await startXeroWalk();
    await octoberSigned(w);
    const s = await novemberSynced(w);
    const page = await statementPage(w, s, '2026-11-30');
    expect(figure(page, 'balance-per-books')).toBe(naira(w.fake.bankBalanceMinor('2026-11-30')));
    expect(figure(page, 'difference')).toBe('₦0.00');
    const text = pageText(page);
    expect(text).not.toMatch(/changed since \([^)]*INV-0201/);
    // INV-0201's ₦50,000.00 due again is a document: not money in the bank account
    expect(section(page, 'Add: deposits in transit', 'Less: unpresented payments')).not.toContain('INV-0201');
  });

  it('clears a cheque written months before the books were read from when Xero reconciled it before the run', async () => {
    w = await startXeroWalk();
    // Xero's balance holds the June cheque from June on; the bank's only once it is presented
    w.fake.spendOrReceiveByHand(OLD_CHEQUE);
    const old = w.fake.bankTransactions.find((t) => t.Reference === OLD_CHEQUE.reference)!;
    // October balances with it unpresented (with cheque 000118)
    await octoberSigned(w);
    w.at('2026-12-01T07:00:00.000Z');
    await w.synced('2026-12-01');
    // Xero's own bank feed has the 5 November line before bankfeed's run: the team reconciles the cheque in Xero
    await new Promise((r) => setTimeout(r, 5));
    Object.assign(old, { IsReconciled: true, UpdatedDateUTC: msDate(new Date().toISOString()) });
    const [, presented] = await w.lines([NOVEMBER_LINES[0]!, OLD_CHEQUE_LINE, NOVEMBER_LINES[1]!]);
    await w.run();
    const s = await signIn(w.app, 'amina');
    await acceptSuggestions(w, s);
    await w.run();
    // the posting Xero reconciled is still the books' own for the line that presents it
    expect(await matchedEntries(w, presented!)).toEqual([`banktxn:${old.BankTransactionID}`]);
    const page = await statementPage(w, s, '2026-11-30');
    expect(figure(page, 'balance-per-books')).toBe(naira(w.fake.bankBalanceMinor('2026-11-30')));
    expect(figure(page, 'difference')).toBe('₦0.00');
    expect(section(page, 'Less: unpresented payments', 'Adjusted bank balance')).not.toContain('000097');
    expect(section(page, 'Less: debits not in the books', 'Adjusted book balance')).not.toContain('BWARI');
  });

  it('leaves a payment the bank cleared before the feed, that Xero reconciles late, to the agreed starting point', async () => {
    w = await startXeroWalk();
    // a supplier paid on 20 May from the Zenith account and cleared by the bank in May; the team had not reconciled
    // it in Xero's own bank feed when bankfeed was linked (its balance at 30 September is the bank's all the same)
    w.fake.invoices.push(xeroInvoice('ACCPAY', 'BILL-0290', 'Kuje Sand Suppliers', '2026-05-10', 15_000));
    const old = w.fake.payByHand({ invoiceNumber: 'BILL-0290', date: '2026-05-20' });
    w.fake.openingMinor = OPENING + 1_500_000;
    const s = await octoberReviewed(w);
    const october = async () => statementPage(w!, s, '2026-10-31');
    // read unreconciled, it is an unpresented payment no line of the feed clears: October's difference
    expect(section(await october(), 'Less: unpresented payments', 'Adjusted bank balance')).toContain('BILL-0290');
    expect(figure(await october(), 'difference')).toBe('-₦15,000.00');
    // the team catches up in Xero: reconciled against its May statement line. bankfeed cannot tell that line from
    // one of its own feed (a cheque presented in October), so the payment stays as it was, and so does the statement
    await new Promise((r) => setTimeout(r, 5));
    Object.assign(old, { IsReconciled: true, UpdatedDateUTC: msDate(new Date().toISOString()) });
    await w.run();
    expect(figure(await october(), 'difference')).toBe('-₦15,000.00');
    // what settles it is the account's agreed starting point, as for any book entry dated before the feed: not ticked
    // as outstanding at 2 October, it is in the books' balance agreed there
    await setStartingPoint(w.db.db, {
      accountId: ACCOUNT,
      ledgerAccount: '090',
      ledgerSourceId: 'xero',
      date: '2026-10-02',
      statementBalanceMinor: await bankBalance(w, '2026-10-02'),
      bookBalanceMinor: w.fake.bankBalanceMinor('2026-10-02'),
      reason: 'Agreed with the Xero reconciliation to 2 October',
      by: 'amina',
    });
    const page = await october();
    expect(figure(page, 'difference')).toBe('₦0.00');
    expect(pageText(page)).not.toContain('BILL-0290');
  });
});
