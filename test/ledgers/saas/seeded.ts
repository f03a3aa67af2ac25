/** A small seeded generator (mulberry32) so fakes hold the same books on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function uuidFrom(rand: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const PARTIES = [
  'Adebayo Foods Ltd',
  'Kumasi Cocoa Traders',
  'Nairobi Logistics Co',
  'Cape Fresh Produce',
  'Lekki Pharmacy',
  'Tema Port Services',
  'Mombasa Textiles',
  'Soweto Builders',
];

export function partyOf(rand: () => number): string {
  return PARTIES[Math.floor(rand() * PARTIES.length)]!;
}

/** An amount in minor units between 1,000.00 and 2,000,000.00 with realistic kobo/cents. */
export function amountOf(rand: () => number): number {
  return 100_000 + Math.floor(rand() * 199_900_000);
}

export function dayOf(rand: () => number, from = '2026-09-01', spanDays = 80): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Math.floor(rand() * spanDays));
  return d.toISOString().slice(0, 10);
}

export function toMajor(minor: number): number {
  return Number((minor / 100).toFixed(2));
}
