import type { CurrencyCode } from '../../domain/currency.js';
import type { DateOrder } from './tabular-options.js';

/** The fields a column can feed. `accountName` is a second way to name the GL account (code and name exports). */
export type MappedField =
  | 'date'
  | 'valueDate'
  | 'amount'
  | 'moneyIn'
  | 'moneyOut'
  | 'fee'
  | 'description'
  | 'reference'
  | 'party'
  | 'account'
  | 'accountName'
  | 'journalId'
  | 'balance'
  | 'currency'
  | 'status'
  | 'marker'
  | 'direction'
  | 'balanceBefore';

/**
 * A column-mapping preset: for each field, the header texts (normalised) it accepts, in preference order. `required`
 * fields must all be present for the preset to be detected; `marker` is a header that only identifies the layout.
 */
export interface Preset {
  name: string;
  label: string;
  fields: Partial<Record<MappedField, string[]>>;
  required: MappedField[];
  /** Day-first/month-first when the layout's origin settles it (a Nigerian bank never writes month-first). */
  dateOrder?: DateOrder;
  currency?: CurrencyCode;
  /** Rows with a single label and no date are section headings naming the GL account (report-style exports). */
  sections?: boolean;
  /** The journal-id column is the document's own number (QuickBooks' Num): it is also the entry's reference. */
  journalIdIsReference?: boolean;
}

const DESCRIPTION = ['description', 'narration', 'narrative', 'details', 'transaction details', 'remarks', 'memo'];

