/**
 * Review of 7987f7a (trading names, matching/trading-names.ts and PartyFinder.find): brackets and "t/a" that hold
 * something else than the name a sole trader trades under. Each asserts what a careful accountant would do; each
 * fails on the code reviewed and passes on its parent 5eb0f5f: a wrong auto-match, words the bracket or the trading
 * name shares with someone else naming the party (and, with a payer field naming another, skipping the conflict).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ledgerIds.length > 0).map((m) => [m.bankIds, m.ledgerIds]);
const accra = { timezone: 'Africa/Accra', autoConfirmUniqueAmount: false };
const lagos = { timezone: 'Africa/Lagos', autoConfirmUniqueAmount: false };
const nairobi = { timezone: 'Africa/Nairobi', autoConfirmUniqueAmount: false };
const joburg = { timezone: 'Africa/Johannesburg', autoConfirmUniqueAmount: false };

describe('7987f7a: brackets that hold no trading name', () => {
  it('R1 a region in brackets: LAGOS ISLAND in a narration is a place, not Chinedu Okafor', () => {
    // The bookkeeper notes where the customer is ("(Lagos Island)"). ISLAND is no listed common word, so any
    // narration mentioning Lagos Island (a local government levy, another customer's address) names him.
    const r = reconcile(
      [bankLine('b', '2026-06-08', 45_000_00, { narration: 'NIP TRF FRM ADEBAYO STORES LAGOS ISLAND' })],
      [entry('e', '2026-06-08', 45_000_00, { party: 'Chinedu Okafor (Lagos Island)', reference: 'INV-88' })],
      lagos,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R2 a neighbourhood in brackets: EAST LEGON is where many payers live', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-08', 3_200_00, { narration: 'GIP FRM KWAME ASANTE EAST LEGON RENT' })],
      [entry('e', '2026-06-08', 3_200_00, { party: 'Ama Serwaa (East Legon)', reference: 'RENT-06' })],
      accra,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R3 an employer in brackets: GHANA EDUCATION SERVICE is not the teacher it employs', () => {
    // Credit unions and schools book members with their employer. GES (or its payroll) paying is not Kwame Asante's
    // own payment; the payer field names GES, yet the bracket makes it his.
    const r = reconcile(
      [
        bankLine('b', '2026-06-08', 1_500_00, {
          counterpartyName: 'GHANA EDUCATION SERVICE',
          narration: 'GES PAYMENT',
        }),
      ],
      [entry('e', '2026-06-08', 1_500_00, { party: 'Kwame Asante (Ghana Education Service)', reference: 'LN-441' })],
      accra,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R4 a chama in brackets: the group paying is not the member booked with it', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-08', 2_000_00, { counterpartyName: 'UMOJA WOMEN GROUP', narration: 'MPESA C2B' })],
      [entry('e', '2026-06-08', 2_000_00, { party: 'Jane Wanjiru (Umoja Women Group)', reference: 'CONTR-06' })],
      nairobi,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R5 a note in brackets: STAFF LOAN repaid by another employee', () => {
    // "(Staff Loan)" says what the receivable is; every staff member's repayment says STAFF LOAN. The payer field
    // names Akosua Dufie, which the code would otherwise take as a conflict.
    const r = reconcile(
      [
        bankLine('b', '2026-06-25', 500_00, {
          counterpartyName: 'AKOSUA DUFIE',
          narration: 'STAFF LOAN REPAYMENT JUNE',
        }),
      ],
      [entry('e', '2026-06-25', 500_00, { party: 'Kwame Boateng (Staff Loan)', reference: 'SL-06' })],
      accra,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R6 a note in brackets: SALARY ADVANCE paid to someone else', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-10', -5_000_00, { counterpartyName: 'JOHN OTIENO', narration: 'SALARY ADVANCE JUNE' })],
      [entry('e', '2026-06-10', -5_000_00, { party: 'Grace Achieng (Salary Advance)', reference: 'ADV-12' })],
      nairobi,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R7 a status in brackets: DECEASED ESTATE of someone else', () => {
    // South African books mark a debtor who died "(Deceased Estate)"; executors' accounts pay as "DECEASED ESTATE
    // <name>". Another estate's payment names Sipho Dlamini.
    const r = reconcile(
      [bankLine('b', '2026-06-08', 12_400_00, { narration: 'EFT CR DECEASED ESTATE T NKOSI', currency: 'ZAR' })],
      [
        entry('e', '2026-06-08', 12_400_00, {
          party: 'Sipho Dlamini (Deceased Estate)',
          reference: 'INV-3012',
          currency: 'ZAR',
        }),
      ],
      joburg,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R8 a contact person in brackets: Grace Mensah paying for herself is not Melcom', () => {
    // "Melcom Ghana Limited (Grace Mensah)": the accounts clerk the invoices go to. Her own transfer (another purchase, a
    // personal debt) is not the company's payment.
    const r = reconcile(
      [bankLine('b', '2026-06-08', 860_00, { counterpartyName: 'GRACE MENSAH', narration: 'MOMO TRANSFER' })],
      [entry('e', '2026-06-08', 860_00, { party: 'Melcom Ghana Limited (Grace Mensah)', reference: 'INV-7781' })],
      accra,
    );
    expect(pairs(r)).toEqual([]);
  });

  it('R9 a surname and a trade: GEORGE OTIENO TRANSPORT is not Peter Otieno t/a Otieno Transport', () => {
    // The trading name is a common surname and a trade word. Every word of it is written, but with another given
    // name before it: another Otieno's transport business. The whole name needs PETER; the trading name does not.
    const r = reconcile(
      [
        bankLine('b', '2026-06-08', 38_000_00, {
          counterpartyName: 'GEORGE OTIENO TRANSPORT LTD',
          narration: 'RTGS FRM GEORGE OTIENO TRANSPORT LTD',
          currency: 'KES',
        }),
      ],
      [
        entry('e', '2026-06-08', 38_000_00, {
          party: 'Peter Otieno t/a Otieno Transport',
          reference: 'INV-560',
          currency: 'KES',
        }),
      ],
      nairobi,
    );
    expect(pairs(r)).toEqual([]);
  });
});
