import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';
import type { Tolerance } from '../../matching/options.js';
import { deductionAccount, withholdingFor } from '../../matching/deductions.js';
import { underAllowance } from '../../matching/tolerance.js';

// Small worlds with many collisions: few amounts, few parties, few references, a handful of days, two currencies.
// 95_000 and 97_000 are 100_000 less a statutory withholding (5% in Nigeria, 3% in Ghana)
const amounts = [10_000, 20_000, 30_000, 50_000, 60_000, 95_000, 97_000, 99_000, 100_000, 101_000];
const parties = ['ADEBAYO STORES', 'KOFI SUPPLIES', 'WANJIRU FOODS', null];
const refs = ['INV-2024-0001', 'INV-2024-0002', 'INV-2024-0003', 'BILL-00042', null];
const day = fc.integer({ min: 1, max: 9 }).map((d) => `2024-03-0${d}`);

const bankArb = fc.record({
  date: day,
  amount: fc.constantFrom(...amounts),
  sign: fc.constantFrom(1, -1),
  currency: fc.constantFrom('NGN' as const, 'GHS' as const),
  party: fc.constantFrom(...parties),
  ref: fc.constantFrom(...refs, 'inv 2024/1', '2024-0002', 'SMS ALERT CHARGES', 'EMTL LEVY'),
});
const ledgerArb = fc.record({
  date: day,
  amount: fc.constantFrom(...amounts),
  sign: fc.constantFrom(1, -1),
  currency: fc.constantFrom('NGN' as const, 'GHS' as const),
  party: fc.constantFrom(...parties),
  ref: fc.constantFrom(...refs),
});

const worldArb = fc
  .record({
    bank: fc.array(bankArb, { maxLength: 14 }),
    ledger: fc.array(ledgerArb, { maxLength: 14 }),
    tolerance: fc.constantFrom<Tolerance>({}, { underPercent: '1' }, { underFixedMinor: 1_000, overPercent: '2' }),
  })
  .map(({ bank, ledger, tolerance }) => ({
    tolerance,
    bank: bank.map((b, i): BankLine => ({
      id: `b${i}`,
      date: b.date,
      amountMinor: b.sign * b.amount,
      currency: b.currency,
      narration: b.ref ? `TRF ${b.ref}` : 'TRANSFER',
      counterpartyName: b.party,
    })),
    ledger: ledger.map((l, i): LedgerEntry => ({
      id: `l${i}`,
      date: l.date,
      amountMinor: l.sign * l.amount,
      currency: l.currency,
      reference: l.ref,
      party: l.party,
    })),
  }));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('engine properties', () => {
  it('uses each line at most once, never mixes currencies, and groups add up within tolerance', () => {
    fc.assert(
      fc.property(worldArb, ({ bank, ledger, tolerance }) => {
        const r = reconcile(bank, ledger, { tolerance });
        const bankById = new Map(bank.map((b) => [b.id, b]));
        const ledgerById = new Map(ledger.map((l) => [l.id, l]));
        const usedBank = r.matches.flatMap((m) => m.bankIds);
        const usedLedger = r.matches.flatMap((m) => m.ledgerIds);
        expect(new Set(usedBank).size).toBe(usedBank.length);
        expect(new Set(usedLedger).size).toBe(usedLedger.length);
        expect([...usedBank, ...r.unmatchedBank].sort()).toEqual(bank.map((b) => b.id).sort());
        expect([...usedLedger, ...r.unmatchedLedger].sort()).toEqual(ledger.map((l) => l.id).sort());
        for (const m of r.matches) {
          const bs = m.bankIds.map((id) => bankById.get(id)!);
          const ls = m.ledgerIds.map((id) => ledgerById.get(id)!);
          expect(new Set([...bs, ...ls].map((x) => x.currency))).toEqual(new Set([m.currency]));
          if (m.kind === 'rule') continue;
          const paid = sum(bs.map((b) => b.amountMinor));
          const due = sum(ls.map((l) => l.amountMinor));
          expect(m.differenceMinor).toBe(paid - due);
          // bank lines of a group share a direction; ledger entries may mix signs only as documents less credit notes,
          // whose net is in the bank's direction
          expect(new Set(bs.map((x) => Math.sign(x.amountMinor))).size).toBe(1);
          expect(Math.sign(due)).toBe(Math.sign(paid));
          if (new Set(ls.map((x) => Math.sign(x.amountMinor))).size > 1) expect(m.kind).toBe('split');
          if (Math.abs(paid) < Math.abs(due)) {
            // a shortfall is allowed only within tolerance, or as a statutory withholding of a referenced document
            // (written off to the withholding account), and is always written off
            const gap = Math.abs(due) - Math.abs(paid);
            const withheld = withholdingFor(m.currency, Math.abs(due), gap);
            if (withheld) expect(m.writeOff?.account).toBe(deductionAccount(withheld, Math.sign(paid)));
            else expect(gap).toBeLessThanOrEqual(underAllowance(Math.abs(due), tolerance));
            expect(m.writeOff?.amountMinor).toBe(gap);
          } else {
            expect(m.writeOff).toBeNull();
          }
        }
        for (const s of r.suggestions) expect(s.candidates.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever the input order, and the same result twice', () => {
    fc.assert(
      fc.property(worldArb, fc.integer(), ({ bank, ledger, tolerance }, seed) => {
        const shuffle = <T>(xs: T[]) => {
          const out = [...xs];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1103515245) + 12345) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const a = reconcile(bank, ledger, { tolerance });
        expect(reconcile(shuffle(bank), shuffle(ledger), { tolerance })).toEqual(a);
        expect(reconcile(bank, ledger, { tolerance })).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('never proposes a pair a person rejected', () => {
    fc.assert(
      fc.property(worldArb, ({ bank, ledger, tolerance }) => {
        const first = reconcile(bank, ledger, { tolerance });
        const rejectedPairs = first.matches.flatMap((m) =>
          m.bankIds.flatMap((bankId) => m.ledgerIds.map((ledgerId) => ({ bankId, ledgerId }))),
        );
        const again = reconcile(bank, ledger, { tolerance, rejectedPairs });
        const key = (b: string, l: string) => `${b}|${l}`;
        const banned = new Set(rejectedPairs.map((p) => key(p.bankId, p.ledgerId)));
        for (const m of again.matches)
          for (const b of m.bankIds) for (const l of m.ledgerIds) expect(banned.has(key(b, l))).toBe(false);
        for (const s of again.suggestions)
          for (const c of s.candidates)
            for (const b of s.bankIds) for (const l of c.ledgerIds) expect(banned.has(key(b, l))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
