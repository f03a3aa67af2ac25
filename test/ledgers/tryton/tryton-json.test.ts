import { describe, expect, it } from 'vitest';
import {
  encodeTryton,
  TrytonDate,
  TrytonDateTime,
  trytonReviver,
} from '../../../adapters/ledger/tryton/tryton-json.js';
import { Decimal } from '../../../domain/money.js';

describe("Tryton's tagged JSON values", () => {
  it('round-trips Decimals, dates and datetimes without passing amounts through a float', () => {
    const value = {
      amount: new Decimal('12345678901234.57'),
      date: new TrytonDate('2026-02-28'),
      at: new TrytonDateTime('2026-11-20T09:05:03.000120'),
      nested: [new Decimal('-0.10'), 'text', 3],
    };
    const wire = JSON.stringify(encodeTryton(value));
    expect(wire).toContain('{"__class__":"Decimal","decimal":"12345678901234.57"}');
    expect(wire).toContain('{"__class__":"date","year":2026,"month":2,"day":28}');
    const back = JSON.parse(wire, trytonReviver) as typeof value;
    expect(back.amount).toBeInstanceOf(Decimal);
    expect(back.amount.toFixed(2)).toBe('12345678901234.57');
    expect(back.date.iso).toBe('2026-02-28');
    expect(back.at.iso).toBe('2026-11-20T09:05:03.000120');
    expect((back.nested[0] as Decimal).toFixed(2)).toBe('-0.10');
  });

  it('refuses a malformed date instead of sending it', () => {
    expect(() => new TrytonDate('20/11/2026')).toThrow(/not a YYYY-MM-DD date/);
    expect(() => encodeTryton(new TrytonDateTime('yesterday'))).toThrow(/not a Tryton datetime/);
  });

  it('leaves tagged classes it does not know as they came', () => {
    const v = JSON.parse('{"x":{"__class__":"bytes","base64":"AA=="}}', trytonReviver) as { x: unknown };
    expect(v.x).toEqual({ __class__: 'bytes', base64: 'AA==' });
  });
});
