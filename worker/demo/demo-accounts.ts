import type { AccountSpec } from '../../sandbox/server.js';

/**
 * The demo: five linked accounts at the sandbox bank, whose clock is fixed so the ledger shipped under examples/
 * (made from the same seed by examples/make-demo-ledger.ts) matches the bank mostly — but, as in real books, not
 * perfectly.
 */
export const DEMO_SEED = 2026;
export const DEMO_CLOCK_START = '2026-11-20T09:00:00.000Z';
export const DEMO_HISTORY_DAYS = 365;

export interface DemoAccount {
  spec: AccountSpec & { id: string };
  /** GL code of the bank account in the demo books, and the ledger file it lives in. */
  ledgerAccount: string;
  ledgerFile: string;
  sourceId: string;
  kind: 'csv' | 'xlsx';
  currency: 'NGN' | 'GHS' | 'KES';
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    spec: {
      id: '6500000000000000000a0001',
      name: 'Adebayo Foods Ltd',
      institution: 'GTBank',
      currency: 'NGN',
      kind: 'business',
      historyDays: DEMO_HISTORY_DAYS,
      txnsPerDay: 6,
    },
    ledgerAccount: '1010',
    ledgerFile: 'ledger/adebayo-foods-general-ledger.csv',
    sourceId: 'adebayo-books',
    kind: 'csv',
    currency: 'NGN',
  },
  {
    spec: {
      id: '6500000000000000000a0002',
      name: 'Chiamaka Okafor',
      institution: 'Kuda',
      currency: 'NGN',
      kind: 'business',
      historyDays: DEMO_HISTORY_DAYS,
      txnsPerDay: 3,
    },
    ledgerAccount: '1020',
    ledgerFile: 'ledger/okafor-studio-ledger.xlsx',
    sourceId: 'okafor-books',
    kind: 'xlsx',
    currency: 'NGN',
  },
  {
    spec: {
      id: '6500000000000000000a0003',
      name: 'Lekki Logistics Ltd',
      institution: 'Access',
      currency: 'NGN',
      kind: 'business',
      historyDays: DEMO_HISTORY_DAYS,
      txnsPerDay: 4,
      mfa: { reauthAfterRefreshes: 0 },
    },
    ledgerAccount: '1030',
    ledgerFile: 'ledger/lekki-logistics-general-ledger.csv',
    sourceId: 'lekki-books',
    kind: 'csv',
    currency: 'NGN',
  },
  {
    spec: {
      id: '6500000000000000000a0004',
      name: 'Kumasi Cocoa Traders',
      institution: 'GCB',
      currency: 'GHC',
      kind: 'business',
      historyDays: DEMO_HISTORY_DAYS,
      txnsPerDay: 3,
    },
    ledgerAccount: '1040',
    ledgerFile: 'ledger/kumasi-cocoa-ledger.xlsx',
    sourceId: 'kumasi-books',
    kind: 'xlsx',
    currency: 'GHS',
  },
  {
    spec: {
      id: '6500000000000000000a0005',
      name: 'Nairobi Craft Supplies',
      institution: 'Equity',
      currency: 'KSH',
      kind: 'business',
      historyDays: DEMO_HISTORY_DAYS,
      txnsPerDay: 3,
    },
    ledgerAccount: '1050',
    ledgerFile: 'ledger/nairobi-craft-general-ledger.csv',
    sourceId: 'nairobi-books',
    kind: 'csv',
    currency: 'KES',
  },
];

/** The ledger configuration the demo uses (written next to examples/ledger as examples/bankfeed.ledger.json). */
export function demoLedgerConfig() {
  return {
    sources: DEMO_ACCOUNTS.map((a) => ({
      id: a.sourceId,
      kind: a.kind,
      path: a.ledgerFile,
      currency: a.currency,
      preset: 'general-ledger',
      dateOrder: 'DMY' as const,
    })),
    bindings: DEMO_ACCOUNTS.map((a) => ({
      accountId: a.spec.id,
      sourceId: a.sourceId,
      ledgerAccount: a.ledgerAccount,
    })),
  };
}
