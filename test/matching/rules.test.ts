import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/currency.js';
import { reconcile } from '../../matching/engine.js';
import {
  RuleFileError,
  RulesByCurrency,
  compileRule,
  nigerianBankChargePresets,
  parseRules,
} from '../../matching/rules.js';
import { bankLine, entry } from './build.js';

describe('parseRules', () => {
  it('reads YAML and JSON rule files', () => {
    const yaml = `
rules:
  - id: pos
    name: POS fees
    when: { narrationContains: [POS FEE, POS CHG], direction: debit, amountMaxMinor: 100000 }
    then: { ledgerAccount: "Bank charges:POS", autoConfirm: true }
`;
    const rules = parseRules(yaml, 'yaml', 'rules.yaml');
    expect(rules).toEqual([
      {
        id: 'pos',
        name: 'POS fees',
        when: { narrationContains: ['POS FEE', 'POS CHG'], direction: 'debit', amountMaxMinor: 100_000 },
        then: { ledgerAccount: 'Bank charges:POS', autoConfirm: true },
      },
    ]);
    expect(parseRules(JSON.stringify(rules), 'json', 'rules.json')).toEqual(rules);
  });

  it('names the file, the rule (index and id) and the field of every error', () => {
    const yaml = `
- id: ok
  when: { narrationContains: FEE }
  then: { ledgerAccount: Fees }
- id: bad-regex
  when: { narrationRegex: "(unclosed" }
  then: { ledgerAccount: Fees }
- id: bad-direction
  when: { direction: sideways }
  then: {}
- when: { narrationContains: X }
  then: { colour: red }
- id: ok
  when: { narrationContains: Y }
  then: { category: y }
- id: upside-down
  when: { amountMinMinor: 500, amountMaxMinor: 100 }
  then: { category: z }
`;
    let error: RuleFileError | undefined;
    try {
      parseRules(yaml, 'yaml', 'team-rules.yaml');
    } catch (err) {
      error = err as RuleFileError;
    }
    expect(error).toBeInstanceOf(RuleFileError);
    const text = error!.message;
    expect(text).toContain('team-rules.yaml');
    expect(text).toContain('rules[1] (id "bad-regex") field when.narrationRegex: expected a valid regular expression');
    expect(text).toMatch(/rules\[2\] \(id "bad-direction"\) field when\.direction/);
    expect(text).toContain(
      'rules[5] (id "upside-down") field when.amountMinMinor: amountMinMinor is above amountMaxMinor',
    );
    expect(text).toContain('rules[2] (id "bad-direction") field then: expected at least one action');
    expect(text).toMatch(/rules\[3\] field id/);
    expect(text).toMatch(/rules\[3\] field then: .*colour/);
    expect(text).toContain('rules[4] (id "ok") field id: duplicate rule id "ok"');
  });

  it('refuses text that is not YAML or not a list', () => {
    expect(() => parseRules('{ not json', 'json', 'r.json')).toThrowError(
      /r\.json: invalid rules:\n {2}not valid JSON/,
    );
    expect(() => parseRules('rules: 3', 'yaml', 'r.yaml')).toThrowError(/expected a list of rules/);
  });
});

