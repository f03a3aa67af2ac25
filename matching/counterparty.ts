/**
 * Counterparty evidence: an account number is decisive; otherwise names are compared fuzzily after removing the
 * noise banks add ("LTD", "NIG", "&" vs "AND", "TRF FROM", truncation at 20–35 characters).
 */

const NOISE = new Set([
  'LTD',
  'LIMITED',
  'PLC',
  'NIG',
  'NIGERIA',
  'CO',
  'COMPANY',
  'ENT',
  'ENTERPRISES',
  'ENTERPRISE',
  'INC',
  'CC',
  'NPC',
  'LLC',
  'PTY',
  'THE',
  'MR',
  'MRS',
  'MS',
  'DR',
  'TRF',
  'TRANSFER',
  'FROM',
  'TO',
  'NIP',
  'FT',
  'MOB',
  'MOBILE',
  'VIA',
  'BY',
  'PAYMENT',
  'GH',
  'KE',
  'SA',
  'AND',
  'OF',
]);

const NOISE_LIST = [...NOISE].filter((w) => w.length >= 4);

/**
 * A name's words, upper case, letters and digits only, without the noise words: "Adebayo & Sons (Nig) Ltd." gives
 * ADEBAYO SONS. Every other character separates words; "&" is the word AND. One pass over the upper-cased name.
 */
export function normalizeName(name: string | null | undefined): string[] {
  if (!name) return [];
  const upper = name.toUpperCase();
  const words: string[] = [];
  const n = upper.length;
  let i = 0;
  while (i < n) {
    const c = upper.charCodeAt(i);
    if (isWordCharacter(c)) {
      const start = i;
      while (i < n && isWordCharacter(upper.charCodeAt(i))) i++;
      keepWord(words, upper.slice(start, i));
    } else {
      if (c === AMPERSAND) keepWord(words, 'AND');
      i++;
    }
  }
  return words;
}

const AMPERSAND = 38;

/** `[A-Z0-9]` */
const isWordCharacter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function keepWord(words: string[], word: string): void {
  if (!NOISE.has(word)) words.push(word);
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams of the joined tokens: tolerant of typos and missing spaces. */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  for (const [g, n] of ga) overlap += Math.min(n, gb.get(g) ?? 0);
  return (2 * overlap) / (a.length - 1 + (b.length - 1));
}

/**
 * Similarity 0..1 of a bank counterparty name to a ledger party. Bank names are often truncated, so a bank name whose
 * tokens are all a prefix of the party's tokens scores high ("ADITHYA MEDICAL AND GENERAL" vs "… GENERAL STORES").
 */
export function nameSimilarity(bankName: string | null | undefined, partyName: string | null | undefined): number {
  return tokenSimilarity(normalizeName(bankName), normalizeName(partyName));
}

/** nameSimilarity over already-normalised tokens (the engine normalises each name once). */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  // a bank name cut short inside a noise word ("… ENTERP" for ENTERPRISES): the stub is noise too
  const last = a[a.length - 1];
  if (last && last.length >= 3 && a.length > 1 && !b.includes(last) && NOISE_LIST.some((n) => n.startsWith(last)))
    a = a.slice(0, -1);
  if (a.length === 0 || b.length === 0) return 0;
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (joinedA === joinedB) return 1;
  let score = dice(joinedA, joinedB);
  // truncated bank name: every bank token matches the party's tokens in order (last one may be cut short)
  if (a.length >= 2 && a.length <= b.length) {
    const prefixOk = a.every((t, i) => (i === a.length - 1 ? b[i]!.startsWith(t) : b[i] === t));
    if (prefixOk) score = Math.max(score, 0.9);
  }
  // same words in another order ("OKAFOR CHINEDU" vs "CHINEDU OKAFOR")
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')) score = Math.max(score, 0.95);
  return score;
}

/** Digits only, for comparing account numbers written with spaces or dashes. */
export function accountDigits(account: string | null | undefined): string | null {
  const d = (account ?? '').replace(/\D/g, '');
  return d.length >= 6 ? d : null;
}

/**
 * The party a bank counterparty name designates among known parties, or null when none is close enough or when two
 * parties are equally close (a tie decides nothing).
 */
export function resolveParty(bankName: string, parties: readonly string[], minScore = 0.8): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  for (const p of [...new Set(parties)].sort()) {
    const s = nameSimilarity(bankName, p);
    if (s > bestScore + 1e-9) {
      best = p;
      bestScore = s;
      tied = false;
    } else if (Math.abs(s - bestScore) <= 1e-9 && s > 0) tied = true;
  }
  return best !== null && bestScore >= minScore && !tied ? best : null;
}
