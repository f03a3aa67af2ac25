/**
 * The bank behind the independent Mono implementation: per account a ledger of postings in the bank's posting order
 * with running balances, and Mono's view of it (what Mono fetched from the bank, and when). Written only from Mono's
 * documented contract and issue 19; it shares no code or assumptions with the feed or its sandbox.
 *
 * Time is real time (Date.now()). A posting is known to the bank at `knownAt`; Mono serves it once Mono has fetched
 * the bank at or after that moment (`lastFetch`). A posting's `date` (what Mono serves) can lie before `knownAt`
 * (back-dated / value-dated) or, for a levy, seconds after a later posting's date.
 */

export type Direction = 'debit' | 'credit';

export interface Posting {
  id: string;
  /** Position in the bank's posting order (the running-balance chain). */
  seq: number;
  /** The instant Mono serves as `date` (UTC). */
  date: number;
  /** When the bank booked it; Mono can serve it only after fetching the bank at or after this moment. */
  knownAt: number;
  amount: number; // minor units, positive
  type: Direction;
  narration: string;
  category: string;
  /** Balance after this posting in posting order, minor units. */
  balance: number;
  kind: 'history' | 'near-midnight' | 'levy' | 'after-levy' | 'live' | 'back-dated';
}

export interface AccountSpec {
  name: string;
  currency: 'NGN' | 'GHC' | 'KSH' | 'ZAR';
  bank: { name: string; code: string; type: 'BUSINESS_BANKING' | 'PERSONAL_BANKING' };
  /** The bank asks for MFA: a real-time refresh fails with x-reauth-required from `reauthFromMs` after link. */
  needsReauth: boolean;
  linkBy: 'code' | 'hosted';
}

/** A small seeded generator (mulberry32) so a failing run can be replayed with its printed seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

export function hexId(r: () => number): string {
  let s = '';
  for (let i = 0; i < 24; i++) s += Math.floor(r() * 16).toString(16);
  return s;
}

/** Levy per currency: Nigeria's ₦50 EMTL on receipts of ₦10,000 or more; a bank charge elsewhere. */
const LEVY: Record<AccountSpec['currency'], { amount: number; narration: string }> = {
  NGN: { amount: 5_000, narration: 'ELECTRONIC MONEY TRANSFER LEVY' },
  GHC: { amount: 150, narration: 'E-LEVY CHARGE' },
  KSH: { amount: 3_300, narration: 'EXCISE DUTY ON TRANSFER' },
  ZAR: { amount: 750, narration: 'EFT CREDIT FEE' },
};

export interface BankAccountOptions {
  spec: AccountSpec;
  r: () => number;
  now: number;
  historyDays: number;
  /** Mono's view is this many days old at link. */
  staleDays: number;
  /** Live activity: postings known to the bank between `now` and `now + liveMs`. */
  liveMs: number;
  liveEveryMs: number;
}

export class BankAccount {
  readonly id: string;
  readonly customerId: string;
  readonly accountNumber: string;
  readonly spec: AccountSpec;
  /** Every posting the bank has or will have, in posting order. */
  readonly postings: Posting[] = [];
  readonly openingBalance: number;
  /** The moment Mono last fetched this account from the bank: it serves postings known by then. */
  lastFetch: number;
  /** Mono's last fetch of the bank before link: what it served at first. */
  readonly staleFetch: number;
  linked = false;
  unlinked = false;
  dataStatus: 'PROCESSING' | 'AVAILABLE' = 'PROCESSING';
  private readonly r: () => number;
  private seq = 0;
  private balance: number;

  constructor(o: BankAccountOptions) {
    this.r = o.r;
    this.spec = o.spec;
    this.id = hexId(o.r);
    this.customerId = hexId(o.r);
    this.accountNumber = String(Math.floor(1e9 + o.r() * 8e9));
    this.openingBalance = 5_000_000_00 + Math.floor(o.r() * 1_000_000_00);
    this.balance = this.openingBalance;
    this.lastFetch = o.now - o.staleDays * DAY;
    this.staleFetch = this.lastFetch;
    this.generate(o);
  }

  private amount(lo: number, hi: number): number {
    return Math.round((lo + this.r() * (hi - lo)) * 100);
  }

  private post(p: Omit<Posting, 'seq' | 'balance' | 'id'>): Posting {
    this.balance += p.type === 'credit' ? p.amount : -p.amount;
    const posting: Posting = { ...p, id: hexId(this.r), seq: this.seq++, balance: this.balance };
    this.postings.push(posting);
    return posting;
  }

