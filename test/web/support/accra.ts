/**
 * Session 31's walk, as an Accra finance team (GHS, Africa/Accra) on bankfeed with its books in hledger, served by a
 * real hledger-web (Debian's) with write-back on: one GCB current account, its lines as the feed stores them, the
 * books a journal file the team's accountant edits, pulled and written back through the hledger-web adapter as a
 * sync or Run does (`reconcileAccountFeed`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createReconcileActivities } from '../../../activities/reconcile-activities.js';
import { parseLedgerConfig } from '../../../adapters/ledger/config.js';
import { createWebApp } from '../../../web/app.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { startHledgerWeb, type RunningHledgerWeb } from '../../hledger/hledger-web-server.js';
import { addPeople } from './harness.js';
import { atTheWalksClock, lineFeeder, seedWalkAccount, type Line } from './walk-feed.js';

export type { Line };

export const ACCRA = 'Africa/Accra';
export const ACCOUNT = 'acc-gh';
export const BANK_ACCOUNT = 'Assets:Bank:GCB Current';
/** GH₵50,000.00: the bank's and the books' balance at 30 September. */
export const OPENING = 5_000_000;

/** October on the GCB statement, in posting order. */
export const OCTOBER_LINES: Line[] = [
  {
    date: '2026-10-02',
    amountMinor: 346_500,
    narration: 'MTN MOMO MERCHANT SETTLEMENT 01/10/2026 MID 447120',
    counterpartyName: 'MTN MOBILE MONEY',
  },
  {
    date: '2026-10-03',
    amountMinor: 1_275_000,
    narration: 'GIP TRANSFER FROM KOFI MENSAH ENTERPRISES INV1041 INV1042',
    counterpartyName: 'KOFI MENSAH ENTERPRISES',
  },
  {
    date: '2026-10-06',
    amountMinor: -420_000,
    narration: 'GIP TRANSFER TO ACCRA OFFICE SUPPLIES LTD BILL553',
    counterpartyName: 'ACCRA OFFICE SUPPLIES LTD',
  },
  { date: '2026-10-06', amountMinor: -4_200, narration: 'E-LEVY CHARGE', counterpartyName: null },
  {
    date: '2026-10-09',
    amountMinor: 149_500,
    narration: 'GIP TRANSFER FROM OSU BEAUTY SUPPLIES INV1043',
    counterpartyName: 'OSU BEAUTY SUPPLIES',
  },
  {
    date: '2026-10-14',
    amountMinor: -630_000,
    narration: 'GIP TRANSFER TO KUMASI AGRO SUPPLIES PV0091',
    counterpartyName: 'KUMASI AGRO SUPPLIES',
  },
  {
    date: '2026-10-15',
    amountMinor: 630_000,
    narration: 'REVERSAL GIP TRANSFER TO KUMASI AGRO SUPPLIES PV0091',
    counterpartyName: 'KUMASI AGRO SUPPLIES',
  },
  {
    date: '2026-10-16',
    amountMinor: -630_000,
    narration: 'GIP TRANSFER TO KUMASI AGRO SUPPLIES PV0091',
    counterpartyName: 'KUMASI AGRO SUPPLIES',
  },
  {
    date: '2026-10-23',
    amountMinor: 200_000,
    narration: 'CASH DEPOSIT ACCRA MALL BRANCH',
    counterpartyName: null,
  },
  { date: '2026-10-31', amountMinor: -2_500, narration: 'MONTHLY ACCOUNT MAINTENANCE FEE', counterpartyName: null },
  { date: '2026-10-31', amountMinor: -350, narration: 'SMS ALERT CHARGES OCT 2026', counterpartyName: null },
];

