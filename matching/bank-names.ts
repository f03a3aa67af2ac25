/**
 * Whether words name a bank: the party a bank's own charge is booked to, or the bank a description names. Banks are
 * written "<Name> Bank [country or legal words]" (Stanbic Bank Kenya, First National Bank), "Bank of <Name>" (Bank of
 * Africa Ghana), with BANK run into the name (GTBank, Ecobank, Nedbank) or by a short name of their own (Stanbic IBTC,
 * Absa, KCB). A name merely beginning with the word ("Bank Anthony Plaza Management") or going on after it ("Food Bank
 * Trust") is no bank.
 */

/** Short names that are a bank's and nothing else's, in the four countries. */
const SHORT_NAMES = new Set(
  'STANBIC IBTC ABSA FNB KCB NCBA UBA GTCO GTB FCMB FBN DTB SBSA CAPITEC STANCHART ECOBANK NEDBANK CALBANK'.split(' '),
);

/** Words that may follow BANK in a bank's name: countries, legal forms, its branch words. */
const AFTER_BANK = new Set(
  (
    'NIGERIA GHANA KENYA SOUTH AFRICA SA NG GH KE ZA PLC LTD LIMITED GROUP HOLDINGS CORPORATION CORP INTERNATIONAL ' +
    'BRANCH MAIN ACCOUNT ACCT A C CURRENT BANK'
  ).split(' '),
);

const wordsOf = (text: string) =>
  text
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);

/**
 * The positions of `words` that spell a bank's name, or null when none does: [from, to) of the first such name.
 */
export function bankNameSpan(words: readonly string[]): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SHORT_NAMES.has(w) || (w.length > 4 && w.endsWith('BANK'))) return [i, afterBank(words, i + 1)];
    if (w !== 'BANK') continue;
    if (words[i + 1] === 'OF' && i + 2 < words.length) return [i, afterBank(words, i + 3)];
    if (i > 0) return [i - 1, afterBank(words, i + 1)];
  }
  return null;
}

/** Where a bank's name ends: past the country, legal and branch words after it. */
function afterBank(words: readonly string[], from: number): number {
  let to = from;
  while (to < words.length && (AFTER_BANK.has(words[to]!) || SHORT_NAMES.has(words[to]!))) to++;
  return to;
}

/**
 * Whether a party's name is a bank's and nothing more ("Stanbic Bank Kenya", "GTBank", "First National Bank"; not
 * "Food Bank Trust"): a bank's name ending the words, with at most two of its own words before it.
 */
export function isBankName(name: string): boolean {
  const words = wordsOf(name);
  const span = bankNameSpan(words);
  return span !== null && span[1] === words.length && span[0] <= 2;
}

/** The text's words with the bank's name it writes taken out; null when it names no bank. */
export function wordsBesidesBank(text: string): string[] | null {
  const words = wordsOf(text);
  const span = bankNameSpan(words);
  if (span === null) return null;
  return [...words.slice(0, span[0]), ...words.slice(span[1])];
}
