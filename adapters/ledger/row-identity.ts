import { createHash } from 'node:crypto';
import type { MappedRow } from './row-reader.js';

/**
 * Gives each row an id that is the same whichever file it arrives in (so overlapping exports do not duplicate):
 * a hash of what the row says, plus an occurrence number for genuine twins within one file.
 */
export class RowIdentity {
  // Keyed by 52 bits of the fingerprint: a number key keeps a million-row file's bookkeeping small.
  private readonly seen = new Map<number, number>();

  fingerprint(r: MappedRow): string {
    const parts = [
      r.date,
      r.amountMinor,
      r.currency,
      r.account ?? '',
      r.journalId ?? '',
      r.reference ?? '',
      (r.description ?? '').replace(/\s+/g, ' ').trim().toUpperCase(),
      r.party ?? '',
      r.balanceMinor ?? '',
    ];
    return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 24);
  }

  idFor(r: MappedRow, prefix: string): { id: string; fingerprint: string } {
    const fingerprint = this.fingerprint(r);
    const key = parseInt(fingerprint.slice(0, 13), 16);
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    return { id: n === 0 ? `${prefix}${fingerprint}` : `${prefix}${fingerprint}-${n}`, fingerprint };
  }
}
