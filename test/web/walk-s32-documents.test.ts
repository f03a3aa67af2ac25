/**
 * Session 32's browser walk of documents and postings (docs/statement.md "Postings, not documents"): a Lagos
 * printing firm's GTBank account reconciled against Zoho Books (the contract-checked fake,
 * test/ledgers/saas/zoho-fake.ts) with write-back OFF, as a team that records payments in Zoho itself does. October:
 * Chidi Stores pays two invoices in one transfer; Ikoyi Dental, Agege Foods and Festac Ventures pay one each; Lagos
 * Paper Mills' bill is paid: all matched to their documents, none recorded in Zoho ("payment not yet recorded in the
 * books"; Festac's payment Emeka recorded by hand and then deleted). Mushin Traders' deposit, entered in Zoho by hand,
 * is matched and then deleted there ("its book entry deleted from the books since"). Apapa Ink's bill stays unpaid.
 * October is signed with Zoho's balance and carried into November, where Yaba Tech Hub's receipt waits for review
 * between their open invoice and the deposit Emeka entered. Ngozi reads the review queue, the statement page, the
 * print view, the workbook and CSV and the statement's JSON in Chromium (Debian's, through playwright-core), as an
 * accountant would; screenshots of the walk are in docs/screenshots/walk-s32/.
 *
 * Each test under "defects" failed on the code as walked (Did / Saw / Where in its comment); all are fixed. The tests
 * under "what held" passed as walked and stay as regression tests.
 */
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { read, utils } from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { contractsAvailable, type ContractSet } from '../ledgers/saas/contract.js';
import { saasTestEnv } from '../ledgers/saas/saas-env.js';
import { loadZohoContracts, ZOHO_CLIENT, ZOHO_ORG, ZohoFake } from '../ledgers/saas/zoho-fake.js';
import { CHROMIUM, chromiumAvailable } from './support/browser.js';
import { lineFeeder, seedWalkAccount, type Line, walkStack } from './support/walk-feed.js';
import { follow, get, pageText, PASSWORD, post, signIn, type Session } from './support/session.js';

const ACCOUNT = 'acc-ng';
const P = `/accounts/${ACCOUNT}`;
/** ₦5,000,000.00: the bank's and the books' balance of the GTBank account at 30 September. */
const OPENING = 500_000_000;
/** The write-off account: one of the fake Zoho organisation's expense accounts (Discount allowed), by its id. */
const DISCOUNT = '460000000000391';

const OCTOBER_LINES: Line[] = [
  {
    date: '2026-10-03',
    amountMinor: 173_000_000,
    narration: 'NIP/TRF FROM CHIDI STORES LTD/INV-000101 INV-000102',
    counterpartyName: 'CHIDI STORES LTD',
  },
  { date: '2026-10-03', amountMinor: -5_000, narration: 'ELECTRONIC MONEY TRANSFER LEVY', counterpartyName: null },
  {
    date: '2026-10-07',
    amountMinor: -215_000_000,
    narration: 'NIP/TRF TO LAGOS PAPER MILLS LTD/B-2201',
    counterpartyName: 'LAGOS PAPER MILLS LTD',
  },
  {
    date: '2026-10-09',
    amountMinor: 75_000_000,
    narration: 'NIP/TRF FROM IKOYI DENTAL CLINIC/INV-000103',
    counterpartyName: 'IKOYI DENTAL CLINIC',
  },
  {
    date: '2026-10-21',
    amountMinor: 15_000_000,
    narration: 'NIP/TRF FROM MUSHIN TRADERS/DEPOSIT OCT',
    counterpartyName: 'MUSHIN TRADERS',
  },
  {
    date: '2026-10-24',
    amountMinor: 30_000_000,
    narration: 'NIP/TRF FROM AGEGE FOODS',
    counterpartyName: 'AGEGE FOODS',
  },
  {
    date: '2026-10-28',
    amountMinor: 60_000_000,
    narration: 'NIP/TRF FROM FESTAC VENTURES LTD',
    counterpartyName: 'FESTAC VENTURES',
  },
];

