/**
 * What a ledger source is, in the words of the finance team whose books it reads: "Sage export (CSV)", "Xero",
 * "folder of exports". The source's id ("za-books") is a name an administrator gave it in the ledger configuration;
 * the team recognises their books by the system they keep them in.
 */

import type { LedgerSourceKind } from '../worker/running-settings.js';

const SYSTEMS: Record<string, string> = {
  'hledger-web': 'hledger-web',
  xero: 'Xero',
  'zoho-books': 'Zoho Books',
  'quickbooks-online': 'QuickBooks Online',
  tryton: 'Tryton',
};

// The accounting system an export's layout comes from, by the preset's name's first word; a bank's statement layout
// (za-fnb, ng-bank-statement) or the generic general ledger names none.
const EXPORT_FROM: Record<string, string> = { sage: 'Sage', xero: 'Xero', quickbooks: 'QuickBooks' };

const FILE_TYPE: Record<string, string> = { csv: 'CSV', xlsx: 'Excel' };

function exportFrom(preset: string | undefined): string | null {
  return preset ? (EXPORT_FROM[preset.split('-')[0]!] ?? null) : null;
}

/**
 * "Sage export (CSV)", "Excel export", "folder of Xero exports", "Xero"; a kind from a plugin is shown as configured,
 * and an unknown source (bound, not in the configuration this process read) is null: the page shows its id.
 */
export function ledgerSourceText(source: LedgerSourceKind | undefined): string | null {
  if (!source) return null;
  const from = exportFrom(source.preset);
  const type = FILE_TYPE[source.kind];
  if (type) return from ? `${from} export (${type})` : `${type} export`;
  if (source.kind === 'folder') return from ? `folder of ${from} exports` : 'folder of exports';
  return SYSTEMS[source.kind] ?? source.kind;
}

// Accounting systems keep invoices and bills (their adapters pull them as documents); an export of a general ledger
// and an hledger journal hold the bank account's postings only.
const KEEP_INVOICES = new Set(['xero', 'quickbooks-online', 'zoho-books', 'tryton']);
const EXPORTS = new Set(['csv', 'xlsx', 'folder']);

/** Whether books of this kind keep invoices: true or false by its kind, null when the kind says nothing (a plugin's). */
export function booksKeepInvoices(source: LedgerSourceKind | undefined): boolean | null {
  if (!source) return null;
  if (KEEP_INVOICES.has(source.kind)) return true;
  if (EXPORTS.has(source.kind) || source.kind === 'hledger-web') return false;
  return null;
}

/** Why books of postings list no invoice to collect, and which books DirectPay collects from. */
export function noInvoicesText(source: LedgerSourceKind | undefined): string {
  const kind = source?.kind ?? '';
  const what = EXPORTS.has(kind)
    ? "These books are a general-ledger export of the bank account's postings"
    : kind === 'hledger-web'
      ? "These books are an hledger journal of the bank account's postings"
      : "These books hold the bank account's postings and no invoices";
  return (
    `${what}: a receipt in them is money already received, not an invoice a customer still owes. ` +
    'DirectPay collects open invoices from books that hold them: Xero, QuickBooks Online, Zoho Books or Tryton.'
  );
}
