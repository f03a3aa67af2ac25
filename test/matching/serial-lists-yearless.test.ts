/**
 * Year-less serials listed after one document word ("INV 2310/2312/2315", "INV-1482 1483 1484"): each names a
 * document. Not a list: a period and a serial ("FA2502-0227", Dolibarr's February 2025 invoice 227), a year and a
 * serial ("INV 2024/0391"), two numbers going down, numbers of another length ("INV-1482 15 BAGS"). Three or more close
 * serials are a list in any order.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

describe('a list of year-less serials after one document word', () => {
  it('gives each serial its keys', () => {
    for (const text of ['NIP/LEKKI GARDENS BAKERY/INV 2310/2312/2315', 'PESALINK FROM NAKURU INV-2310 2312 2315'])
      for (const n of ['2310', '2312', '2315']) expect(bankKeys(text), text).toContain(`P:INV:${n}`);
  });

  it('three or more close serials are a list in any order (holdout29: "INV 4793/4835/4823")', () => {
    const text = 'NIP TRF FROM LAFIA LIVESTOCK SUPPLIES - INV 4793/4835/4823 - SID 000014250616094523148881898467';
    for (const n of ['4793', '4835', '4823']) expect(bankKeys(text)).toContain(`P:INV:${n}`);
    // not far apart, twice the same, nor years
    expect(bankKeys('TRF INV 4793/4935/4823')).not.toContain('P:INV:4935');
    expect(bankKeys('TRF INV 4793/4793/4823')).not.toContain('P:INV:4823');
    expect(bankKeys('TRF INV 2026/2024/2025')).not.toContain('P:INV:2024');
  });

  it('the first serial written in full and the rest without its padding are one list (holdout30)', () => {
    const text = 'NIP FRM UBA/BISOLA COSMETICS LTD/INV 0012658/12659/12660';
    for (const n of ['12658', '12659', '12660']) expect(bankKeys(text)).toContain(`P:INV:${n}`);
    // the padding aside, still no list when the rest are another length or go down
    expect(bankKeys('TRF INV 0012658/1265')).not.toContain('P:INV:1265');
    expect(bankKeys('TRF INV 0012658/12657')).not.toContain('P:INV:12657');
  });

  it('is no list: a period then a serial, a year then a serial, going down, another length', () => {
    expect(bankKeys('GIP TRF FRM OSU KLOTTEY DRUGSTORE FA2502-0227')).not.toContain('P:FA:2502');
    expect(bankKeys('TRF INV 2024/0391')).not.toContain('P:INV:2024');
    expect(bankKeys('TRF INV 0042/0041')).not.toContain('P:INV:41');
    expect(bankKeys('TRF INV-1482 15 BAGS')).not.toContain('P:INV:15');
  });

  it("pays the three invoices the list names, the payer's to the cent", () => {
    const r = reconcile(
      [
        bankLine('b', '2025-02-17', 3_905_462_93, {
          narration: 'NIP TRANSFER FROM ZENITH/LEKKI GARDENS BAKERY/INV 2310/2312/2315',
        }),
      ],
      [
        entry('a', '2025-02-01', 1_256_129_00, { reference: 'INV-2310', party: 'Lekki Gardens Bakery Ltd' }),
        entry('c', '2025-02-03', 1_207_873_93, { reference: 'INV-2312', party: 'Lekki Gardens Bakery Ltd' }),
        entry('d', '2025-02-05', 1_441_460_00, { reference: 'INV-2315', party: 'Lekki Gardens Bakery Ltd' }),
        entry('e', '2025-02-06', 1_000_000_00, { reference: 'INV-2316', party: 'Lekki Gardens Bakery Ltd' }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()])).toEqual([[['b'], ['a', 'c', 'd']]]);
  });
});
