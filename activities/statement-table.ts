import type { MonoTransaction } from '../adapters/mono/index.js';
import type { Table } from '../adapters/reports/table.js';
import type { CurrencyCode } from '../domain/currency.js';
import { businessDateOf } from '../domain/dates.js';

/**
 * A Mono statement as a report sheet (the same writers, cell types and injection guards as the reconciliation
 * report): one row per transaction in posting order, money in and out in separate columns, dates as business dates
 * in the account's time zone.
 */
export function statementTable(
  rows: readonly MonoTransaction[],
  opts: { currency: CurrencyCode; timezone: string; title: string },
): Table {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    name: opts.title.slice(0, 31),
    fileSuffix: null,
    layout: 'list',
    columns: [
      { header: 'Date', kind: 'date', width: 12 },
      { header: 'Narration', kind: 'text', width: 60 },
      { header: 'Money in', kind: 'amount', width: 16 },
      { header: 'Money out', kind: 'amount', width: 16 },
      { header: 'Balance', kind: 'amount', width: 18 },
      { header: 'Category', kind: 'text', width: 18 },
      { header: 'Mono id', kind: 'text', width: 28 },
    ],
    rows: sorted.map((t) => {
      const currency = t.currency ?? opts.currency;
      if (currency !== opts.currency)
        throw new RangeError(`statement row ${t.id} is in ${currency}, the account in ${opts.currency}`);
      const amount = { minor: t.amountMinor, currency };
      return [
        businessDateOf(t.date, opts.timezone),
        t.narration,
        t.type === 'credit' ? amount : null,
        t.type === 'debit' ? amount : null,
        t.balanceMinor === null ? null : { minor: t.balanceMinor, currency },
        t.category,
        t.id,
      ];
    }),
  };
}
