import type { LedgerEntry } from '../../domain/ledger.js';
import { openProfiledTable } from './open-table.js';
import { RowIdentity } from './row-identity.js';
import { readMappedRows } from './row-reader.js';
import type { StatedPeriod } from './stated-period.js';
import type { TabularReadOptions } from './tabular-options.js';

/** A ledger entry read from a file, with the GL account name when the export has both code and name. */
export interface FileLedgerEntry extends LedgerEntry {
  accountName?: string | null;
  /** 1-based row in the file, for messages and audit. */
  row: number;
  /** The journal or transaction id the export gives, if any (what a bookkeeper recognises). */
  journalId?: string | null;
  /** The account's running balance after this entry, when the export has a balance column (the books' own figure). */
  balanceMinor?: number | null;
}

export interface OpenedLedgerFile {
  preset: string;
  fileHash: string;
  sheet: string | null;
  /** The period the export's heading states it covers, when it states one plainly. */
  statedPeriod: StatedPeriod | null;
  /** Streams the entries; throws LedgerFileError at the first bad row. */
  entries(): AsyncGenerator<FileLedgerEntry>;
}

/** Opens and profiles a ledger file without holding its rows (CSV is streamed; use for very large exports). */
export async function openLedgerFile(path: string, opts: TabularReadOptions = {}): Promise<OpenedLedgerFile> {
  const { src, profile } = await openProfiledTable(path, opts);
  async function* entries(): AsyncGenerator<FileLedgerEntry> {
    const identity = new RowIdentity();
    for await (const r of readMappedRows(src, profile)) {
      yield {
        id: identity.idFor(r, 'row:').id,
        date: r.date,
        amountMinor: r.amountMinor,
        currency: r.currency,
        reference: r.reference,
        description: r.description,
        party: r.party,
        account: r.account ?? r.accountName,
        accountName: r.accountName,
        row: r.row,
        journalId: r.journalId,
        balanceMinor: r.balanceMinor,
      };
    }
  }
  return {
    preset: profile.preset,
    fileHash: src.fileHash,
    sheet: src.sheet,
    statedPeriod: profile.statedPeriod,
    entries,
  };
}

/** Reads a whole ledger file; all or nothing: any bad row throws LedgerFileError and nothing is returned. */
export async function readLedgerFile(
  path: string,
  opts: TabularReadOptions = {},
): Promise<{ entries: FileLedgerEntry[]; preset: string; fileHash: string }> {
  const file = await openLedgerFile(path, opts);
  const entries: FileLedgerEntry[] = [];
  for await (const e of file.entries()) entries.push(e);
  return { entries, preset: file.preset, fileHash: file.fileHash };
}
