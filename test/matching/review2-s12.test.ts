/**
 * Second review of session 12's commits: b24048a (pass 5b names, pass 5c own transfers, settlement words), 94894d4
 * (reference pass over-payments and twins, acquirer fees on the sales day), 18751a5 (own transfers naming the other
 * account, MOMO TO ACCT, day/month sales days) and 47d0919 (pass 4c payroll batches). Every test encodes what a careful
 * accountant would accept; its comment says what the engine confirms at 47d0919 and why that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';
const DEBUG = process.env.REVIEW_DEBUG === '1';

const show = (r: ReturnType<typeof reconcile>) => {
  if (DEBUG)
    console.log(
      JSON.stringify(
        r.matches.map((m) => [m.bankIds, m.ledgerIds, m.kind, m.writeOff, m.evidence.map((e) => e.detail)]),
      ),
    );
  return r;
};
const matchedTo = (r: ReturnType<typeof reconcile>, bankId: string) =>
  r.matches.filter((m) => m.bankIds.includes(bankId)).flatMap((m) => m.ledgerIds);

describe('18751a5: a transfer entry whose described party holds an account word', () => {
  it("a transfer to a person's account is not an own transfer, and not the bank's transfer to a hardware shop", () => {
    // Wrong at 47d0919: the described party "Chidi Okafor account" holds ACCOUNT, so OWN_ACCOUNT takes it for one of the
    // business's accounts; the line pays Juma Hardware. Confirmed as an own transfer: two different payees.
    const r = show(
      reconcile(
        [bankLine('b', '2025-01-03', -40_000_00, { narration: 'NIP TRF TO JUMA HARDWARE' })],
        [entry('t', '2025-01-03', -40_000_00, { description: 'Transfer to Chidi Okafor account' })],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });

  it("money from a named customer's account is not the business's own money coming back", () => {
    // Wrong at 47d0919: "Adeyemi's account" reads as an own account; the money came from Bola Stores. Confirmed as an own
    // transfer: a receipt from one customer booked as another's.
    const r = show(
      reconcile(
        [bankLine('b', '2025-01-03', 40_000_00, { narration: 'NIP TRF FROM BOLA STORES LTD' })],
        [entry('t', '2025-01-03', 40_000_00, { description: "Transfer from Adeyemi's account" })],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });

  it('"savings for Okon" is a staff savings remittance, not the savings account, and the bank paid a trader', () => {
    // Wrong at 47d0919: "savings for Okon" holds SAVINGS (a staff savings/co-operative remittance for Okon), and TO ACCOUNT
    // now reads as a transfer; the bank paid Emeka Nwosu. Confirmed as an own transfer.
    const r = show(
      reconcile(
        [bankLine('b', '2025-01-03', -25_000_00, { narration: 'TRF TO ACCOUNT 0123456789 EMEKA NWOSU' })],
        [entry('t', '2025-01-03', -25_000_00, { description: 'Transfer to savings for Okon' })],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });

  it('a line paying a named person to their account is not the move to our own Fidelity account', () => {
    // Wrong at 47d0919: "Fidelity account" reads as an own account; the bank names the beneficiary JOHN DOE, a person, not
    // the business. Confirmed as an own transfer; an accountant would ask who John Doe is.
    const r = show(
      reconcile(
        [
          bankLine('b', '2025-01-03', -150_000_00, {
            narration: 'TRANSFER TO ACCOUNT 0123456789 JOHN DOE',
            counterpartyName: 'JOHN DOE',
          }),
        ],
        [entry('t', '2025-01-03', -150_000_00, { description: 'Funds transfer to Fidelity account' })],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });
  it("NIP TO A/C … a motor dealer's name is a payment to a third party, not the sweep to our Zenith account", () => {
    // Wrong at 47d0919: TO A/C (added with MOMO TO ACCT) makes any NIP payment read as a transfer; the line names Adebayo
    // Motors as beneficiary. Confirmed as the sweep to Zenith: a supplier payment hidden as an own transfer.
    const r = show(
      reconcile(
        [bankLine('b', '2025-04-14', -85_000_00, { narration: 'NIP TO A/C 0123456789 ADEBAYO MOTORS' })],
        [entry('t', '2025-04-14', -85_000_00, { description: 'Sweep to Zenith' })],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });

  it('money in FROM ACCOUNT of a named customer is not the internal transfer from our Equity savings', () => {
    // Wrong at 47d0919: FROM ACCOUNT makes a PesaLink credit from Mary Wanjiku read as a transfer. Confirmed as the money
    // from our own savings: a customer's receipt would never reach her invoice.
    const r = show(
      reconcile(
        [
          bankLine('b', '2025-04-14', 60_000_00, {
            currency: 'KES',
            narration: 'PESALINK FROM ACCOUNT 0112233445 MARY WANJIKU',
          }),
        ],
        [
          entry('t', '2025-04-14', 60_000_00, {
            currency: 'KES',
            description: 'Internal transfer from Equity savings',
          }),
        ],
        { timezone: 'Africa/Nairobi' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });
});

describe('18751a5: a sales day written as day/month only', () => {
  it('"BATCH 3/5" is the third of five batches, not 3 May: the credit of 6 May is not 3 May\'s takings less a write-off', () => {
    // Wrong at 47d0919: D_M reads 3/5 as 3 May (within five days of the credit), so the credit is confirmed against
    // 3 May's takings and 1,486.08 written off to bank charges, though 5 May's takings (the day before the credit, gap
    // 1.79 %) fit as well. Without the fraction nothing is confirmed; which day it settles is for a person.
    const kes = { currency: 'KES' as const };
    const r = show(
      reconcile(
        [
          bankLine('s', '2025-05-06', 83_432_92, { ...kes, narration: 'POS SETTLEMENT MID 040038337 BATCH 3/5' }),
          bankLine('later', '2025-05-20', -1_000_00, { ...kes, narration: 'LEDGER FEE' }),
        ],
        [
          entry('t3', '2025-05-03', 84_919_00, { ...kes, description: 'Card takings' }),
          entry('t5', '2025-05-05', 84_950_00, { ...kes, description: 'Card takings' }),
        ],
        { timezone: 'Africa/Nairobi' },
      ),
    );
    expect(matchedTo(r, 's')).toEqual([]);
  });
});

describe('94894d4: an over-payment whose extra pays other open documents', () => {
  it('the extra is the second invoice less 5 % withholding tax: the narration names it, it is paid too', () => {
    // Wrong at 47d0919: 1,500,485.00 = INV 3318 (1,390,000.00) + INV 3319 (116,300.00) less 5 % WHT. The residual
    // 110,485.00 is no open entry's amount, so i18 is confirmed "over-paid, kept as a residual", though the narration
    // quotes 3319 and the customer's WHT credit note is due: a split for a person.
    const r = show(
      reconcile(
        [bankLine('b', '2025-06-09', 1_500_485_00, { narration: 'TRF FRM OGUN BOTTLERS LTD INV 3318 & 3319' })],
        [
          entry('i18', '2025-06-02', 1_390_000_00, { reference: 'INV-003318', description: 'Ogun Bottlers Ltd' }),
          entry('i19', '2025-06-03', 116_300_00, { reference: 'INV-003319', description: 'Ogun Bottlers Ltd' }),
        ],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).not.toEqual(['i18']);
  });

  it('the extra is two more open invoices the narration quotes, together', () => {
    // Wrong at 47d0919: the residual 60,000.00 = INV 3319 (36,300.00) + INV 3320 (23,700.00), both open and quoted; the
    // check looks for one entry of the residual only. i18 confirmed as over-paid.
    const r = show(
      reconcile(
        [bankLine('b', '2025-06-09', 1_450_000_00, { narration: 'TRF FRM OGUN BOTTLERS LTD INV 3318 3319 3320' })],
        [
          entry('i18', '2025-06-02', 1_390_000_00, { reference: 'INV-003318', description: 'Ogun Bottlers Ltd' }),
          entry('i19', '2025-06-03', 36_300_00, { reference: 'INV-003319', description: 'Ogun Bottlers Ltd' }),
          entry('i20', '2025-06-04', 23_700_00, { reference: 'INV-003320', description: 'Ogun Bottlers Ltd' }),
        ],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).not.toEqual(['i18']);
  });

  it('the extra is exactly an older open invoice, dated outside the date window', () => {
    // Wrong at 47d0919: the same case as the holdout4 fix, but INV 3319 is two months old (the customer clears arrears):
    // the residual search stops at the date window, so i18 is confirmed over-paid. The oldest unpaid invoice is the one
    // most likely paid along.
    const r = show(
      reconcile(
        [bankLine('b', '2025-06-09', 1_506_300_00, { narration: 'TRF FRM OGUN BOTTLERS LTD INV 3318 & 3319' })],
        [
          entry('i18', '2025-06-02', 1_390_000_00, { reference: 'INV-003318', description: 'Ogun Bottlers Ltd' }),
          entry('i19', '2025-04-03', 116_300_00, { reference: 'INV-003319', description: 'Ogun Bottlers Ltd' }),
        ],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).not.toEqual(['i18']);
  });

  it('the extra is two more open invoices of the same customer: not one invoice paid over', () => {
    // PASSES at 47d0919 (kept as a guard): the extra is the sum of two more open invoices, not one; nothing is confirmed.
    const r = show(
      reconcile(
        [bankLine('b', '2025-06-09', 1_580_000_00, { narration: 'TRF FRM OGUN BOTTLERS LTD INV 3318 3319 3320' })],
        [
          entry('i18', '2025-06-02', 1_390_000_00, { reference: 'INV-003318', description: 'Ogun Bottlers Ltd' }),
          entry('i19', '2025-06-03', 116_300_00, { reference: 'INV-003319', description: 'Ogun Bottlers Ltd' }),
          entry('i20', '2025-06-04', 73_700_00, { reference: 'INV-003320', description: 'Ogun Bottlers Ltd' }),
        ],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).not.toEqual(['i18']);
  });
});

describe('b24048a: pass 5b, a party named when every word of its own name is in the narration', () => {
  it('the narration names another business that shares the distinctive word (JUMBO MOTORS for Jumbo Hardware)', () => {
    // Wrong at 47d0919: HARDWARE is a trade word set aside, so JUMBO alone "names" Jumbo Hardware, though the narration
    // names a different trade (MOTORS). A unique amount plus a half-name of another business: confirmed.
    const r = show(
      reconcile(
        [bankLine('b', '2025-06-09', 48_730_50, { narration: 'NIP TRF FROM JUMBO MOTORS' })],
        [entry('e', '2025-06-08', 48_730_50, { party: 'Jumbo Hardware', description: 'Customer receipt' })],
        { timezone: 'Africa/Lagos' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });

  it('a place and a trade set aside leave one ordinary word (COLD) to name Tema Cold Stores', () => {
    // Wrong at 47d0919: TEMA (place) and STORES (trade) are set aside; COLD is in "COLD CHAIN LOGISTICS", another firm.
    const r = show(
      reconcile(
        [bankLine('b', '2025-06-09', 48_730_50, { narration: 'TRF FROM COLD CHAIN LOGISTICS' })],
        [entry('e', '2025-06-08', 48_730_50, { party: 'Tema Cold Stores', description: 'Customer receipt' })],
        { timezone: 'Africa/Accra' },
      ),
    );
    expect(matchedTo(r, 'b')).toEqual([]);
  });
});

describe('94894d4: a payment that came back', () => {
  const bill = entry('bill', '2025-10-09', -2_401_00, {
    reference: '7730114',
    party: 'Buildit',
    description: 'Payment: Buildit',
  });
  it('returned less its fee and not (yet) sent again: the bill is still unpaid', () => {
    // Wrong at 47d0919: the return (2,401.00, the bank kept 2.00) quotes the same document, but only a same-amount twin
    // debit blocks; the failed debit is confirmed against the bill "over-paid by 2.00". The bill is unpaid.
    const r = show(
      reconcile(
        [
          bankLine('first', '2025-10-09', -2_403_00, { narration: 'Payment: BUILDIT 7730114' }),
          bankLine('back', '2025-10-13', 2_401_00, { narration: 'Returned Payment: BUILDIT 7730114 Invalid Account' }),
        ],
        [bill],
        { timezone: 'Africa/Johannesburg' },
      ),
    );
    expect(matchedTo(r, 'first')).toEqual([]);
  });

  it('sent again without the document number: the failed debit still must not take the bill', () => {
    // Wrong at 47d0919: the re-sent debit does not quote 7730114, so the twin check misses it; the failed one is
    // confirmed against the bill while the payment that went through stays open.
    const r = show(
      reconcile(
        [
          bankLine('first', '2025-10-09', -2_403_00, { narration: 'Payment: BUILDIT 7730114' }),
          bankLine('back', '2025-10-13', 2_401_00, { narration: 'Returned Payment: BUILDIT 7730114 Invalid Account' }),
          bankLine('again', '2025-10-13', -2_403_00, { narration: 'Immediate Payment: BUILDIT' }),
        ],
        [bill],
        { timezone: 'Africa/Johannesburg' },
      ),
    );
    expect(matchedTo(r, 'first')).toEqual([]);
  });
});

describe('47d0919: pass 4c, a payroll paid employee by employee', () => {
  const kes = { currency: 'KES' as const };
  it("fixed salaries: last month's journal of the same total is still open, so which month was paid is for a person", () => {
    // Wrong at 47d0919: July's net pay (same fixed salaries) is still open 29 days earlier, outside the 7-day check; the
    // lines name no month. Confirmed against August; July arrears paid late would be misbooked. A person decides.
    const r = show(
      reconcile(
        [
          bankLine('s1', '2025-08-29', -62_541_00, { ...kes, narration: 'SALARY KEVIN OMONDI' }),
          bankLine('s2', '2025-08-29', -90_106_00, { ...kes, narration: 'SALARY MERCY ACHIENG' }),
        ],
        [
          entry('jul', '2025-07-31', -152_647_00, { ...kes, description: 'Net salaries July 2025' }),
          entry('aug', '2025-08-29', -152_647_00, { ...kes, description: 'Net salaries August 2025' }),
        ],
        { timezone: 'Africa/Nairobi' },
      ),
    );
    expect(matchedTo(r, 's1')).toEqual([]);
  });
});
