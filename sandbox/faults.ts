/** Fault injection decisions, drawn from the seed and a per-request sequence number so runs repeat exactly. */
import { unit } from './prng.js';
import { NO_FAULTS, type FaultProfile } from './types.js';

export type FaultOutcome = { kind: 'none' } | { kind: '429'; retryAfterSec: number } | { kind: '503' };

export function validateFaults(f: Partial<FaultProfile>): Partial<FaultProfile> {
  const probs: Array<keyof FaultProfile> = [
    'rate429',
    'slowProbability',
    'truncatedJson',
    'duplicatePages',
    'idChurn',
    'pendingThenPosted',
  ];
  for (const [k, v] of Object.entries(f)) {
    if (!(k in NO_FAULTS)) throw new Error(`faults.${k}: unknown fault (known: ${Object.keys(NO_FAULTS).join(', ')})`);
    if (k === 'overlappingPages') {
      if (typeof v !== 'boolean') throw new Error(`faults.${k}: expected true or false`);
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new Error(`faults.${k}: expected a non-negative number`);
    } else if (probs.includes(k as keyof FaultProfile) && v > 1) {
      throw new Error(`faults.${k}: a probability must be between 0 and 1`);
    }
  }
  return f;
}

export class FaultInjector {
  profile: FaultProfile = { ...NO_FAULTS };
  private seq = 0;
  private burstLeft = 0;

  constructor(private readonly seed: number) {}

  set(f: Partial<FaultProfile>): void {
    this.profile = { ...this.profile, ...validateFaults(f) };
  }

  /** Called once per data request: 429, a 503 (burst) or nothing. Also returns the request's sequence number. */
  next(): { seq: number; outcome: FaultOutcome } {
    const seq = ++this.seq;
    const p = this.profile;
    if (this.burstLeft > 0) {
      this.burstLeft--;
      return { seq, outcome: { kind: '503' } };
    }
    if (p.burst503Every > 0 && seq % p.burst503Every === 0 && p.burst503Length > 0) {
      this.burstLeft = p.burst503Length - 1;
      return { seq, outcome: { kind: '503' } };
    }
    if (p.rate429 > 0 && unit(this.seed, 'fault429', seq) < p.rate429)
      return { seq, outcome: { kind: '429', retryAfterSec: p.retryAfterSec } };
    return { seq, outcome: { kind: 'none' } };
  }

  slowFor(seq: number): number {
    const p = this.profile;
    return p.slowMs > 0 && unit(this.seed, 'slow', seq) < p.slowProbability ? p.slowMs : 0;
  }

  truncate(seq: number): boolean {
    return this.profile.truncatedJson > 0 && unit(this.seed, 'truncate', seq) < this.profile.truncatedJson;
  }

  chance(p: number, ...parts: Array<string | number>): boolean {
    return p > 0 && unit(this.seed, ...parts) < p;
  }
}
