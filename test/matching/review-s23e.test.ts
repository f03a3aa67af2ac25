/**
 * Review of 7eccd2b (charge-kinds.ts chargeKindsDiffer and its use in rule-pass.ts otherKindBooked; bank-names.ts
 * wordsBesidesBank looking for the bank's name within one part of a description). Each case fails at 7eccd2b and
 * passed at its parent. In each, the fee lines are written off by rule while the books' entry for them stays open, so
 * the charge is in the books twice.
 *
 * - "Bank charges and commission June 2026", the expense account's name, is the one entry of a lone SMS alert
 *   charge's amount and day: otherKindBooked reads COMMISSION in the account's name as a kind of charge other than SMS,
 *   though the charges-journal pass itself takes "charges and commission" out as the account's name.
 * - "Bank charges per bank statement June 2026", "Bank charges June 2026" with the reference "Per statement", and "VAT on
 *   bank charges per statement" against the VAT line on an SMS alert charge: "per statement" says where the charges
 *   come from (withoutAccountNames removes it in the charges-journal pass), yet the rule pass reads STATEMENT as a
 *   statement fee, another kind than SMS.
 * - "Equity Bank (Kenya) Limited - maintenance charges March 2026" and "Equity Bank, Kenya - maintenance charges March
 *   2026" (no party) are the maintenance fee and its excise duty: the description is split at brackets and commas, so
 *   the bank's country and legal words land in a part of their own and are read as someone else's words.
 * - "Stanbic/IBTC - …", "GTBank (GTCO) - …" and "Guaranty Trust Bank (GTB) - account maintenance fee June 2026" are
 *   the maintenance fee and its VAT: the split at a slash or a bracket leaves the rest of the bank's own name (IBTC,
 *   GTCO, GTB) outside the part where the name is found, and it is no bank word.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ng = { timezone: 'Africa/Lagos' };
const ke = { timezone: 'Africa/Nairobi' };
const ngn = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, -amount, { narration, currency: 'NGN' });
const kes = (id: string, date: string, amount: number, narration: string) =>
  bankLine(id, date, -amount, { narration, currency: 'KES' });

/** The lines confirmed with an entry, sorted, or null when it is not confirmed. */
const linesOf = (r: ReturnType<typeof reconcile>, ledgerId: string): string[] | null => {
  const m = r.matches.find((g) => g.ledgerIds.includes(ledgerId));
  return m ? [...m.bankIds].sort() : null;
};

describe("review s23e: the one entry of a rule's line, worded by its account or its source (rule-pass.ts otherKindBooked)", () => {
  it('"Bank charges and commission June 2026" (the expense account\'s name) is the lone SMS alert charge booked', () => {
    const r = reconcile(
      [
        ngn('nip', '2026-06-12', 53_75, 'NIP TRANSFER FEE'),
        ngn('sms', '2026-06-30', 400_00, 'SMS ALERT CHARGES JUN 2026'),
      ],
      [
        entry('nipj', '2026-06-12', -53_75, { description: 'Bank charges - transfer fee' }),
        entry('j', '2026-06-30', -400_00, { description: 'Bank charges and commission June 2026' }),
      ],
      ng,
    );
    expect(linesOf(r, 'j')).toEqual(['sms']);
  });

  it.each([
    ['SMS ALERT CHARGES JUN 2026', 400_00, 'Bank charges per bank statement June 2026', 'none'],
    ['SMS ALERT CHARGES JUN 2026', 400_00, 'Bank charges June 2026', 'Per statement'],
    ['VAT ON SMS ALERT CHARGES', 30_00, 'VAT on bank charges per statement', 'none'],
  ] as const)(
    '"%s" (%i kobo) is booked as "%s" (reference %s): per statement names no statement fee',
    (narration, amount, description, reference) => {
      const r = reconcile(
        [ngn('nip', '2026-06-12', 53_75, 'NIP TRANSFER FEE'), ngn('b', '2026-06-30', amount, narration)],
        [
          entry('nipj', '2026-06-12', -53_75, { description: 'Bank charges - transfer fee' }),
          entry('j', '2026-06-30', -amount, {
            description,
            reference: reference === 'none' ? undefined : reference,
          }),
        ],
        ng,
      );
      expect(linesOf(r, 'j')).toEqual(['b']);
    },
  );
});

describe("review s23e: the bank's whole name across a bracket, comma or slash (bank-names.ts wordsBesidesBank)", () => {
  it.each([
    'Equity Bank (Kenya) Limited - maintenance charges March 2026',
    'Equity Bank, Kenya - maintenance charges March 2026',
  ])('"%s" is the maintenance fee and its excise duty', (description) => {
    const r = reconcile(
      [
        kes('pl', '2026-03-12', 50_00, 'PESALINK CHARGE'),
        kes('pld', '2026-03-12', 10_00, 'EXCISE DUTY'),
        kes('amf', '2026-03-31', 2_500_00, 'ACCOUNT MAINTENANCE FEE'),
        kes('amfd', '2026-03-31', 500_00, 'EXCISE DUTY'),
      ],
      [entry('j', '2026-03-31', -3_000_00, { description, currency: 'KES' })],
      ke,
    );
    expect(linesOf(r, 'j')).toEqual(['amf', 'amfd']);
  });

  it.each([
    'Stanbic/IBTC - account maintenance fee June 2026',
    'GTBank (GTCO) - account maintenance fee June 2026',
    'Guaranty Trust Bank (GTB) - account maintenance fee June 2026',
  ])('"%s" is the maintenance fee and its VAT', (description) => {
    const r = reconcile(
      [
        ngn('nip', '2026-06-12', 53_75, 'NIP TRANSFER FEE'),
        ngn('amf', '2026-06-30', 1_000_00, 'ACCOUNT MAINTENANCE FEE JUN 2026'),
        ngn('amfv', '2026-06-30', 75_00, 'VAT ON ACCOUNT MAINTENANCE FEE'),
      ],
      [entry('j', '2026-06-30', -1_075_00, { description })],
      ng,
    );
    expect(linesOf(r, 'j')).toEqual(['amf', 'amfv']);
  });
});