describe('rules in the engine', () => {
  it('applies user rules in order, first match wins, before the presets', () => {
    const line = bankLine('b1', '2024-03-05', -2_688, { narration: 'NIP TRANSFER FEE' });
    const r = reconcile([line], [], {
      rules: [
        { id: 'first', when: { narrationContains: 'NIP' }, then: { ledgerAccount: 'Fees:NIP', autoConfirm: true } },
        { id: 'second', when: { narrationContains: 'FEE' }, then: { ledgerAccount: 'Fees:Other', autoConfirm: true } },
      ],
    });
    expect(r.matches[0]).toMatchObject({
      kind: 'rule',
      ruleId: 'first',
      ledgerIds: [],
      proposed: { account: 'Fees:NIP', amountMinor: -2_688 },
    });
    const disabled = reconcile([line], [], {
      rules: [
        {
          id: 'first',
          enabled: false,
          when: { narrationContains: 'NIP' },
          then: { ledgerAccount: 'Fees:NIP', autoConfirm: true },
        },
      ],
    });
    expect(disabled.matches[0]).toMatchObject({
      ruleId: 'ng-nip-fee-2688',
      proposed: { account: 'Bank charges:Transfer fees' },
    });
  });

  it('a rule without autoConfirm becomes a suggestion whose candidate has no ledger ids', () => {
    const r = reconcile([bankLine('b1', '2024-03-05', -90_000, { narration: 'DIESEL PURCHASE' })], [], {
      rules: [
        {
          id: 'diesel',
          when: { narrationRegex: 'DIESEL|FUEL', direction: 'debit' },
          then: { ledgerAccount: 'Expenses:Fuel', category: 'fuel' },
        },
      ],
    });
    expect(r.matches).toEqual([]);
    expect(r.unmatchedBank).toEqual(['b1']);
    expect(r.suggestions).toEqual([
      {
        bankIds: ['b1'],
        candidates: [
          expect.objectContaining({
            ledgerIds: [],
            evidence: [expect.objectContaining({ kind: 'rule', detail: expect.stringContaining('diesel') })],
          }),
        ],
      },
    ]);
  });

  it('a rule that sets the counterparty feeds counterparty evidence', () => {
    const bank = [bankLine('b1', '2024-03-05', -50_000, { narration: 'POS 4452 LEKKI' })];
    const ledger = [
      entry('x', '2024-03-05', -50_000, { party: 'Shoprite Lekki' }),
      entry('y', '2024-03-05', -50_000, { party: 'Total Energies' }),
    ];
    const plain = reconcile(bank, ledger);
    expect(plain.suggestions[0]!.candidates[0]!.confidence).toBe(plain.suggestions[0]!.candidates[1]!.confidence);
    const named = reconcile(bank, ledger, {
      rules: [{ id: 'lekki', when: { narrationContains: '4452' }, then: { counterparty: 'Shoprite Lekki' } }],
      autoConfirmByCounterparty: false,
    });
    // with counterparty confirmation on, the named supplier is the only fitting candidate: matched
    const confirmed = reconcile(bank, ledger, {
      rules: [{ id: 'lekki', when: { narrationContains: '4452' }, then: { counterparty: 'Shoprite Lekki' } }],
    });
    expect(confirmed.matches.map((g) => g.ledgerIds)).toEqual([['x']]);
    expect(named.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['x']);
    // the other supplier is now a conflicting counterparty: ranked lower or dropped as noise
    const other = named.suggestions[0]!.candidates.find((c) => c.ledgerIds[0] === 'y');
    expect(other?.confidence ?? 0).toBeLessThan(named.suggestions[0]!.candidates[0]!.confidence);
  });

  it('a write-off rule posts the whole line to the write-off account', () => {
    const r = reconcile([bankLine('b1', '2024-03-05', -120, { narration: 'ROUNDING ADJ' })], [], {
      writeOffAccount: 'Rounding',
      rules: [
        {
          id: 'round',
          when: { narrationContains: 'ROUNDING', amountMaxMinor: 500 },
          then: { writeOff: true, autoConfirm: true },
        },
      ],
    });
    expect(r.matches[0]).toMatchObject({
      kind: 'rule',
      writeOff: { account: 'Rounding', amountMinor: 120 },
      proposed: { account: 'Rounding' },
    });
  });
});