const NOVEMBER_LINES: Line[] = [
  {
    date: '2026-11-04',
    amountMinor: 45_000_000,
    narration: 'NIP/TRF FROM YABA TECH HUB',
    counterpartyName: 'YABA TECH HUB',
  },
  { date: '2026-11-05', amountMinor: -5_000, narration: 'ELECTRONIC MONEY TRANSFER LEVY', counterpartyName: null },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Zoho's documents as the fake holds them (zoho-fake.ts)
type Doc = Record<string, any>;

let nextDoc = 460000000090000;
const invoice = (no: string, customer: string, customerId: string, date: string, naira: number): Doc => ({
  invoice_id: String(nextDoc++),
  customer_id: customerId,
  customer_name: customer,
  status: 'sent',
  invoice_number: no,
  reference_number: '',
  date,
  due_date: date,
  currency_code: 'NGN',
  total: naira.toFixed(2),
  balance: naira.toFixed(2),
  last_modified_time: `${date}T09:00:00+0000`,
});
const bill = (no: string, vendor: string, vendorId: string, date: string, naira: number): Doc => ({
  bill_id: String(nextDoc++),
  vendor_id: vendorId,
  vendor_name: vendor,
  status: 'open',
  bill_number: no,
  reference_number: '',
  date,
  due_date: date,
  currency_code: 'NGN',
  total: naira,
  balance: naira,
  last_modified_time: `${date}T09:00:00+0000`,
});

const PRESET_ACCOUNTS: Record<string, string> = {
  'Bank charges:Account maintenance': '460000000000388',
  'Bank charges:SMS alerts': '460000000000388',
  'Bank charges:Transfer fees': '460000000000388',
  'Taxes:Electronic money transfer levy': '460000000000391',
  'Taxes:Stamp duty': '460000000000391',
  'Taxes:VAT on bank charges': '460000000000391',
  'Income:Interest received': '460000000000412',
};

interface Walk {
  db: TestDb;
  app: FastifyInstance;
  fake: ZohoFake;
  bank: number[];
  at(iso: string): void;
  run(): Promise<void>;
  lines(lines: Line[]): Promise<number[]>;
  synced(day: string): Promise<void>;
  close(): Promise<void>;
}

async function startWalk(contracts: ContractSet | null): Promise<Walk> {
  const db = await openSqliteTestDb();
  const fake = new ZohoFake({ contracts, openInvoices: 0, openBills: 0 });
  fake.invoices.length = 0;
  fake.bills.length = 0;
  fake.invoices.push(
    invoice('INV-000101', 'Chidi Stores Ltd', '460000000011001', '2026-09-25', 1_250_000),
    invoice('INV-000102', 'Chidi Stores Ltd', '460000000011001', '2026-09-28', 480_000),
    invoice('INV-000103', 'Ikoyi Dental Clinic', '460000000011002', '2026-10-01', 750_000),
    invoice('INV-000105', 'Festac Ventures', '460000000011004', '2026-10-25', 600_000),
    invoice('INV-000106', 'Agege Foods', '460000000011005', '2026-10-20', 300_000),
  );
  fake.bills.push(
    bill('B-2201', 'Lagos Paper Mills Ltd', '460000000012001', '2026-10-01', 2_150_000),
    bill('B-2203', 'Apapa Ink Supplies', '460000000012003', '2026-10-08', 96_500),
  );
  Object.assign(fake.bankAccounts[0]!, { balance: OPENING / 100, bank_balance: OPENING / 100 });
  await fake.start();
  const env = saasTestEnv({
    T_ZOHO_ID: ZOHO_CLIENT.id,
    T_ZOHO_SECRET: ZOHO_CLIENT.secret,
    T_ZOHO_RT: fake.oauth.consent(),
  });
  const feed = lineFeeder(db, { id: ACCOUNT, currency: 'NGN', prefix: 'gtb', opening: OPENING, bookedAt: '09:00:00' });
  await seedWalkAccount(db, {
    id: ACCOUNT,
    name: 'Yaba Print Works Ltd GTBank Current',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    institution: 'GTBank',
    lastSyncedAt: '2026-11-02T06:00:00.000Z',
  });
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'zb',
          kind: 'zoho-books',
          clientIdEnv: 'T_ZOHO_ID',
          clientSecretEnv: 'T_ZOHO_SECRET',
          refreshTokenEnv: 'T_ZOHO_RT',
          tokenFile: 'zoho.enc',
          organizationId: ZOHO_ORG,
          bankAccount: '1010',
          accounts: PRESET_ACCOUNTS,
          apiUrl: fake.apiUrl,
          tokenUrl: `${fake.http.url}/oauth/v2/token`,
          retry: { baseDelayMs: 5, maxAttempts: 4 },
        },
      ],
      // the team records payments in Zoho itself: bankfeed only reads the books
      bindings: [{ accountId: ACCOUNT, sourceId: 'zb', ledgerAccount: '1010', writeBack: false }],
    }),
    'ledger.json',
  );
  const matching = { tolerance: { underPercent: '1', overPercent: '2' }, writeOffAccount: DISCOUNT };
  const stack = await walkStack(db, {
    accountId: ACCOUNT,
    start: '2026-11-02T07:00:00.000Z',
    dataDir: env.dir,
    config: () => config,
    matching,
    people: [
      ['ngozi', 'reviewer'],
      ['tunde', 'admin'],
    ],
    feed,
    closeAlso: async () => {
      await fake.close();
      env.cleanup();
    },
  });
  const walk: Walk = { db, fake, ...stack };
  return walk;
}

