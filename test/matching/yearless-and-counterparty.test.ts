import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { partyFromDescription } from '../../matching/prepared.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

const kes = { currency: 'KES' as const };
const shares = (bank: string, doc: string) => bankKeys(bank).some((k) => ledgerKeys(doc).includes(k));

describe('invoice serials written without the year', () => {
  it.each([
    ['PESALINK TRF FROM BIDCO AFRICA Inv#3240', 'INV-2025-3240'],
    ['INV 3240', 'INV-2025-3240'],
    ['PAYMT FOR INV3240', 'INV-2025-3240'],
    ['inv 0012', 'INV/2024/00012'],
    ['Inv#12', 'INV-2024-0012'],
  ])('"%s" names %s', (bank, doc) => expect(shares(bank, doc)).toBe(true));

  it.each([
    ['INV-2024-3240', 'INV-2025-3240'], // another year: another document
    ['PO 3240', 'INV-2025-3240'], // another kind of document
    ['3240', 'INV-2025-3240'], // a bare short number is no reference
    ['SALARY NOV 2025', 'INV-2025-2025'],
  ])('"%s" does not name %s', (bank, doc) => expect(shares(bank, doc)).toBe(false));

  it('"INV00708 2025-00709" names two documents, not one long number', () => {
    expect(shares('PAYMT FOR INV00708 2025-00709', 'INV/2025/00708')).toBe(true);
    expect(shares('PAYMT FOR INV00708 2025-00709', 'INV/2025/00709')).toBe(true);
  });

  it('auto-confirms the issue 5 case: Inv#3240 against INV-2025-3240 issued 36 days before', () => {
    const r = reconcile(
      [bankLine('b1', '2025-12-19', 9_920_000, { ...kes, narration: 'PESALINK TRF FROM BIDCO AFRICA Inv#3240' })],
      [
        entry('inv', '2025-11-13', 9_920_000, {
          ...kes,
          reference: 'INV-2025-3240',
          description: 'Invoice INV-2025-3240 - BIDCO AFRICA',
        }),
        entry('other', '2025-12-18', 9_920_000, {
          ...kes,
          reference: 'INV-2025-3301',
          description: 'Invoice INV-2025-3301 - NAIVAS LTD',
        }),
      ],
    );
    expect(r.matches.map((g) => [g.ledgerIds, g.kind])).toEqual([[['inv'], 'reference']]);
    expect(r.matches[0]!.evidence[0]!.detail).toContain('serial');
  });

  it('is no evidence when two open documents carry the serial (two years): only a suggestion', () => {
    const r = reconcile(
      [bankLine('b1', '2025-12-19', 9_920_000, { ...kes, narration: 'PESALINK TRF FROM BIDCO AFRICA Inv#3240' })],
      [
        entry('a', '2024-11-13', 9_920_000, { ...kes, reference: 'INV-2024-3240' }),
        entry('b', '2025-11-13', 9_920_000, { ...kes, reference: 'INV-2025-3240' }),
      ],
    );
    expect(r.matches).toEqual([]);
    // and with no reference, both entries are an amount alone weeks outside the date window: not even suggested
    expect(r.suggestions.flatMap((s) => s.candidates).some((c) => c.evidence.some((e) => e.kind === 'reference'))).toBe(
      false,
    );
  });

  it('a serial hit with the wrong amount is not confirmed', () => {
    const r = reconcile(
      [bankLine('b1', '2025-12-01', 5_000_000, { ...kes, narration: 'Inv#3240' })],
      [entry('inv', '2025-11-25', 9_920_000, { ...kes, reference: 'INV-2025-3240' })],
    );
    expect(r.matches).toEqual([]);
  });

  it('stays evidence for each of hundreds of serials, and none for one two documents share', () => {
    // more serials than the engine's serial table first holds: it grows, and no count is lost
    const n = 700;
    const bank = [bankLine('shared', '2025-12-19', 1_000, { ...kes, narration: 'PESALINK TRF Inv#9000' })];
    const ledger = [
      entry('a9000', '2024-11-13', 1_000, { ...kes, reference: 'INV-2024-9000' }),
      entry('b9000', '2025-11-13', 1_000, { ...kes, reference: 'INV-2025-9000' }),
    ];
    for (let i = 1; i <= n; i++) {
      bank.push(bankLine(`b${i}`, '2025-12-19', 100_000 + i, { ...kes, narration: `PESALINK TRF Inv#${i}` }));
      ledger.push(entry(`l${i}`, '2025-11-13', 100_000 + i, { ...kes, reference: `INV-2025-${i}` }));
    }
    const r = reconcile(bank, ledger);
    const byReference = r.matches.filter((g) => g.kind === 'reference');
    expect(byReference).toHaveLength(n);
    for (const g of byReference) {
      expect(g.ledgerIds).toEqual([`l${g.bankIds[0]!.slice(1)}`]);
      expect(g.evidence[0]!.detail).toContain('serial');
    }
    expect(r.matches.some((g) => g.bankIds.includes('shared'))).toBe(false);
  });
});

