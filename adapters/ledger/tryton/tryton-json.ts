import { Decimal } from '../../../domain/money.js';

/**
 * Tryton's JSON-RPC carries Decimals, dates and datetimes as tagged objects ({"__class__": "Decimal", ...}). These
 * wrappers keep them typed on our side: amounts never pass through a JavaScript number.
 */
export class TrytonDate {
  constructor(readonly iso: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`"${iso}" is not a YYYY-MM-DD date`);
  }
}

/** A naive datetime as Tryton stores it (UTC, no zone), kept as "YYYY-MM-DDTHH:MM:SS.ffffff". */
export class TrytonDateTime {
  constructor(readonly iso: string) {}
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A value ready for JSON.stringify, with our wrappers and decimal.js values turned into Tryton's tagged objects. */
export function encodeTryton(value: unknown): unknown {
  if (value instanceof Decimal) return { __class__: 'Decimal', decimal: value.toFixed() };
  if (value instanceof TrytonDate) {
    const [y, m, d] = value.iso.split('-').map(Number);
    return { __class__: 'date', year: y, month: m, day: d };
  }
  if (value instanceof TrytonDateTime) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec(value.iso);
    if (!m) throw new Error(`"${value.iso}" is not a Tryton datetime`);
    return {
      __class__: 'datetime',
      year: +m[1]!,
      month: +m[2]!,
      day: +m[3]!,
      hour: +m[4]!,
      minute: +m[5]!,
      second: +m[6]!,
      microsecond: +(m[7] ?? '0').padEnd(6, '0'),
    };
  }
  if (Array.isArray(value)) return value.map(encodeTryton);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeTryton(v);
    return out;
  }
  return value;
}

/** JSON.parse reviver for Tryton's answers. Unknown tagged classes (bytes, time) are left as they came. */
export function trytonReviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  switch (v.__class__) {
    case 'Decimal':
      return new Decimal(String(v.decimal));
    case 'date':
      return new TrytonDate(`${v.year}-${pad(Number(v.month))}-${pad(Number(v.day))}`);
    case 'datetime':
      return new TrytonDateTime(
        `${v.year}-${pad(Number(v.month))}-${pad(Number(v.day))}T${pad(Number(v.hour))}:${pad(Number(v.minute))}:${pad(Number(v.second))}.${pad(Number(v.microsecond ?? 0), 6)}`,
      );
    default:
      return value;
  }
}