  /**
   * History (dated = known), a few near-midnight rows a day, receipts followed by a levy stamped seconds after the
   * next item but posted before it, then live postings during the run, a third of them back-dated by 6–70 hours.
   */
  private generate(o: BankAccountOptions): void {
    const start = Math.floor((o.now - o.historyDays * DAY) / DAY) * DAY;
    const events: Array<{ at: number; near: boolean }> = [];
    for (let day = start; day < o.now; day += DAY) {
      const n = 2 + Math.floor(this.r() * 3);
      for (let i = 0; i < n; i++) events.push({ at: day + 2 * HOUR + Math.floor(this.r() * 20 * HOUR), near: false });
      // 23:00–23:59 and 00:00–00:59 UTC: the next (or previous) business day in Lagos, Nairobi, Johannesburg.
      if (this.r() < 0.7) events.push({ at: day + 23 * HOUR + Math.floor(this.r() * HOUR), near: true });
      if (this.r() < 0.7) events.push({ at: day + Math.floor(this.r() * HOUR), near: true });
    }
    events.sort((a, b) => a.at - b.at);
    const past = events.filter((e) => e.at < o.now - 60_000);
    for (let i = 0; i < past.length; i++) {
      const e = past[i]!;
      const credit = this.r() < 0.5;
      const big = credit && this.r() < 0.35;
      const amount = big ? this.amount(10_000, 900_000) : this.amount(200, credit ? 9_999 : 150_000);
      const receipt = this.post({
        date: e.at,
        knownAt: e.at,
        amount,
        type: credit ? 'credit' : 'debit',
        narration: credit ? `TRF FROM CUSTOMER ${i}` : `PAYMENT TO SUPPLIER ${i}`,
        category: 'transfer',
        kind: e.near ? 'near-midnight' : 'history',
      });
      if (big && (this.spec.currency === 'NGN' || this.r() < 0.5)) {
        // The next item is stamped 3 s after the receipt; the levy 8 s after it, but the bank posts the levy first.
        const levy = LEVY[this.spec.currency];
        this.post({
          date: receipt.date + 8_000,
          knownAt: receipt.knownAt,
          amount: levy.amount,
          type: 'debit',
          narration: levy.narration,
          category: 'bank_charges',
          kind: 'levy',
        });
        this.post({
          date: receipt.date + 3_000,
          knownAt: receipt.knownAt + 3_000,
          amount: this.amount(100, 5_000),
          type: 'debit',
          narration: `POS PURCHASE ${i}`,
          category: 'online_transactions',
          kind: 'after-levy',
        });
      }
    }
    for (let at = o.now + o.liveEveryMs; at < o.now + o.liveMs; at += o.liveEveryMs) {
      const knownAt = at + Math.floor(this.r() * 2_000);
      const backDated = this.r() < 0.35;
      const credit = this.r() < 0.5;
      this.post({
        date: backDated ? knownAt - (6 * HOUR + Math.floor(this.r() * 64 * HOUR)) : knownAt,
        knownAt,
        amount: this.amount(100, 250_000),
        type: credit ? 'credit' : 'debit',
        narration: backDated ? `VALUE DATED ${credit ? 'CREDIT' : 'CHARGE'}` : `LIVE ${credit ? 'RECEIPT' : 'PAYMENT'}`,
        category: backDated ? 'bank_charges' : 'transfer',
        kind: backDated ? 'back-dated' : 'live',
      });
    }
  }

  /** Postings a deliberately wrong Mono leaves out while serving the running balances that count them. */
  readonly withheld = new Set<string>();

  /** What Mono serves now: every posting the bank had booked when Mono last fetched it. */
  served(): Posting[] {
    return this.postings.filter((p) => p.knownAt <= this.lastFetch && !this.withheld.has(p.id));
  }

  /** Mono's balance: the running balance after the last posting it fetched (posting order). */
  servedBalance(): number {
    const s = this.served();
    return s.length ? s[s.length - 1]!.balance : this.openingBalance;
  }

  /** The bank's own balance right now. */
  bankBalance(now: number): number {
    const s = this.postings.filter((p) => p.knownAt <= now);
    return s.length ? s[s.length - 1]!.balance : this.openingBalance;
  }

  /** Mono fetches the bank: its view moves forward to `at`. Says whether anything new became visible. */
  fetch(at: number): boolean {
    const before = this.served().length;
    if (at > this.lastFetch) this.lastFetch = at;
    return this.served().length > before;
  }
}