/** A figure as typed in a form ("1234.50"). */
const typed = (minor: number): string =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;

async function bankBalance(x: Walk, date: string): Promise<number> {
  const row = await x.db.db
    .selectFrom('bank_transactions')
    .select('balance_minor')
    .where('account_id', '=', ACCOUNT)
    .where('business_date', '<=', date)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return Number(row.balance_minor);
}

/** A statement figure as the page shows it, by its data-figure name. */
const figure = (page: string, name: string): string | undefined =>
  new RegExp(`data-figure="${name}"[^>]*>\\s*(?:<[^>]+>\\s*)*(-?₦[\\d,]+\\.\\d{2})`).exec(page)?.[1];

/** Zoho's balance of the GTBank account (the fake's own figure). */
const zohoBalance = (x: Walk): number => Math.round(Number(x.fake.bankAccounts[0]!.balance) * 100);

/**
 * October and November as the team lived them: the lines arrive; Emeka records Festac's receipt in Zoho by hand; the
 * 2 November sync matches; Emeka deletes his Festac payment (entered against the wrong bank account) and the next sync
 * reads that; October is signed with Zoho's balance; November's first levy arrives with the 6 November sync.
 */
async function livedMonths(x: Walk): Promise<Session> {
  await x.lines(OCTOBER_LINES);
  const paid = x.fake.recordByHand({
    date: '2026-10-28',
    minor: 60_000_000,
    payee: 'Festac Ventures',
    reference: 'INV-000105',
    type: 'customer_payment',
  });
  Object.assign(
    x.fake.invoices.find((i) => i.invoice_number === 'INV-000105')!,
    { status: 'paid', balance: '0.00' },
  );
  // Mushin Traders' deposit for a job, entered in Zoho as a deposit (no invoice)
  const deposit = x.fake.recordByHand({
    date: '2026-10-21',
    minor: 15_000_000,
    payee: 'Mushin Traders',
    reference: 'DEP-OCT',
    type: 'deposit',
  });
  await x.run();
  // Emeka deletes both (entered against the wrong bank account)
  x.fake.lines.splice(x.fake.lines.indexOf(paid), 1);
  x.fake.lines.splice(x.fake.lines.indexOf(deposit), 1);
  x.fake.bankAccounts[0]!.balance = OPENING / 100;
  Object.assign(
    x.fake.invoices.find((i) => i.invoice_number === 'INV-000105')!,
    {
      status: 'sent',
      balance: '600000.00',
      last_modified_time: '2026-11-02T07:30:00+0000',
    },
  );
  x.at('2026-11-02T08:00:00.000Z');
  await x.run();
  x.at('2026-11-02T10:00:00.000Z');
  const s = await signIn(x.app, 'ngozi');
  // Ngozi accepts Agege Foods' transfer against INV-000106
  const agege = x.bank[5]!;
  const sug = await x.db.db
    .selectFrom('match_groups as g')
    .innerJoin('match_items as i', 'i.group_id', 'g.id')
    .select(['g.id', 'g.status'])
    .where('g.superseded_run_id', 'is', null)
    .where('i.side', '=', 'bank')
    .where('i.item_id', '=', String(agege) as never)
    .execute();
  const open = sug.find((g) => g.status === 'suggested');
  if (open) {
    const r = await post(x.app, s, `${P}/groups/${open.id}/confirm`, {});
    if (r.statusCode !== 200) throw new Error(`confirm ${r.statusCode} ${r.body.slice(0, 500)}`);
  }
  const end = '2026-10-31';
  const done = await post(
    x.app,
    s,
    `${P}/statement/finish`,
    { end, balance: typed(await bankBalance(x, end)), books: typed(zohoBalance(x)) },
    false,
  );
  const finished = pageText((await follow(x.app, s, done)).body);
  if (!finished.includes('Reconciliation #1 to 2026-10-31 finished')) throw new Error(finished.slice(0, 2000));
  x.at('2026-11-06T07:00:00.000Z');
  await x.synced('2026-11-06');
  // Yaba Tech Hub's invoice raised; their receipt of 4 November recorded in Zoho by hand as a deposit
  x.fake.invoices.push({
    ...invoice('INV-000107', 'Yaba Tech Hub', '460000000011006', '2026-11-02', 450_000),
    last_modified_time: '2026-11-05T15:00:00+0000',
  });
  x.fake.recordByHand({
    date: '2026-11-04',
    minor: 45_000_000,
    payee: 'Yaba Tech Hub',
    reference: 'RCPT-0007',
    type: 'deposit',
  });
  await x.lines(NOVEMBER_LINES);
  await x.run();
  return signIn(x.app, 'ngozi');
}

