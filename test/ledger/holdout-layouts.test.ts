import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';

const holdout = (set: string, file: string) => join(import.meta.dirname, '../../bench/corpus/holdout', set, file);
const SAGE = holdout('za-absa-sagebc', 'sagebc-detailed-ledger-transactions-jul2025.csv');
const ZOHO = holdout('ng-zenith-zoho', 'zoho-account-transactions-apr2025.csv');

describe('ledger exports read without a mapping are read right or refused, never misread', () => {
  it('Sage Business Cloud Detailed Ledger Transactions: Debit is money in to the bank account', async () => {
    const { entries, preset } = await readLedgerFile(SAGE, { currency: 'ZAR' });
    expect(preset).toBe('sage-business-cloud-detailed-ledger');
    const byRow = (row: number) => entries.find((e) => e.row === row);
    expect(byRow(7)).toMatchObject({
      date: '2025-07-01',
      amountMinor: 9070850,
      reference: 'SI-02249',
      party: "Nando's Group Holdings",
      description: 'Receipt SI-02249',
      account: 'Absa Business Cheque',
    });
    expect(byRow(10)).toMatchObject({
      date: '2025-07-01',
      amountMinor: -2882008,
      reference: 'FL53049',
      party: 'Fresh Logistics SA',
      balanceMinor: 76950356,
    });
  });

  it('Sage without a currency asks for one rather than taking the Nigerian statement layout', async () => {
    await expect(readLedgerFile(SAGE)).rejects.toThrow(/sagebc-detailed-ledger-transactions-jul2025\.csv: a currency/);
  });

  it('Zoho Books Account Transactions is not taken for a QuickBooks general ledger: it asks for a mapping', async () => {
    const err = await readLedgerFile(ZOHO).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerFileError);
    const e = err as LedgerFileError;
    expect(e.row).toBe(5);
    expect(e.message).toMatch(/^zoho-account-transactions-apr2025\.csv, row 5: a "mapping" option/);
    expect(e.message).toContain('quickbooks-general-ledger');
    expect(e.message).toContain('"Reference#"');
  });
});