// Order is the tie-break when two presets match equally many columns: the more specific layout first.
export const PRESETS: readonly Preset[] = [
  {
    name: 'ke-mpesa-organisation-statement',
    label:
      'Safaricom M-PESA organisation (paybill/till) statement (Receipt No., Completion Time, Initiation Time, Details, Transaction Status, Paid In, Withdrawn, Balance, …, Other Party Info, Linked Transaction ID, A/C No.)',
    fields: {
      // Completion Time is when the money moved; Initiation Time is not read.
      date: ['completion time'],
      // The M-PESA transaction id: part of the line's identity. A charge shares its payment's receipt, so it is not the
      // reference (that would tie every charge to its payment by "reference"); A/C No. (what the payer typed) is.
      journalId: ['receipt no'],
      description: ['details'],
      status: ['transaction status'],
      moneyIn: ['paid in'],
      moneyOut: ['withdrawn'],
      balance: ['balance'],
      party: ['other party info'],
      reference: ['a c no'],
    },
    required: ['date', 'journalId', 'description', 'moneyIn', 'moneyOut', 'balance'],
    // "2025-05-30 07:49:26", East Africa Time: the date is the file's own text, year first.
    dateOrder: 'YMD',
    currency: 'KES',
  },
  {
    name: 'xero-bank-statement',
    label: 'Xero bank statement import template (*Date, *Amount, Payee, Description, Reference)',
    fields: {
      date: ['*date'],
      amount: ['*amount'],
      party: ['payee'],
      description: ['description'],
      reference: ['reference'],
      journalId: ['cheque no', 'check number', 'cheque number'],
    },
    required: ['date', 'amount'],
  },
  {
    name: 'quickbooks-general-ledger',
    label:
      'QuickBooks "General Ledger" report (Date, Transaction Type, Num, Name, Memo/Description, Split, Amount, Balance)',
    fields: {
      date: ['date'],
      marker: ['transaction type'],
      journalId: ['num', 'no'],
      party: ['name'],
      description: ['memo description', 'memo', 'description'],
      amount: ['amount'],
      balance: ['balance'],
    },
    required: ['date', 'marker', 'amount'],
    sections: true,
    journalIdIsReference: true,
  },
  {
    name: 'xero-account-transactions',
    label: 'Xero "Account Transactions" report (Date, Source, Description, Reference, Debit, Credit, Running Balance)',
    fields: {
      date: ['date'],
      marker: ['source'],
      party: ['contact'],
      description: ['description'],
      reference: ['reference'],
      moneyIn: ['debit'],
      moneyOut: ['credit'],
      balance: ['running balance'],
    },
    required: ['date', 'marker', 'moneyIn', 'moneyOut'],
    sections: true,
  },
  {
    name: 'sage-business-cloud-detailed-ledger',
    label:
      'Sage Business Cloud Accounting "Detailed Ledger Transactions" (Account, Date, Type, Reference, Contact, Description, Debit, Credit, Balance); Debit is money in to the bank account',
    fields: {
      date: ['date'],
      account: ['account'],
      marker: ['type'],
      reference: ['reference'],
      party: ['contact'],
      description: ['description'],
      moneyIn: ['debit'],
      moneyOut: ['credit'],
      balance: ['balance'],
    },
    required: ['date', 'account', 'marker', 'reference', 'party', 'description', 'moneyIn', 'moneyOut'],
  },
  {
    name: 'general-ledger',
    label:
      'Generic general-ledger export (Date, Journal ID, Account Code, Account Name, Description, Reference, Debit, Credit)',
    fields: {
      date: ['date', 'posting date', 'transaction date'],
      journalId: ['journal id', 'journal', 'journal no', 'journal number', 'entry no'],
      account: ['account code', 'account no', 'account number', 'gl code'],
      accountName: ['account name', 'account'],
      description: ['description', 'narration', 'memo'],
      reference: ['reference', 'ref'],
      party: ['contact', 'party', 'name'],
      moneyIn: ['debit', 'debits', 'dr'],
      moneyOut: ['credit', 'credits', 'cr'],
    },
    required: ['date', 'journalId', 'moneyIn', 'moneyOut'],
  },
  {
    name: 'za-capitec',
    label: 'Capitec statement (Posting Date, Transaction Date, Description, Money In, Money Out, Fee, Balance)',
    fields: {
      date: ['transaction date'],
      valueDate: ['posting date'],
      description: ['description'],
      moneyIn: ['money in'],
      moneyOut: ['money out'],
      fee: ['fee', 'fees'],
      balance: ['balance'],
    },
    required: ['date', 'description', 'moneyIn', 'moneyOut', 'balance'],
    dateOrder: 'DMY',
    currency: 'ZAR',
  },
  {
    name: 'za-standard-bank',
    label: 'Standard Bank statement (Date, Description, Reference, Amount, Balance)',
    fields: {
      date: ['date'],
      description: ['description'],
      reference: ['reference'],
      amount: ['amount'],
      balance: ['balance'],
    },
    required: ['date', 'description', 'reference', 'amount', 'balance'],
    dateOrder: 'DMY',
    currency: 'ZAR',
  },
  {
    name: 'za-absa',
    label: 'Absa statement (Date, Transaction Description, Amount, Balance)',
    fields: { date: ['date'], description: ['transaction description'], amount: ['amount'], balance: ['balance'] },
    required: ['date', 'description', 'amount', 'balance'],
    dateOrder: 'DMY',
    currency: 'ZAR',
  },
  {
    name: 'za-nedbank',
    label: 'Nedbank statement (Transaction Date, Description, Amount, Balance)',
    fields: {
      date: ['transaction date'],
      description: ['description', 'narrative'],
      amount: ['amount'],
      balance: ['balance', 'available balance'],
    },
    required: ['date', 'description', 'amount', 'balance'],
    dateOrder: 'DMY',
    currency: 'ZAR',
  },
  {
    name: 'za-fnb',
    label: 'FNB statement (Date, Amount, Balance, Description)',
    fields: {
      date: ['date'],
      amount: ['amount'],
      balance: ['balance'],
      description: ['description'],
      marker: ['accrued bank charges', 'accrued charges'],
    },
    required: ['date', 'amount', 'balance', 'description'],
    dateOrder: 'DMY',
    currency: 'ZAR',
  },
  {
    name: 'ng-bank-statement',
    label:
      'Nigerian bank statement, GTBank/Access/Zenith/First Bank/UBA style (Trans Date, Value Date, Narration, Debit, Credit, Balance)',
    fields: {
      date: ['trans date', 'transaction date', 'tran date', 'txn date', 'posted date', 'post date', 'date'],
      valueDate: ['value date', 'val date', 'effective date'],
      description: [...DESCRIPTION, 'transaction description'],
      reference: [
        'reference',
        'reference no',
        'reference number',
        'ref',
        'ref no',
        'cheque no',
        'chq no',
        'instrument no',
      ],
      moneyOut: ['debit', 'debits', 'debit amount', 'withdrawal', 'withdrawals', 'dr', 'money out'],
      moneyIn: [
        'credit',
        'credits',
        'credit amount',
        'lodgement',
        'lodgements',
        'deposit',
        'deposits',
        'cr',
        'money in',
      ],
      balance: ['balance', 'running balance', 'bal', 'available balance'],
    },
    required: ['date', 'description', 'moneyIn', 'moneyOut', 'balance'],
    dateOrder: 'DMY',
    currency: 'NGN',
  },
  {
    name: 'quickbooks-4-column',
    label:
      'QuickBooks 4-column bank upload (Date, Description, Credit, Debit); Credit is money in unless the mapping says otherwise',
    fields: { date: ['date'], description: ['description'], moneyIn: ['credit'], moneyOut: ['debit'] },
    required: ['date', 'description', 'moneyIn', 'moneyOut'],
  },
  {
    name: 'quickbooks-3-column',
    label: 'QuickBooks 3-column bank upload (Date, Description, Amount)',
    fields: { date: ['date'], description: ['description'], amount: ['amount'] },
    required: ['date', 'description', 'amount'],
  },
];

export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}

/**
 * Header text as compared: case, accents, punctuation, bracketed units ("Debit (₦)") and spacing ignored; "*" kept
 * (Xero). Letters of every script stay: an Arabic or Chinese header is its words, never the empty text a title row's
 * would also be.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\(.*?\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}
