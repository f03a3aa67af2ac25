import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

describe('pass 5b: an amount to the cent that one open entry and one bank line alone carry', () => {
  const deposit = bankLine('cash', '2025-04-09', 737_166_50, { narration: 'CASH DEPOSIT BY MUSA - IKEJA BR' });
  const receipt = entry('rcpt', '2025-04-07', 737_166_50, {
    party: 'Mama Nkechi Supermarket',
    description: 'Customer Payment',
  });

  it('confirms cash paid in by someone else against the one open receipt of that amount', () => {
    const r = reconcile([deposit], [receipt, entry('other', '2025-04-08', 737_166_00, { party: 'Grace Okoro' })]);
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['cash'], ['rcpt']]]);
    expect(r.matches[0]!.evidence.map((e) => e.detail).join('; ')).toMatch(/no other open entry or bank line/);
  });

  it('is switched off by autoConfirmUniqueAmount: false', () => {
    expect(reconcile([deposit], [receipt], { autoConfirmUniqueAmount: false }).matches).toEqual([]);
  });

  it('another open entry of the amount within 30 days leaves it to a person', () => {
    const r = reconcile([deposit], [receipt, entry('twin', '2025-04-28', 737_166_50, { party: 'Grace Okoro' })]);
    expect(r.matches).toEqual([]);
  });

  it('another bank line of the amount within 30 days leaves it to a person', () => {
    const again = bankLine('again', '2025-05-02', 737_166_50, { narration: 'CASH DEPOSIT BY TUNDE - OGBA BR' });
    expect(reconcile([deposit, again], [receipt]).matches).toEqual([]);
  });

  it('a round hundred proves nothing', () => {
    const r = reconcile(
      [bankLine('cash', '2025-04-09', 500_000_00, { narration: 'CASH DEPOSIT BY MUSA - IKEJA BR' })],
      [entry('rcpt', '2025-04-07', 500_000_00, { party: 'Mama Nkechi Supermarket' })],
    );
    expect(r.matches).toEqual([]);
  });

  it('a transfer naming its payer is not matched to an entry naming someone else', () => {
    const r = reconcile(
      [bankLine('trf', '2025-04-28', 4_745_681_59, { narration: 'TRF FRM NWOSU CHIOMA BLESSING TO LAGOON FOODS' })],
      [entry('dit', '2025-04-29', 4_745_681_59, { party: 'Adebayo Stores Ltd', reference: 'INV-001478' })],
    );
    expect(r.matches).toEqual([]);
  });

  it('an entry that names no payer may be paid by a transfer naming one', () => {
    const r = reconcile(
      [bankLine('trf', '2025-04-28', 4_745_681_59, { narration: 'TRF FRM NWOSU CHIOMA BLESSING' })],
      [entry('gl', '2025-04-28', 4_745_681_59, { description: 'Customer receipts' })],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['gl']]);
  });

  it('another line quoting the entry document takes precedence: the entry is not decided by amount', () => {
    const r = reconcile(
      [
        deposit,
        bankLine('part', '2025-04-10', 300_000_00, { narration: 'NIP FRM MAMA NKECHI SUPERMARKET PART INV-001463' }),
      ],
      [{ ...receipt, reference: 'INV-001463' }],
    );
    expect(r.matches.filter((m) => m.bankIds.includes('cash'))).toEqual([]);
  });

  it('a line quoting a document is decided by the document, not the amount', () => {
    const r = reconcile(
      [bankLine('q', '2025-04-09', 737_166_50, { narration: 'CASH DEPOSIT BY MUSA INV-001999' })],
      [receipt, entry('inv', '2025-03-01', 800_000_00, { reference: 'INV-001999', party: 'Musa Traders' })],
    );
    expect(r.matches.filter((m) => m.ledgerIds.includes('rcpt'))).toEqual([]);
  });
});