const available = await chromiumAvailable();

describe.runIf(available)('walk s32 in Chromium: documents and postings, write-back off (Zoho)', () => {
  let contracts: ContractSet | null = null;
  let w: Walk;
  let s: Session;
  let browser: Browser;
  let page: Page;
  let base: string;
  beforeAll(async () => {
    contracts = (await contractsAvailable()) ? await loadZohoContracts() : null;
    w = await startWalk(contracts);
    s = await livedMonths(w);
    await w.app.listen({ host: '127.0.0.1', port: 0 });
    const addr = w.app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: 'Africa/Lagos' });
    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=username]', 'ngozi');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button.primary');
    await page.waitForURL((u) => u.pathname !== '/sign-in');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await w?.close();
    contracts?.assertClean();
  });

  /** The app's own page, in Chromium. */
  const open = async (url: string): Promise<string> => {
    await page.goto(`${base}${url}`);
    return page.content();
  };
  const novemberUrl = async (books?: number) =>
    `${P}/statement?end=2026-11-30&balance=${typed(await bankBalance(w, '2026-11-30'))}${books === undefined ? '' : `&books=${typed(books)}`}`;
  /** A line's block in the queue, as read. */
  const lineText = (id: number) => page.locator(`#line-${id}`).innerText();
  const CHIDI = 0;
  const EMTL = 1;
  const MUSHIN = 4;
  const YABA = 7;

  describe('defects (each fails on the code as walked)', () => {
    // fixed in session 32; was: the books' roll-forward counts a posting Zoho deleted as a movement of the period
    it("opens October's books at Zoho's balance before the month: a deposit Zoho deleted is no movement", async () => {
      // Did: Emeka entered Mushin Traders' ₦150,000.00 deposit in Zoho (21 October); the 2 November sync matched
      // GTBank's line to it; he then deleted it in Zoho (wrong bank account) and the next sync read that. Ngozi
      // signed October with Zoho's balance (₦5,000,000.00: nothing posted in October), then opened October's statement.
      // Saw: "Opening to closing, each side": Books "Opening, before 2026-10-03 ₦4,850,000.00 the books' balance below
      // less the period's entries", "Movements ₦150,000.00 1 book entry": Zoho opened October at ₦5,000,000.00 and
      // holds no entry of October. The statement itself lists the line as "its book entry deleted from the books
      // since", so page and roll-forward disagree on whether the books hold the ₦150,000.00.
      // Where: activities/report-builder.ts (bookBalanceOf's ledgerRows: `ledgerRows.filter(isPosting)` keeps a posting
      // a complete pull no longer lists, closed_reason 'gone' with status 'open'), activities/report-builder-books.ts
      // (derived/roll sums it).
      const html = await open(`${P}/statement?end=2026-10-31`);
      expect(figure(html, 'books-opening')).toBe('₦5,000,000.00');
      expect(figure(html, 'books-movements')).toBe('₦0.00');
    });

    // fixed in session 32; was: November's carried balance per books adds back the ₦150,000.00 deposit Zoho deleted in October
    it("carries October's balance per books into November without the deposit Zoho deleted", async () => {
      // Did: October signed at Zoho's ₦5,000,000.00. In November Zoho holds one more entry, Yaba Tech Hub's
      // ₦450,000.00 receipt: its balance is ₦5,450,000.00. Opened November's statement with the bank's balance and
      // the books left to carry forward; then again with Zoho's ₦5,450,000.00 typed.
      // Saw: "Balance per books (1010) carried forward from the last finished reconciliation, with the book entries
      // since ₦5,600,000.00", "carried forward with 2 book entries since", "Unexplained difference -₦150,000.00",
      // "the books do not agree with the bank after the reconciling items". With Zoho's figure typed: "The balance per
      // books entered (₦5,450,000.00) differs from the books' opening + movements by -₦150,000.00: check the figure
      // entered…", though the figure is Zoho's own. The Mushin line is both a credit not in the books and, through
      // the carry, ₦150,000.00 of book movement.
      // Where: activities/report-builder.ts caughtUpInPeriod takes the carried Mushin line's match as the books
      // having caught up, so its (deleted) posting is counted "since" in activities/report-builder-books.ts
      // bookBalanceOf; nothing there leaves out a posting with closed_reason 'gone'.
      const carried = await open(await novemberUrl());
      expect(figure(carried, 'balance-per-books')).toBe('₦5,450,000.00');
      expect(figure(carried, 'difference')).toBe('₦0.00');
      const typedBooks = pageText(await open(await novemberUrl(zohoBalance(w))));
      expect(typedBooks).not.toContain("differs from the books' opening + movements");
    });

    // fixed in session 32; was: the line October carried as "deleted from the books" is not marked carried forward in November
    it('marks the line whose Zoho entry was deleted "carried forward" in November, as the others October carried', async () => {
      // Did: opened November's statement (and its JSON) after October was signed with 7 items outstanding.
      // Saw: every October item reads "(carried forward)" except "2026-10-21 NIP/TRF FROM MUSHIN TRADERS/DEPOSIT OCT
      // (matched to DEP-OCT Mushin Traders: deposit) (its book entry deleted from the books since)"; in the JSON its
      // carriedForward is false. It reads as a new item of November, though October signed it.
      // Where: adapters/reports/statement.ts lists it from its match (REMOVED_FROM_BOOKS) with bankItem(l, group), not
      // from the carried items, so `carriedForward` is never set.
      const json = JSON.parse(
        (await get(w.app, s, `${(await novemberUrl(zohoBalance(w))).replace('/statement?', '/statement.json?')}`)).body,
      ) as {
        statements: Array<{
          statement: { creditsNotInBooks: { items: Array<{ id: string; carriedForward: boolean }> } };
        }>;
      };
      const mushin = json.statements[0]!.statement.creditsNotInBooks.items.find((i) => i.id === String(w.bank[MUSHIN]));
      expect(mushin?.carriedForward).toBe(true);
    });

    // fixed in session 32; was: the queue's two candidates read alike: nothing says the deposit is already in Zoho and the invoice is unpaid
    it('says in the queue which candidate is a payment Zoho already holds and which an open invoice', async () => {
      // Did: Yaba Tech Hub paid ₦450,000.00 on 4 November; Zoho holds their invoice INV-000107 (open) and the receipt
      // Emeka entered as a deposit (RCPT-0007). Opened the queue's Awaiting review tab.
      // Saw: "52% 2026-11-04 RCPT-0007 · Yaba Tech Hub · deposit +₦450,000.00" and "50% 2026-11-02 INV-000107 · Yaba
      // Tech Hub · Invoice INV-000107 +₦450,000.00", same evidence. Nothing tells Ngozi that accepting the deposit
      // clears the line (the books hold the money) while accepting the invoice leaves the line "payment not yet
      // recorded in the books" and the deposit a deposit in transit (the receipt twice on the statement).
      // Where: web/views/review-view.ts candidateBlock / ledgerEntry show reference · party · description, never the
      // entry's kind (domain/ledger.ts isPosting; ledger_entries.kind).
      await open(`${P}/review`);
      const deposit = await page.locator('.cand', { hasText: 'RCPT-0007' }).innerText();
      const invoice = await page.locator('.cand', { hasText: 'INV-000107' }).innerText();
      expect(deposit).toMatch(/in the books|recorded in Zoho|already recorded/i);
      expect(invoice).toMatch(/open invoice|unpaid|not yet paid|payment (is )?not yet recorded/i);
    });

    // fixed in session 32; was: a payment in the books dated the line's day is said to fall "within the entry's date and due date"
    it("says a Zoho deposit dated the line's day is of the same date, not within a due date it does not have", async () => {
      // Did: the same queue: RCPT-0007 is a deposit Zoho holds, dated 4 November like the bank line; it has no due
      // date.
      // Saw: its evidence "date within the entry's date and due date" (also in the workbook's Matched sheet for the
      // Mushin deposit). A deposit has no due date; an accountant reads it as an invoice's terms.
      // Where: matching/scoring.ts WITHIN_SPAN (dateEvidence with outside === 0), the same words whether or not the
      // entry has a due date.
      await open(`${P}/review`);
      const deposit = await page.locator('.cand', { hasText: 'RCPT-0007' }).innerText();
      expect(deposit).not.toContain('due date');
    });

    // fixed in session 32; was: the Matched tab shows a line matched to invoices as done; nothing says Zoho lacks its payment
    it('tells on the Matched tab that a line matched to invoices still waits for its payment to be recorded in Zoho', async () => {
      // Did: write-back is off (the team records payments in Zoho itself). Opened the queue's Matched tab.
      // Saw: "2026-10-03 +₦1,730,000.00 NIP/TRF FROM CHIDI STORES LTD/INV-000101 INV-000102 … ✓ Matched
      // automatically INV-000101 · Chidi Stores Ltd · Invoice INV-000101 +₦1,250,000.00 INV-000102 …" with a tick, as
      // a line that needs nothing more. Only the statement says "payment not yet recorded in the books"; the queue,
      // where the team works, does not say the payment is to be recorded in Zoho against INV-000101 and INV-000102.
      // Same for Ikoyi, Agege, Festac and the Lagos Paper Mills bill.
      // Where: web/views/review-view.ts lineRow (q.held) shows heldVerb and the entries; web/review-data.ts does not
      // read whether the match's documents have a joined posting (adapters/reports/statement.ts PAYMENT_UNRECORDED).
      await open(`${P}/review?view=matched`);
      expect(await lineText(w.bank[CHIDI]!)).toMatch(/not yet recorded|record (the|its) payment/i);
    });

    // fixed in session 32; was: the Matched tab shows a line matched to an entry Zoho deleted as done, without a word
    it('says on the Matched tab that the Zoho entry a line is matched to was deleted from the books since', async () => {
      // Did: Emeka deleted Mushin Traders' deposit (DEP-OCT) in Zoho after the sync matched GTBank's line to it; the
      // next sync read that. Opened the Matched tab.
      // Saw: "2026-10-21 +₦150,000.00 NIP/TRF FROM MUSHIN TRADERS/DEPOSIT OCT ✓ Matched automatically 2026-10-21
      // DEP-OCT · Mushin Traders · deposit +₦150,000.00", ticked, the entry shown as if Zoho held it. The statement
      // says "its book entry deleted from the books since"; the queue does not.
      // Where: web/views/review-view.ts lineRow / ledgerEntry; the entry's closed_reason 'gone' is not read.
      await open(`${P}/review?view=matched`);
      expect(await lineText(w.bank[MUSHIN]!)).toMatch(/deleted/i);
    });

    // fixed in session 32; was: "posted" beside a rule's charge that was never written into Zoho (write-back off)
    it("does not say a rule's charge was posted when write-back is off", async () => {
      // Did: write-back off; the EMTL levy of 3 October was classified by the Nigerian preset. Opened the Matched tab.
      // Saw: "✓ Matched automatically posted ELECTRONIC MONEY TRANSFER LEVY → Taxes:Electronic money transfer levy".
      // Nothing was posted: Zoho holds no such entry, and the statement lists the levy under "Less: debits not in the
      // books". An accountant reads "posted" as done in the books.
      // Where: web/views/review-view.ts lineRow, the `posted` label before g.proposed, whatever the binding's
      // writeBack and whether a posting was written and joined.
      await open(`${P}/review?view=matched`);
      expect(await lineText(w.bank[EMTL]!)).not.toMatch(/\bposted\b/);
    });
  });

  describe('what held (regression tests)', () => {
    it('names each October item in words: the invoices a line pays, a payment not yet recorded, an entry deleted', async () => {
      const text = pageText(await open(`${P}/statement?end=2026-10-31`));
      expect(text).toContain(
        'NIP/TRF FROM CHIDI STORES LTD/INV-000101 INV-000102 (pays INV-000101 Chidi Stores Ltd, INV-000102 Chidi Stores Ltd) (payment not yet recorded in the books) ₦1,730,000.00',
      );
      expect(text).toContain(
        'NIP/TRF TO LAGOS PAPER MILLS LTD/B-2201 (pays B-2201 Lagos Paper Mills Ltd) (payment not yet recorded in the books) ₦2,150,000.00',
      );
      // Festac's payment Emeka recorded and deleted: the invoice is open again, so the line's payment is unrecorded
      expect(text).toContain(
        'NIP/TRF FROM FESTAC VENTURES LTD (pays INV-000105 Festac Ventures) (payment not yet recorded in the books) ₦600,000.00',
      );
      expect(text).toContain(
        'NIP/TRF FROM MUSHIN TRADERS/DEPOSIT OCT (matched to DEP-OCT Mushin Traders: deposit) (its book entry deleted from the books since) ₦150,000.00',
      );
      // the unpaid bill is no item
      expect(text).not.toContain('B-2203');
    });

    it('gives October the same figures on the page, the print, the CSV, the workbook and the JSON, in words but in the CSV and JSON', async () => {
      const html = await open(`${P}/statement?end=2026-10-31`);
      await page.goto(`${base}${P}/statement/1/print`);
      const printed = await page.innerText('body');
      const csv = (await get(w.app, s, `${P}/statement/1/report.csv`)).body;
      const wb = read((await get(w.app, s, `${P}/statement/1/report.xlsx`)).rawPayload);
      const summary = utils.sheet_to_csv(wb.Sheets.Summary!);
      const items = utils.sheet_to_csv(wb.Sheets['Reconciling items']!);
      const json = JSON.parse((await get(w.app, s, `${P}/statement.json?end=2026-10-31`)).body) as {
        statements: Array<{ statement: Record<string, { totalMinor?: number; amountMinor?: number }> }>;
      };
      const st = json.statements[0]!.statement;
      expect(figure(html, 'difference')).toBe('₦0.00');
      for (const [words, total] of [
        ['credits', '₦3,530,000.00'],
        ['debits', '-₦2,150,050.00'],
      ] as const) {
        expect(pageText(html)).toContain(total);
        expect(printed).toMatch(new RegExp(`${words} on the statement not in the books \\(\\d\\)\\s+${total}`));
        expect(summary).toContain(`"${total}"`);
      }
      expect(csv).toContain('Add: credits on the statement not in the books (5),3530000.00');
      expect(csv).toContain('Less: debits on the statement not in the books (2),-2150050.00');
      expect(st.creditsNotInBooks!.totalMinor).toBe(353_000_000);
      expect(st.debitsNotInBooks!.totalMinor).toBe(215_005_000);
      expect(st.difference!.amountMinor).toBe(0);
      // words where a person reads; the codes in the CSV's and JSON's group fields, for scripts (report-words.ts)
      for (const read of [pageText(html), printed, summary, items]) {
        expect(read).not.toMatch(/payment-unrecorded|removed-from-books|txn:|rule:ng-/);
        expect(read).toContain('payment not yet recorded in the books');
      }
      expect(csv).toContain(',payment-unrecorded,');
      expect(csv).toContain(',removed-from-books,');
    });

    it('accepts the best candidate with a and undoes it with u, by keyboard; the statement then balances with Zoho', async () => {
      await open(`${P}/review`);
      expect(await page.locator(':focus').getAttribute('aria-label')).toBe(
        'Bank line 2026-11-04 +₦450,000.00 NIP/TRF FROM YABA TECH HUB',
      );
      await page.keyboard.press('a');
      await page.locator(`#line-${w.bank[YABA]} .decided`).waitFor();
      expect(await lineText(w.bank[YABA]!)).toContain('RCPT-0007 · Yaba Tech Hub · deposit');
      await page.locator('.tabs a', { hasText: 'Awaiting review' }).filter({ hasText: '0' }).waitFor();
      const balanced = await open(await novemberUrl(zohoBalance(w)));
      expect(figure(balanced, 'difference')).toBe('₦0.00');
      expect(pageText(balanced)).not.toContain('YABA TECH HUB');
      await open(`${P}/review?view=matched`);
      await page.keyboard.press('u');
      await page.locator('.tabs a', { hasText: 'Awaiting review' }).filter({ hasText: '1' }).waitFor();
      await open(`${P}/review`);
      expect(await page.locator('.cand').count()).toBe(2);
    });
  });
});
