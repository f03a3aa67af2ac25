/**
 * A failed transfer whose reversal repeats the payee and gives the failure's reason, but not the bill the transfer
 * quoted ("GIP OUTWARD TO TAKORADI LAB SERVICES BILL TLS8809", then "REV GIP OUTWARD TO TAKORADI LAB SERVICES - INVALID
 * ACCT"; "PESALINK DR ROYAL PACKAGING KENYA INV RPK-4345", then "PESALINK REVERSAL ROYAL PACKAGING KENYA - ACCOUNT NOT
 * FOUND"): a reversal pair, so the payment sent again after it takes the bill. Missed before (holdout35): BILL was no
 * memo label, the invoice's letters were read as more of the payee's name, and "account not found" as part of it.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.map((m) => [m.bankIds, m.ledgerIds, m.ruleId ?? null] as const);

describe('a reversal naming the payee and the reason, not the bill', () => {
  it('pairs a GIP transfer with its reversal, and gives the bill to the payment sent again', () => {
    const r = reconcile(
      [
        bankLine('d', '2026-07-17', -14_088_00, {
          narration: 'GIP OUTWARD TO TAKORADI LAB SERVICES BILL TLS8809',
          currency: 'GHS',
        }),
        bankLine('r', '2026-07-20', 14_088_00, {
          narration: 'REV GIP OUTWARD TO TAKORADI LAB SERVICES - INVALID ACCT',
          currency: 'GHS',
        }),
        bankLine('again', '2026-07-21', -14_088_00, {
          narration: 'GIP OUTWARD TO TAKORADI LAB SERVICES BILL TLS8809',
          currency: 'GHS',
        }),
      ],
      [
        entry('bill', '2026-07-21', -14_088_00, {
          description: 'Supplier invoice TLS8809 - Takoradi Lab Services',
          currency: 'GHS',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toContainEqual([['d', 'r'], [], 'reversal-pair']);
    expect(pairs(r)).toContainEqual([['again'], ['bill'], null]);
  });

  it('pairs a PesaLink debit with its reversal when the reversal drops the DR and the invoice', () => {
    const r = reconcile(
      [
        bankLine('d', '2026-06-18', -523_230_00, {
          narration: 'PESALINK DR ROYAL PACKAGING KENYA INV RPK-4345',
          currency: 'KES',
        }),
        bankLine('r', '2026-06-19', 523_230_00, {
          narration: 'PESALINK REVERSAL ROYAL PACKAGING KENYA - ACCOUNT NOT FOUND',
          currency: 'KES',
        }),
      ],
      [],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['d', 'r'], [], 'reversal-pair']]);
  });

  // holdout36: the payee's words end where the transfer's reference starts, however the reference is written
  it('pairs a transfer whose reference joins its letters to the number (WHI-66044, SHE/INV/3912) with its reversal', () => {
    const r = reconcile(
      [
        bankLine('gd', '2026-09-07', -8_692_12, {
          narration: 'GIP TRANSFER TO WHINDO LAUNDRY SERVICES WHI-66044',
          currency: 'GHS',
        }),
        bankLine('gr', '2026-09-08', 8_692_12, {
          narration: 'GIP TRANSFER REVERSAL - WHINDO LAUNDRY SERVICES - INVALID ACCOUNT',
          currency: 'GHS',
        }),
        bankLine('kd', '2026-09-10', -53_845_00, {
          narration: 'PESALINK DEBIT SHENZHEN DRIP SYSTEMS SHE/INV/3912',
          currency: 'GHS',
        }),
        bankLine('kr', '2026-09-11', 53_845_00, {
          narration: 'PESALINK REVERSAL SHENZHEN DRIP SYSTEMS - INVALID ACCOUNT',
          currency: 'GHS',
        }),
        // another payee whose name starts the same: no pair
        bankLine('od', '2026-09-14', -1_200_00, { narration: 'GIP TRANSFER TO WHINDO LAUNDRY WHI-7', currency: 'GHS' }),
        bankLine('or', '2026-09-15', 1_200_00, {
          narration: 'GIP TRANSFER REVERSAL - WHINDO LAUNDRY SERVICES - INVALID ACCOUNT',
          currency: 'GHS',
        }),
      ],
      [],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r).filter(([, , rule]) => rule === 'reversal-pair')).toEqual([
      [['gd', 'gr'], [], 'reversal-pair'],
      [['kd', 'kr'], [], 'reversal-pair'],
    ]);
  });

  // holdout44: the memo is a plain word, no label before it, and the payee's title (REV, Reverend) is also a reversal's
  // word; the return drops the memo and gives its reason
  it('pairs a transfer with an unlabelled memo and the reversal that swaps it for the reason', () => {
    const r = reconcile(
      [
        bankLine('d', '2029-10-15', -881_00, {
          narration: 'GIP TRF TO REV DR SETH NKANSAH HONORARIUM',
          currency: 'GHS',
        }),
        bankLine('r', '2029-10-16', 881_00, {
          narration: 'GIP REVERSAL REV DR SETH NKANSAH INVALID ACCOUNT',
          currency: 'GHS',
        }),
        bankLine('again', '2029-10-17', -881_00, {
          narration: 'GIP TRF TO REV DR SETH NKANSAH HONORARIUM',
          currency: 'GHS',
        }),
        // a return without a reason, or naming only the start of another name, is no pair
        bankLine('d2', '2029-10-20', -450_00, { narration: 'GIP TRF TO ABENA OWUSU MENSAH BURIAL', currency: 'GHS' }),
        bankLine('r2', '2029-10-21', 450_00, { narration: 'GIP REVERSAL ABENA OWUSU', currency: 'GHS' }),
      ],
      [
        entry('e', '2029-10-15', -881_00, {
          description: 'Honorarium - guest preacher',
          party: 'Rev Dr Seth Nkansah',
          currency: 'GHS',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r).filter(([, , rule]) => rule === 'reversal-pair')).toEqual([[['d', 'r'], [], 'reversal-pair']]);
    expect(pairs(r)).toContainEqual([['again'], ['e'], null]);
  });

  // holdout45: the bank words the return only as a return; the payee is in each line's own field
  it('pairs a payment and its return that name the payee only in the counterparty field', () => {
    const za = { currency: 'ZAR' as const };
    const r = reconcile(
      [
        bankLine('d', '2030-10-10', -3_470_00, {
          ...za,
          narration: 'PAYSHAP PAYMENT TO',
          reference: 'RELIEF SHIFTS',
          counterpartyName: 'PALESA MOKOENA',
        }),
        bankLine('r', '2030-10-10', 3_470_00, {
          ...za,
          narration: 'PAYSHAP RETURNED ACCOUNT CLOSED',
          reference: 'RELIEF SHIFTS',
          counterpartyName: 'PALESA MOKOENA',
        }),
        bankLine('again', '2030-10-11', -3_470_00, {
          ...za,
          narration: 'PAYSHAP PAYMENT TO',
          reference: 'RELIEF SHIFTS NEW ACC',
          counterpartyName: 'PALESA MOKOENA',
        }),
        // another payee's return of the same amount: no pair
        bankLine('d2', '2030-10-12', -900_00, {
          ...za,
          narration: 'PAYSHAP PAYMENT TO',
          counterpartyName: 'SIPHO DLAMINI',
        }),
        bankLine('r2', '2030-10-12', 900_00, {
          ...za,
          narration: 'PAYSHAP RETURNED ACCOUNT CLOSED',
          counterpartyName: 'THABO DLAMINI',
        }),
      ],
      [entry('e', '2030-10-10', -3_470_00, { ...za, reference: 'RW8700', party: 'Palesa Mokoena' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r).filter(([, , rule]) => rule === 'reversal-pair')).toEqual([[['d', 'r'], [], 'reversal-pair']]);
    expect(pairs(r)).toContainEqual([['again'], ['e'], null]);
  });

  it('does not pair a reversal naming another payee, whatever memo the debit carries', () => {
    const r = reconcile(
      [
        bankLine('d', '2026-06-18', -523_230_00, {
          narration: 'PESALINK DR ROYAL PACKAGING KENYA INV RPK-4345',
          currency: 'KES',
        }),
        bankLine('r', '2026-06-19', 523_230_00, {
          narration: 'PESALINK REVERSAL ROYAL PRINTERS KENYA - ACCOUNT NOT FOUND',
          currency: 'KES',
        }),
      ],
      [],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r).filter(([, , rule]) => rule === 'reversal-pair')).toEqual([]);
  });
});