/** November on the GCB statement. */
export const NOVEMBER_LINES: Line[] = [
  {
    date: '2026-11-02',
    amountMinor: 300_000,
    narration: 'GIP TRANSFER FROM ADENTA PHARMACY INV1045',
    counterpartyName: 'ADENTA PHARMACY',
  },
  {
    date: '2026-11-04',
    amountMinor: -800_000,
    narration: 'CHQ 000218 CLEARING',
    reference: '000218',
    counterpartyName: null,
  },
  {
    date: '2026-11-06',
    amountMinor: 298_000,
    narration: 'MTN MOMO MERCHANT SETTLEMENT 05/11/2026 MID 447120',
    counterpartyName: 'MTN MOBILE MONEY',
  },
  {
    date: '2026-11-09',
    amountMinor: 200_000,
    narration: 'GIP TRANSFER FROM LABADI BEACH HOTEL INV1044',
    counterpartyName: 'LABADI BEACH HOTEL',
  },
  {
    date: '2026-11-12',
    amountMinor: 440_000,
    narration: 'GIP TRANSFER FROM KOFI MENSAH ENTERPRISES INV1046',
    counterpartyName: 'KOFI MENSAH ENTERPRISES',
  },
  {
    date: '2026-11-18',
    amountMinor: -120_000,
    narration: 'CHQ 000219 CLEARING',
    reference: '000219',
    counterpartyName: null,
  },
  { date: '2026-11-30', amountMinor: -2_500, narration: 'MONTHLY ACCOUNT MAINTENANCE FEE', counterpartyName: null },
  { date: '2026-11-30', amountMinor: -350, narration: 'SMS ALERT CHARGES NOV 2026', counterpartyName: null },
];

/** The team's journal at the end of October, as their accountant keeps it (GHS written before the amount). */
export const OCTOBER_JOURNAL = `; Osu Trading Ltd — books
account ${BANK_ACCOUNT}
account Assets:MoMo Wallet
account Assets:Receivables
account Liabilities:Payables
account Expenses:Bank charges
account Expenses:E-Levy
account Equity:Opening balances

2026-09-30 * Opening balance
    ${BANK_ACCOUNT}          GHS 50,000.00
    Equity:Opening balances

2026-10-02 MTN MoMo | Merchant settlement 1 Oct
    ${BANK_ACCOUNT}          GHS 3,465.00
    Assets:MoMo Wallet

2026-10-03 (INV-1041) Kofi Mensah Enterprises | Receipt INV-1041
    ${BANK_ACCOUNT}          GHS 5,250.00
    Assets:Receivables

2026-10-03 (INV-1042) Kofi Mensah Enterprises | Receipt INV-1042
    ${BANK_ACCOUNT}          GHS 7,500.00
    Assets:Receivables

2026-10-06 (BILL-553) Accra Office Supplies Ltd | Stationery
    Liabilities:Payables           GHS 4,200.00
    ${BANK_ACCOUNT}

2026-10-09 (INV-1043) Osu Beauty Supplies | Receipt INV-1043
    ${BANK_ACCOUNT}          GHS 1,500.00
    Assets:Receivables

2026-10-14 (PV-0091) Kumasi Agro Supplies | Fertiliser
    Liabilities:Payables           GHS 6,300.00
    ${BANK_ACCOUNT}

2026-10-20 (CHQ-000218) Tema Haulage | Haulage September
    Liabilities:Payables           GHS 8,000.00
    ${BANK_ACCOUNT}

2026-10-22 (INV-1044) Labadi Beach Hotel | Receipt INV-1044
    ${BANK_ACCOUNT}          GHS 2,000.00
    Assets:Receivables

2026-10-23 Cash sales | Shop takings banked at Accra Mall
    ${BANK_ACCOUNT}          GHS 2,000.00
    Income:Sales

2026-10-28 (INV-1045) Adenta Pharmacy | Receipt INV-1045
    ${BANK_ACCOUNT}          GHS 3,000.00
    Assets:Receivables
`;

export interface AccraWalk {
  db: TestDb;
  app: FastifyInstance;
  web: RunningHledgerWeb;
  /** The time the walk is at (the app's and the run's clock). */
  at(iso: string): void;
  /** A sync's reconciliation: the books pulled through hledger-web, the engine run, write-back. */
  run(opts?: { restarted?: boolean }): Promise<void>;
  lines(lines: Line[]): Promise<number[]>;
  /** The feed has synced through `day` (the statement may end on it). */
  synced(day: string): Promise<void>;
  journal(): string;
  setJournal(text: string): void;
  /** `hledger print` of the journal (hledger's own reading), with a query. */
  print(...query: string[]): string;
  /** The books' balance of the bank account at the end of `date`, from hledger itself (`hledger bal -e`). */
  booksBalance(date: string): string;
  close(): Promise<void>;
}