describe('counterparty from the ledger description', () => {
  it.each([
    ['Payment to JAVA HOUSE KILIMANI', 'JAVA HOUSE KILIMANI'],
    ['Payment to KANO AGRO ALLIED - LOGISTICS', 'KANO AGRO ALLIED'],
    ['Receipt from TWIGA FOODS', 'TWIGA FOODS'],
    ['Invoice INV-2026-1850 - ACCRA PRINTWORKS', 'ACCRA PRINTWORKS'],
    ['Purchase at SHOPRITE', 'SHOPRITE'],
    ['March AMF', null],
    ['Salaries NOV 2025', null],
  ])('"%s" → %s', (description, party) => expect(partyFromDescription(description)).toBe(party));
});

describe('exact amount + clear counterparty, no reference', () => {
  const java = bankLine('b1', '2026-02-05', -505_158, { ...kes, narration: 'POS PURCHASE @ JAVA HOUSE KILIMANI' });

  it('confirms the issue 5 case: POS at Java House vs "Payment to JAVA HOUSE KILIMANI" a day earlier', () => {
    const r = reconcile(
      [java],
      [entry('l1', '2026-02-04', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' })],
    );
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]).toMatchObject({ ledgerIds: ['l1'], kind: 'exact', differenceMinor: 0 });
    expect(r.matches[0]!.evidence.map((e) => e.kind)).toEqual([
      'amount_exact',
      'counterparty_name',
      'date',
      'sole_candidate',
    ]);
    expect(r.matches[0]!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('is switched off by autoConfirmByCounterparty: false (a suggestion ranked first instead)', () => {
    const r = reconcile(
      [java],
      [entry('l1', '2026-02-04', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' })],
      { autoConfirmByCounterparty: false },
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['l1']);
  });

  it('respects a raised auto-confirm threshold', () => {
    // exact 0.3 + party in narration 0.108 + date 3 days out 0.0625 + sole candidate 0.45 = 0.9205
    const ledger = [entry('l1', '2026-02-02', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' })];
    expect(reconcile([java], ledger).matches[0]!.confidence).toBe(0.9205);
    expect(reconcile([java], ledger, { autoConfirmThreshold: 0.95 }).matches).toEqual([]);
  });

  it('two payees, same amount, same day: each goes to its own payee', () => {
    const r = reconcile(
      [java, bankLine('b2', '2026-02-05', -505_158, { ...kes, narration: 'POS PURCHASE @ NAIVAS WESTLANDS' })],
      [
        entry('n', '2026-02-05', -505_158, { ...kes, description: 'Payment to NAIVAS WESTLANDS' }),
        entry('j', '2026-02-04', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' }),
      ],
    );
    expect(r.matches.map((g) => [g.bankIds[0], g.ledgerIds[0]])).toEqual([
      ['b1', 'j'],
      ['b2', 'n'],
    ]);
  });

  it('an anonymous entry of the same amount nearby is a rival: nothing is confirmed', () => {
    const r = reconcile(
      [java],
      [
        entry('j', '2026-02-04', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' }),
        entry('x', '2026-02-05', -505_158, { ...kes, description: 'Sundry' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('recurring equal payments to one payee in consecutive weeks are left to a person', () => {
    const bank = [0, 7, 14].map((d, i) =>
      bankLine(`b${i}`, `2026-03-${String(2 + d).padStart(2, '0')}`, -250_000, {
        ...kes,
        narration: 'PESALINK TRF TO TWIGA FOODS SUPPLIES',
      }),
    );
    const ledger = [0, 7, 14].map((d, i) =>
      entry(`l${i}`, `2026-03-${String(1 + d).padStart(2, '0')}`, -250_000, {
        ...kes,
        description: 'Payment to TWIGA FOODS - SUPPLIES',
      }),
    );
    const r = reconcile(bank, ledger);
    expect(r.matches).toEqual([]);
    expect(r.suggestions).toHaveLength(3);
  });

  it('genuine twins (same payee, amount and day twice) are never decided', () => {
    const bank = [java, { ...java, id: 'b2' }];
    const ledger = [
      entry('j1', '2026-02-04', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' }),
      entry('j2', '2026-02-04', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' }),
    ];
    expect(reconcile(bank, ledger).matches).toEqual([]);
  });

  it('an older unpaid invoice of the same amount from the same customer blocks the match', () => {
    const r = reconcile(
      [bankLine('b1', '2024-11-06', 20_000_000, { counterpartyName: 'CHINEDU AUTOS & SONS' })],
      [
        entry('old', '2024-09-22', 20_000_000, {
          dueDate: '2024-10-22',
          party: 'CHINEDU AUTOS & SONS',
          reference: 'INV-2024-0706',
        }),
        entry('new', '2024-10-29', 20_000_000, {
          dueDate: '2024-11-28',
          party: 'CHINEDU AUTOS & SONS',
          reference: 'INV-2024-0745',
        }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('a description copied from the bank narration counts as the counterparty; a one-word one does not', () => {
    const atm = bankLine('b1', '2025-12-22', -9_400_000, { narration: 'ATM WDL WUSE 9955' });
    expect(
      reconcile([atm], [entry('l', '2025-12-22', -9_400_000, { description: 'ATM WDL WUSE' })]).matches[0]!.evidence[1]!
        .detail,
    ).toBe('the narration writes "ATM WDL WUSE" of the entry\'s description "ATM WDL WUSE"');
    expect(reconcile([atm], [entry('l', '2025-12-22', -9_400_000, { description: 'ATM WDL IKEJA' })]).matches).toEqual(
      [],
    );
    expect(reconcile([atm], [entry('l', '2025-12-22', -9_400_000, { description: 'WUSE' })]).matches).toEqual([]);
  });

  it('"INV00683 202400684" names two documents, not one run of digits', () => {
    expect(shares('PAYMT FOR INV00683 202400684', 'INV/2024/00683')).toBe(true);
    expect(shares('PAYMT FOR INV00683 202400684', 'INV/2024/00684')).toBe(true);
    expect(shares('TRF INV 2024 0159', 'INV-2024-0159')).toBe(true);
  });

  it('a year-less serial does not carry an over-payment beyond tolerance on its own', () => {
    const r = reconcile(
      [
        bankLine('b1', '2024-11-12', 3_360_000, {
          narration: 'MOB TRF Inv#329 FRM KOFI ENGINEERING',
          counterpartyName: 'KOFI ENGINEERING',
        }),
      ],
      [entry('l', '2024-11-07', 2_000_000, { reference: 'INV/2024/00329', party: 'KOFI ENGINEERING' })],
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['l']);
  });

  it('a year-less serial carries a small over-payment when the payer it belongs to is named too; the extra stays open', () => {
    const line = (narration: string) => bankLine('b1', '2024-11-12', 2_830_000, { narration });
    const invoice = entry('l', '2024-11-11', 2_780_000, { reference: 'INV/2024/00768', party: 'Ama Serwaa Pharmacy' });
    const named = reconcile([line('GIP TRANSFER FROM AMA SERWAA PHCY inv 768')], [invoice]);
    expect(named.matches.map((m) => [m.ledgerIds, m.differenceMinor, m.writeOff])).toEqual([[['l'], 50_000, null]]);
    const anonymous = reconcile([line('GIP TRANSFER inv 768')], [invoice]);
    expect(anonymous.matches).toEqual([]);
    expect(anonymous.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['l']);
  });

  it("the bank's own transaction reference beside the narration is no second invoice number", () => {
    // "… INV 4434" with reference 99911625…: read as one text, they looked like a list of two documents (holdout31)
    const invoice = entry('l', '2025-11-26', 250_450_103, {
      reference: 'AEP/INV/25/4434',
      party: 'Abuja Renovations Hub Ltd',
    });
    const r = reconcile(
      [
        bankLine('b1', '2025-11-26', 251_000_000, {
          narration: 'NIP/WEMA/ABUJA RENOVATIONS HUB/INV 4434',
          reference: '999116251126871558308863525038',
        }),
      ],
      [invoice],
    );
    expect(r.matches.map((m) => [m.ledgerIds, m.differenceMinor, m.writeOff])).toEqual([[['l'], 549_897, null]]);
    // a list in the narration still is one: the extra pays the others
    const listed = reconcile(
      [bankLine('b1', '2025-11-26', 251_000_000, { narration: 'NIP/WEMA/ABUJA RENOVATIONS HUB/INV 4434 & 4435' })],
      [invoice],
    );
    expect(listed.matches).toEqual([]);
  });

  it('one payment whose amount two other open items of the payer also make is not confirmed', () => {
    const r = reconcile(
      [bankLine('b1', '2024-03-05', 30_000, { counterpartyName: 'WANJIRU VENTURES' })],
      [
        entry('a', '2024-03-01', 10_000, { party: 'WANJIRU VENTURES' }),
        entry('b', '2024-03-02', 20_000, { party: 'WANJIRU VENTURES' }),
        entry('c', '2024-03-04', 30_000, { party: 'WANJIRU VENTURES' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });

  it('needs a close date and the exact amount', () => {
    expect(
      reconcile([java], [entry('j', '2026-01-30', -505_158, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' })])
        .matches,
    ).toEqual([]);
    expect(
      reconcile(
        [java],
        [entry('j', '2026-02-04', -505_100, { ...kes, description: 'Payment to JAVA HOUSE KILIMANI' })],
        { tolerance: { underFixedMinor: 100 } },
      ).matches,
    ).toEqual([]);
  });

  it('a bank line quoting another document is not confirmed on its counterparty', () => {
    const r = reconcile(
      [
        bankLine('b1', '2026-02-05', 300_000, {
          ...kes,
          narration: 'PESALINK TRF FROM TWIGA FOODS INV-2026-0412',
          counterpartyName: 'TWIGA FOODS',
        }),
      ],
      [
        entry('a', '2026-02-04', 300_000, { ...kes, party: 'TWIGA FOODS', reference: 'INV-2026-0399' }),
        entry('b', '2026-01-10', 450_000, { ...kes, party: 'TWIGA FOODS', reference: 'INV-2026-0412' }),
      ],
    );
    expect(r.matches).toEqual([]);
  });
});
