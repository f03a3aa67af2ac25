/**
 * An amount no other item carries, paid to or by a party the narration names in part. Bank lines write a payee's short
 * name ("ESKOM" for Eskom Holdings), a person's name for their shop ("DAVID MUTUA" for Mutua General Stores), an
 * agency's initials ("GRA"), or drop the apostrophe ("NANDOS"); a three-figure round sum (KSh 18,500.00) is as
 * particular as one with cents. Each case here was missed before (the entry names its payer and the line did not name
 * it in full, or the sum was a round hundred); the refusals are the traps the rule must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('an amount no other item carries, the entry naming its party', () => {
  it('is confirmed when the narration writes the first word of the party name', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-10', -64_257_57, { narration: 'IMMEDIATE TRF DT ESKOM KAROO FRESH' })],
      [entry('e', '2025-07-09', -64_257_57, { party: 'Eskom Holdings', description: 'Supplier Payment' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
    expect(r.matches[0]!.evidence.map((e) => e.kind)).toContain('sole_candidate');
  });

  it("reads South Africa's SOC (state-owned company) as a legal form, as PTY", () => {
    const r = reconcile(
      [bankLine('b', '2026-07-01', -55_886_37, { narration: 'IB PAYMENT TO ESKOM' })],
      [entry('e', '2026-07-01', -55_886_37, { party: 'Eskom Holdings SOC', description: 'BILL/2026/07/0096' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it("is confirmed when the narration writes a person's surname that begins the shop's name", () => {
    const r = reconcile(
      [
        bankLine('b', '2025-05-13', 61_989_63, {
          narration: 'Pay Bill Online from 254772***362 - DAVID MUTUA Acc. DAVID',
        }),
      ],
      [entry('e', '2025-05-12', 61_989_63, { party: 'Mutua General Stores', description: 'Sales Receipt' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it("is confirmed past a leading place name (KUMASI), and by a revenue authority's initials (GRA)", () => {
    const r = reconcile(
      [
        bankLine('gra', '2025-02-17', -13_550_20, { narration: 'GRA PAYE JAN 2025 TIN C0004412976' }),
        bankLine('adum', '2025-02-05', 13_277_00, { narration: 'ACH CR ADUM DRUG STORE KSI PAYMENT' }),
      ],
      [
        entry('paye', '2025-02-14', -13_550_20, { party: 'Ghana Revenue Authority', description: 'PAYE January 2025' }),
        entry('inv', '2025-02-04', 13_277_00, { party: 'Kumasi Adum Drug Store', description: 'Payment - Inv 10432' }),
      ],
      { timezone: 'Africa/Accra' },
    );
    // a statutory body is written by its initials; a trader's initials are not a name (review-s12 and acronyms.test.ts)
    expect(pairs(r)).toEqual([
      [['adum'], ['inv']],
      [['gra'], ['paye']],
    ]);
  });

  it('reads an apostrophe inside a name as banks write it (NANDOS)', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-07', 177_811_53, { narration: 'ACB CREDIT NANDOS GROUP FRESH PRODUCE' })],
      [entry('e', '2025-07-07', 177_811_53, { party: "Nando's Group Holdings", description: 'Customer Receipt' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('takes a round sum of three figures (KSh 18,500.00) with its party named, never one of two (KSh 9,400.00)', () => {
    const r = reconcile(
      [
        bankLine('three', '2025-03-25', -18_500_00, { narration: 'INTERNET PMT TO 62847710 GROWTHPOINT' }),
        bankLine('anon', '2025-03-12', -12_500_00, { narration: 'INTERNET PMT TO 62847710' }),
        bankLine('two', '2025-03-06', -9_400_00, { narration: 'POS PURCHASE - CHICKEN REPUBLIC ALLEN' }),
      ],
      [
        entry('rent', '2025-03-25', -18_500_00, {
          party: 'Growthpoint Properties',
          description: 'Office rent - March 2025',
        }),
        entry('repairs', '2025-03-12', -12_500_00, { description: 'Generator repairs March' }),
        entry('lunch', '2025-03-07', -9_400_00, { description: 'Staff lunch' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    // a round sum with no party named on either side is no more particular than salary tiers are (review-s12)
    expect(pairs(r)).toEqual([[['three'], ['rent']]]);
  });
});

describe('an amount no other item carries: more of how lines name their party', () => {
  it('a given name as its initial before the surname (B DLAMINI for Bongani Dlamini Trading)', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-17', 174_633_00, { narration: 'IMMEDIATE TRF CR CAPITEC B DLAMINI ACCOUNT' })],
      [entry('e', '2025-07-16', 174_633_00, { party: 'Bongani Dlamini Trading', description: 'Receipt' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it("cash paid in at a bank's agent, whoever the entry names", () => {
    const r = reconcile(
      [bankLine('b', '2025-03-31', 483_100_00, { narration: 'AGENT DEPOSIT 77606 EQUITEL' })],
      [entry('e', '2025-03-31', 483_100_00, { party: 'Kisumu Lakeside Retail', description: 'Invoice payment' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('a party found by a name too short for the counterparty pass (NSSF) does not stand in the way', () => {
    const r = reconcile(
      [bankLine('b', '2025-09-09', -77_760_00, { narration: 'NSSF CONTRIBUTION AUG 2025 EMPLOYER NO 0029931' })],
      [entry('e', '2025-09-09', -77_760_00, { party: 'NSSF', description: 'NSSF Tier I & II August 2025' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });
});

describe('a line that names nobody', () => {
  it('is the one entry of its amount to the cent whoever the entry names (EFT CR and an account number)', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-14', 336_452_17, { narration: 'EFT CR 6860229920' })],
      [entry('e', '2025-07-14', 336_452_17, { party: 'Carrefour Two Rivers' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('is so when the account number is masked (TRF FROM 0914XXXX701/)', () => {
    const r = reconcile(
      [bankLine('b', '2025-04-04', 364_471_37, { narration: 'TRF FROM 0914XXXX701/' })],
      [entry('e', '2025-04-04', 364_471_37, { party: 'De-Rock Hotels & Suites Ltd' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('but a masked number beside a name, or letters that only look masked, name someone', () => {
    const r = reconcile(
      [
        bankLine('named', '2025-04-04', 364_471_37, { narration: 'TRF FROM 0914XXXX701/ADEBAYO OKON' }),
        bankLine('word', '2025-04-08', 512_903_11, { narration: 'TRF FROM XEROX4 LTD' }),
      ],
      [
        entry('e', '2025-04-04', 364_471_37, { party: 'De-Rock Hotels & Suites Ltd' }),
        entry('f', '2025-04-08', 512_903_11, { party: 'Alhaji Sani Musa & Co' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('but not when it names someone, nor on a round sum', () => {
    const r = reconcile(
      [
        bankLine('named', '2025-07-14', 336_452_17, { narration: 'EFT CR 6860229920 JOHN MWANGI' }),
        bankLine('round', '2025-07-15', 336_400_00, { narration: 'EFT CR 6325694537' }),
      ],
      [
        entry('e', '2025-07-14', 336_452_17, { party: 'Carrefour Two Rivers' }),
        entry('f', '2025-07-15', 336_400_00, { party: 'Java House Kilimani' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('a zero amount', () => {
  it('is no round sum to loop over: the run ends', () => {
    const r = reconcile(
      [bankLine('z', '2025-03-01', 0, { narration: 'EFT CR 123' })],
      [entry('e', '2025-03-01', 0, {})],
      { timezone: 'Africa/Lagos' },
    );
    expect(r.unmatchedBank.length + r.matches.length).toBeGreaterThan(0);
  });
});

describe('what the names in part must not do', () => {
  it('a trade word the two names share is not the party (SIPHO SUPERMARKET is not Amina Supermarket)', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-03-20', -479_70, {
          narration: 'TRF TO SIPHO SUPERMARKET',
          counterpartyName: 'SIPHO SUPERMARKET',
        }),
      ],
      [entry('e', '2025-03-18', -479_70, { party: 'Amina Supermarket', description: 'Payment to Amina Supermarket' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('an initial before a different surname is not the party (B MOYO for Bongani Dlamini Trading)', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-17', 174_633_00, { narration: 'IMMEDIATE TRF CR CAPITEC B MOYO ACCOUNT' })],
      [entry('e', '2025-07-16', 174_633_00, { party: 'Bongani Dlamini Trading', description: 'Receipt' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('a place the party name begins with is not the party (KUMASI)', () => {
    const r = reconcile(
      [bankLine('b', '2025-02-05', 13_277_00, { narration: 'ACH CR KUMASI TIMBER WORKS' })],
      [entry('e', '2025-02-04', 13_277_00, { party: 'Kumasi Adum Drug Store', description: 'Payment - Inv 10432' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });

  it('the party named in part, but another open entry of the amount within 30 days: a person decides', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-10', -64_257_57, { narration: 'IMMEDIATE TRF DT ESKOM KAROO FRESH' })],
      [
        entry('e', '2025-07-09', -64_257_57, { party: 'Eskom Holdings', description: 'Supplier Payment' }),
        entry('other', '2025-07-30', -64_257_57, { party: 'Mpact Packaging', description: 'Supplier Payment' }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([]);
  });
});
