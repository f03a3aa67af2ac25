import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { seedAccount, seedBank, seedLedger } from './seed.js';

export const ACCOUNT = 'acc-ng-1';
export const OTHER_ACCOUNT = 'acc-ng-2';
export const SOURCE = 'books';
export const PERIOD = { from: '2024-03-01', to: '2024-03-31' };

/**
 * A small month with one of each thing the engine does: a reference hit (auto), a payment that three of a
 * party's invoices add up to (split suggestion), an amount-only payment with two equal candidates (a tie, so a
 * suggestion), an SMS alert charge (auto-confirmed preset rule), and a line with nothing to match.
 */
export async function seedMonth(db: Kysely<Database>) {
  await seedAccount(db, ACCOUNT);
  await seedAccount(db, OTHER_ACCOUNT);
  const [refPaid, p1Paid, tiePaid, sms, lonely] = await seedBank(db, ACCOUNT, [
    { date: '2024-03-05', amountMinor: 10_000_00, narration: 'TRF FROM ADEBAYO invoice 2019-00001' },
    { date: '2024-03-06', amountMinor: 600_000_00, narration: 'NIP TRANSFER', counterpartyName: 'P1 Trading Ltd' },
    { date: '2024-03-07', amountMinor: 75_000_00, narration: 'POS CREDIT' },
    { date: '2024-03-08', amountMinor: -4_00, narration: 'SMS ALERT CHARGES FEB 2024' },
    { date: '2024-03-09', amountMinor: 123_456_00, narration: 'CASH DEPOSIT' },
  ]);
  const [otherLine] = await seedBank(db, OTHER_ACCOUNT, [
    { date: '2024-03-05', amountMinor: 50_00, narration: 'OTHER' },
  ]);
  const [inv1, inv2, a, b, c, t1, t2, ghs] = await seedLedger(db, SOURCE, [
    { date: '2024-03-01', amountMinor: 10_000_00, reference: 'INV/2019/00001', party: 'Adebayo Stores' },
    { date: '2024-03-01', amountMinor: 20_000_00, reference: 'INV/2019/00002', party: 'Kano Foods' },
    { date: '2024-03-01', amountMinor: 100_000_00, party: 'P1 Trading Ltd' },
    { date: '2024-03-02', amountMinor: 200_000_00, party: 'P1 Trading Ltd' },
    { date: '2024-03-03', amountMinor: 300_000_00, party: 'P1 Trading Ltd' },
    { date: '2024-03-06', amountMinor: 75_000_00, party: 'Shop A' },
    { date: '2024-03-06', amountMinor: 75_000_00, party: 'Shop B' },
    { date: '2024-03-05', amountMinor: 10_000_00, currency: 'GHS', party: 'Accra Ltd' },
  ]);
  return {
    bank: { refPaid: refPaid!, p1Paid: p1Paid!, tiePaid: tiePaid!, sms: sms!, lonely: lonely!, otherLine: otherLine! },
    ledger: { inv1: inv1!, inv2: inv2!, a: a!, b: b!, c: c!, t1: t1!, t2: t2!, ghs: ghs! },
  };
}
