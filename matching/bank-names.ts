/**
 * Whether words name a bank: the party a bank's own charge is booked to, or the bank a description names. Banks are
 * written "<Name> Bank [country or legal words]" (Stanbic Bank Kenya, First National Bank), "Bank of <Name>" (Bank of
 * Africa Ghana, United Bank for Africa), with BANK run into the name (GTBank, Ecobank, Nedbank) or by a short name of their own (Stanbic IBTC,
 * Absa, KCB). A name merely beginning with the word ("Bank Anthony Plaza Management") or going on after it ("Food Bank
 * Trust") is no bank.
 */

/** Short names that are a bank's and nothing else's, in the four countries. */
const SHORT_NAMES = new Set(
  (
    'STANBIC IBTC ABSA FNB KCB NCBA UBA GTCO GTB FCMB FBN DTB SBSA CAPITEC STANCHART SASFIN INVESTEC ' +
    // written with BANK run in (a word merely ending in BANK, Riverbank or Databank, is no bank)
    'GTBANK ECOBANK NEDBANK CALBANK ZENITHBANK UNIONBANK POLARISBANK KEYSTONEBANK PROVIDUSBANK FIDELITYBANK TYMEBANK'
  ).split(' '),
);

/** The short names, for a pattern that reads a bank's name before its own words (bankOwnFeeRule). */
export const BANK_SHORT_NAMES: readonly string[] = [...SHORT_NAMES];

/** Words that may follow BANK in a bank's name: countries, legal forms, its branch words. */
const AFTER_BANK = new Set(
  (
    'NIGERIA GHANA KENYA SOUTH AFRICA SA NG GH KE ZA PLC LTD LIMITED GROUP HOLDINGS CORPORATION CORP INTERNATIONAL ' +
    'BRANCH MAIN ACCOUNT ACCT A C CURRENT BANK'
  ).split(' '),
);

/** A text's words of letters, upper-cased: how bank names are compared. */
export const letterWordsOf = (text: string): string[] =>
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
    if (SHORT_NAMES.has(w)) return [i, afterBank(words, i + 1)];
    if (w !== 'BANK') continue;
    // a bank of things given away, not of money ("Lagos Food Bank", "The Clothing Bank", a blood bank)
    if (i > 0 && BANKED_THINGS.has(words[i - 1]!)) continue;
    // "Bank of Africa", "United Bank for Africa": the words before BANK and the one after OF or FOR
    const of = words[i + 1] === 'OF' || words[i + 1] === 'FOR';
    const to = of && i + 2 < words.length ? afterBank(words, i + 3) : afterBank(words, i + 1);
    // a name of up to four words before BANK, written first ("Guaranty Trust Bank", "Kenya Post Office Savings Bank")
    if (i > 0 && i <= NAME_WORDS_BEFORE_BANK) return [0, to];
    if (i > 0) return [i - 1, to];
    if (of) return [i, to];
  }
  return null;
}

const NAME_WORDS_BEFORE_BANK = 4;

/** What a charity's or a hospital's "… Bank" holds: the word before BANK in a name that is no bank's. */
const BANKED_THINGS = new Set(
  'FOOD FOODS CLOTHING CLOTHES BLOOD SEED SEEDS MILK TOY TOYS BOOK BOOKS DATA NAPPY NAPPIES DIAPER DIAPERS PAD PADS SKILLS TIME GENE EYE TISSUE SPERM'.split(
    ' ',
  ),
);

/** Where a bank's name ends: past the country, legal and branch words after it. */
function afterBank(words: readonly string[], from: number): number {
  let to = from;
  while (to < words.length && (AFTER_BANK.has(words[to]!) || SHORT_NAMES.has(words[to]!))) to++;
  return to;
}

/**
 * Whether a party's name is a bank's and nothing more ("Stanbic Bank Kenya", "GTBank", "First National Bank"; not
 * "Food Bank Trust"): a bank's name is all its words.
 */
export function isBankName(name: string): boolean {
  const words = letterWordsOf(name);
  const span = bankNameSpan(words);
  return span !== null && span[1] === words.length && span[0] === 0;
}

/**
 * The text's words with the bank's name it writes taken out; null when it names no bank. The name is looked for in each
 * part of the text on its own ("Mantrac Kenya / Equity Bank - maintenance charges"): the words of another part are
 * never taken for the bank's name.
 */
export function wordsBesidesBank(text: string): string[] | null {
  const parts = text.split(PART_BREAK);
  for (let p = 0; p < parts.length; p++) {
    const words = letterWordsOf(parts[p]!);
    const span = bankNameSpan(words);
    if (span === null) continue;
    const rest = [...words.slice(0, span[0]), ...words.slice(span[1])];
    // another part may go on with the bank's own name: "Equity Bank (Kenya) Limited", "Stanbic/IBTC", "GTBank (GTCO)"
    for (let q = 0; q < parts.length; q++)
      if (q !== p)
        for (const w of letterWordsOf(parts[q]!)) if (!AFTER_BANK.has(w) && !SHORT_NAMES.has(w)) rest.push(w);
    return rest;
  }
  return null;
}

/** Where a description's parts meet: a spaced dash, a slash, a comma or semicolon, brackets, a bar. */
const PART_BREAK = /\s[-–—]+\s|[-–—]+\s|\s[-–—]+|[/,;|()]/;

/**
 * A payee field holding a bank's name and a masked account and nothing else ("FNB ****3321", "ZENITH BANK ****6789"):
 * where a wallet or a gateway pays out to, an account rather than anyone's name. The bank's name is its short name or
 * one word before BANK: "MUSA IBRAHIM ZENITH BANK ****6789" is Musa Ibrahim's account.
 */
export function isBankAccountField(field: string): boolean {
  if (!field.includes('*')) return false;
  const words = letterWordsOf(field);
  const span = bankNameSpan(words);
  return (
    span !== null && span[0] === 0 && span[1] === words.length && (SHORT_NAMES.has(words[0]!) || words[1] === 'BANK')
  );
}
