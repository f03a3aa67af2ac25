/**
 * A document's year written in full by the payer and in two digits by the books ("SI/2026/0457" for SI/26/0457), and
 * a cash book's short "Recd from X", each seen blind (holdout gh-firstatlantic-cashbook).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

describe('a year written in full or in two digits', () => {
  it('a payer writing the year in full quotes the document the books number by two digits', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-05-06', 56_794_10, {
          narration: 'GIP INWARD FRM KOFI MENSAH ENTERPRISE SI/2026/0457',
          reference: 'GIP94427777',
        }),
      ],
      [
        entry('e', '2026-05-08', 56_794_10, {
          reference: 'SI/26/0457',
          description: 'Recd from Kofi Mensah Enterprise',
        }),
        entry('other', '2026-05-08', 56_794_10, {
          reference: 'SI/26/0458',
          description: 'Recd from Kofi Mensah Enterprise',
        }),
      ],
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['e']]]);
    expect(r.matches[0]!.evidence.map((e) => e.detail).join(' ')).toContain('document number INV 2026-457');
  });

  it('another year is another document', () => {
    const r = reconcile(
      [bankLine('b', '2026-05-06', 56_794_10, { narration: 'GIP INWARD FRM KOFI MENSAH ENTERPRISE SI/2025/0457' })],
      [
        entry('e', '2026-05-08', 56_794_10, {
          reference: 'SI/26/0457',
          description: 'Recd from Kofi Mensah Enterprise',
        }),
        entry('other', '2026-05-08', 56_794_10, {
          reference: 'SI/26/0458',
          description: 'Recd from Kofi Mensah Enterprise',
        }),
      ],
    );
    expect(r.matches).toEqual([]);
  });
});

describe('"Recd from X" names the payer', () => {
  it('an entry received from another payer is not confirmed by its amount alone', () => {
    const r = reconcile(
      [bankLine('b', '2026-05-13', 67_588_78, { narration: 'GIP INWARD FRM EDEM KUDJO PAYMENT FOR GOODS' })],
      [entry('e', '2026-05-14', 67_588_78, { description: 'Recd from Ho Agro Processing' })],
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['e']);
  });

  it('the payer it names is the sender the narration names', () => {
    const r = reconcile(
      [bankLine('b', '2026-05-13', 67_588_78, { narration: 'GIP INWARD FRM HO AGRO PROCESSING PAYMENT FOR GOODS' })],
      [
        entry('e', '2026-05-14', 67_588_78, { description: 'Rcvd. from Ho Agro Processing' }),
        entry('f', '2026-05-14', 67_588_78, { description: "Rec'd from Keta Salt Co" }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['e']]);
    expect(r.matches[0]!.evidence.map((e) => e.kind)).toContain('counterparty_name');
  });
});