export async function startAccraWalk(opts: { journal?: string; currencySymbol?: string } = {}): Promise<AccraWalk> {
  const journal = opts.journal ?? OCTOBER_JOURNAL;
  const db = await openSqliteTestDb();
  const web = await startHledgerWeb(journal);
  let now = new Date('2026-11-02T08:00:00.000Z');
  const feed = lineFeeder(db, { id: ACCOUNT, currency: 'GHS', prefix: 'gcb', opening: OPENING, bookedAt: '10:00:00' });
  await seedWalkAccount(db, {
    id: ACCOUNT,
    name: 'Osu Trading Ltd GHS Current',
    currency: 'GHS',
    timezone: ACCRA,
    institution: 'GCB Bank',
    lastSyncedAt: '2026-11-02T07:00:00.000Z',
  });
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'gh-books',
          kind: 'hledger-web',
          url: web.url,
          bankAccount: BANK_ACCOUNT,
          currency: 'GHS',
          journalPath: web.journalPath,
          ...(opts.currencySymbol ? { currencySymbol: opts.currencySymbol } : {}),
        },
      ],
      bindings: [{ accountId: ACCOUNT, sourceId: 'gh-books', ledgerAccount: BANK_ACCOUNT, writeBack: true }],
    }),
    'ledger.json',
  );
  const activities = () =>
    createReconcileActivities({
      db: db.db,
      logger: pino({ level: 'silent' }),
      dataDir: web.dir,
      ledger: { config, baseDir: web.dir },
      clock: () => now,
    });
  let acts = activities();
  await addPeople(db, [
    ['akosua', 'reviewer'],
    ['kwame', 'admin'],
  ]);
  const app = await createWebApp({
    db: db.db,
    now: () => now,
    matching: { tolerance: { underPercent: '1', overPercent: '1' }, writeOffAccount: 'Expenses:Bank charges' },
  });
  return {
    db,
    app,
    web,
    at(iso) {
      now = new Date(iso);
    },
    async run(opts = {}) {
      if (opts.restarted) acts = activities();
      await new MockActivityEnvironment().run(acts.reconcileAccountFeed, {
        accountId: ACCOUNT,
        trigger: 'manual' as const,
      });
      await atTheWalksClock(db, now);
    },
    lines: (lines) => feed(lines, now),
    async synced(day) {
      await db.db
        .updateTable('accounts')
        .set({ synced_through: day, last_synced_at: now.toISOString() })
        .where('id', '=', ACCOUNT)
        .execute();
    },
    journal: () => readFileSync(web.journalPath, 'utf8'),
    setJournal(text) {
      writeFileSync(web.journalPath, text);
    },
    print: (...query) => {
      const res = spawnSync('hledger', ['print', '-f', web.journalPath, ...query], { encoding: 'utf8' });
      if (res.status !== 0) throw new Error(`hledger print failed: ${res.stderr}`);
      return res.stdout;
    },
    booksBalance(date) {
      const res = spawnSync(
        'hledger',
        ['balance', '-f', web.journalPath, '-e', nextDay(date), '--flat', '-N', `^${BANK_ACCOUNT}$`],
        { encoding: 'utf8' },
      );
      if (res.status !== 0) throw new Error(`hledger balance failed: ${res.stderr}`);
      const m = /GHS\s*(-?[\d,]+\.\d{2})/.exec(res.stdout);
      if (!m) throw new Error(`no GHS balance in: ${res.stdout}`);
      return m[1]!.replace(/,/g, '');
    },
    close: async () => {
      await app.close();
      await web.stop();
      await db.dispose();
    },
  };
}

/**
 * A run stamps what it stores with the machine's clock (the pull's read time, the audit rows of its write-backs), not
 * the walk's: in production the two are one. Every time later than the walk's clock is put back to it, so that
 * "recorded after the reconciliation was finished" reads as it would have on the day.
 */

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
