/**
 * A cheque number written apart from its word: the bank prints it a word or two after it or in its reference column
 * ("CHQ WDL 00471 CLEARING", "CHEQUE WITHDRAWAL 000318"), zeros dropped or not. Missed before (a cheque presented days
 * after it was written was only suggested). The refusals: a number on a line that names no cheque, a branch, slip or
 * card number on a cheque line, a books number column holding a number alone (the package's own series, review s15b).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const opts = { timezone: 'Africa/Accra' };

describe('cheque numbers apart from their word', () => {
  it('give the serial key of a cheque on both sides', () => {
    expect(bankKeys('CHQ WDL 00471 CLEARING', 'S7732109')).toContain('S:CHQ:471');
    expect(bankKeys('CLEARING CHQ DEP GCB', '004512')).toContain('S:CHQ:4512');
    expect(bankKeys('CHEQUE WITHDRAWAL 000318 CLEARING', null)).toContain('S:CHQ:318');
    // a books reference holding a number alone may be the cheque register's number (read only with the amount alone:
    // see reference-pass.ts); a number with words is no cheque's
    expect(ledgerKeys('388', 'Warehouse rent March 2025')).toContain('S:CHQ:388');
    expect(ledgerKeys('PV 0388', 'Warehouse rent March 2025')).not.toContain('S:CHQ:388');
    // no cheque word on the line, a date or an amount: no cheque key
    expect(bankKeys('NIP TRF 000318 CLEARING', null).filter((k) => k.startsWith('S:CHQ'))).toEqual([]);
    expect(bankKeys('CHQ DEP 12/03 1,250.00', null).filter((k) => k.startsWith('S:CHQ'))).toEqual([]);
    // a branch, a slip, a card's digits on a cheque line are not its number
    expect(bankKeys('CLEARING CHQ DEP 00000245 BRANCH 105', null).filter((k) => k.startsWith('S:CHQ'))).toEqual([
      'S:CHQ:245',
    ]);
    expect(bankKeys('CHEQUE CARD PURCHASE BUILDERS WAREHOUSE 4587*2231', null)).not.toContain('S:CHQ:2231');
  });

  it('a cheque presented days later is the entry holding its number', () => {
    const r = reconcile(
      [
        bankLine('wdl', '2025-04-11', -509_890_00, { narration: 'CHQ WDL 00471 CLEARING', reference: 'S7732109' }),
        bankLine('paid', '2025-02-08', -18_000_00, { narration: 'CHQ 000388 PAID', reference: '000388' }),
      ],
      [
        entry('c471', '2025-04-06', -509_890_00, { reference: '00471', description: 'Cheque 00471' }),
        entry('c388', '2025-02-05', -18_000_00, { reference: 'PV 0112', description: 'Cheque 000388 warehouse rent' }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['wdl'], ['c471']],
        [['paid'], ['c388']],
      ]),
    );
  });

  it('but not when two open entries carry the number', () => {
    const r = reconcile(
      [bankLine('paid', '2025-02-08', -18_000_00, { narration: 'CHQ 000388 PAID', reference: '000388' })],
      [
        entry('a', '2025-02-05', -18_000_00, { reference: '388', description: 'Warehouse rent' }),
        entry('b', '2025-02-06', -18_000_00, { reference: '0388', description: 'Office rent' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it("meets the cheque register's number written without the bank's zeros, when the amount alone says so too", () => {
    // Dolibarr and GnuCash keep the cheque's number in the reference column as it is written on the stub ("388")
    const r = reconcile(
      [bankLine('paid', '2025-02-08', -18_000_00, { narration: 'CHQ 000388 PAID', reference: '000388' })],
      [
        entry('c388', '2025-02-05', -18_000_00, { reference: '388', description: 'Warehouse rent March 2025' }),
        entry('pv390', '2025-02-06', -7_250_00, { reference: '390', description: 'Generator repairs' }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual([[['paid'], ['c388']]]);
  });
});