describe('Nigerian bank-charge presets', () => {
  const cases: Array<[string, number, string | null]> = [
    ['SMS ALERT CHARGES MAR 2024', -12_000, 'Bank charges:SMS alerts'],
    ['AMF CHARGE MAR 2024', -150_000, 'Bank charges:Account maintenance'],
    ['VAT ON AMF MAR 2024', -11_250, 'Taxes:VAT on bank charges'],
    ['EMTL LEVY', -5_000, 'Taxes:Electronic money transfer levy'],
    ['ELECTRONIC MONEY TRANSFER LEVY', -5_000, 'Taxes:Electronic money transfer levy'],
    ['STAMP DUTY CHARGE', -5_000, 'Taxes:Stamp duty'],
    ['NIP TRANSFER FEE', -1_075, 'Bank charges:Transfer fees'],
    ['COMMISSION ON NIP TRANSFER', -2_688, 'Bank charges:Transfer fees'],
    ['NIP CHARGE + VAT', -5_375, 'Bank charges:Transfer fees'],
    ['NIP TRANSFER FEE', -3_000, null], // not a fee band
    ['EMTL LEVY', -7_500, null], // the levy is ₦50 exactly
    ['CREDIT INTEREST MAR', 45_000, 'Income:Interest received'],
  ];
  it.each(cases)('%s (%i kobo) → %s', (narration, amountMinor, account) => {
    const r = reconcile([bankLine('b1', '2024-03-31', amountMinor, { narration })], []);
    if (account === null) expect(r.matches).toEqual([]);
    else expect(r.matches[0]).toMatchObject({ kind: 'rule', confidence: 1, proposed: { account, amountMinor } });
  });

  it('proposes reversals to a person instead of confirming them', () => {
    const r = reconcile([bankLine('b1', '2024-03-05', 90_000, { narration: 'REVERSAL POS PURCHASE SHOPRITE' })], []);
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]).toMatchObject({
      ledgerIds: [],
      evidence: [expect.objectContaining({ detail: expect.stringContaining('ng-reversal') })],
    });
  });

  it('can be turned off, or copied and edited as user rules', () => {
    const line = bankLine('b1', '2024-03-05', -5_000, { narration: 'EMTL LEVY' });
    expect(reconcile([line], [], { presets: { nigerianBankCharges: false } }).matches).toEqual([]);
    const edited = nigerianBankChargePresets().map((r) =>
      r.id === 'ng-emtl' ? { ...r, then: { ...r.then, ledgerAccount: '6120 Levies' } } : r,
    );
    const r = reconcile([line], [], { presets: { nigerianBankCharges: false }, rules: edited });
    expect(r.matches[0]).toMatchObject({ ruleId: 'ng-emtl', proposed: { account: '6120 Levies' } });
  });

  it('a charge line that the books already hold matches the ledger entry by reference first', () => {
    const r = reconcile(
      [bankLine('b1', '2024-03-31', -150_000, { narration: 'AMF CHARGE MAR 2024 JV-000123' })],
      [entry('jv', '2024-03-31', -150_000, { reference: 'JV-000123', description: 'March AMF' })],
    );
    expect(r.matches[0]).toMatchObject({ kind: 'reference', ledgerIds: ['jv'] });
  });
});

describe('rules by currency', () => {
  it("tries a currency-bound rule only on that currency's lines, an unbound one on every line, in order", () => {
    const fee = (id: string, currency?: string) =>
      compileRule({
        id,
        when: { narrationContains: 'FEE', ...(currency ? { currency } : {}) },
        then: { writeOff: true },
      });
    const rules = new RulesByCurrency([fee('ghs', 'GHS'), fee('any'), fee('ngn', 'NGN')]);
    const line = (currency: CurrencyCode) => bankLine('B', '2025-01-02', -100, { currency, narration: 'FEE' });
    expect(rules.firstMatching(line('GHS'))?.id).toBe('ghs');
    expect(rules.firstMatching(line('NGN'))?.id).toBe('any');
    expect(rules.firstMatching({ ...line('GHS'), narration: 'TRF' })).toBeNull();
    expect(new RulesByCurrency([fee('ngn', 'NGN')]).firstMatching(line('KES'))).toBeNull();
  });
});
