/**
 * Reference tokens: invoice numbers, payment references, NIP session ids and cheque numbers in their many writings
 * ("INV-2019-0001", "inv 2019/00001", "2019-00001", "201900001") reduced to comparable keys.
 *
 * Keys per writing:
 *  - P:<prefix>:<groups>  a word prefix (INV, BILL, PO, CHQ…) and its digit groups without leading zeros
 *  - G:<groups>           digit groups without leading zeros, when there are at least 5 digits (specific enough)
 *  - D:<digits>           all digits run together, when there are at least 6
 *  - A:<alnum>            mixed letter/digit codes (payment refs like FT23145ABC12), at least 6 characters
 * Two writings refer to the same document when they share a key.
 */

// Words that mean the same document kind; everything else keeps its own spelling as a prefix.
const PREFIX_ALIASES: Record<string, string> = {
  INVOICE: 'INV', INVC: 'INV', INV: 'INV', INVNO: 'INV', SI: 'INV',
  BILL: 'BILL', BL: 'BILL',
  PO: 'PO', ORDER: 'PO', ORD: 'PO',
  CHQ: 'CHQ', CHEQUE: 'CHQ', CHECK: 'CHQ', CHK: 'CHQ',
  RCT: 'RCT', RECEIPT: 'RCT', RCPT: 'RCT',
};

// Words that are not document prefixes even when a number follows them.
const NOT_PREFIX = new Set(['NO', 'NUM', 'NUMBER', 'REF', 'FOR', 'PMT', 'PAYMENT', 'TO', 'FROM', 'OF', 'AND', 'RE', 'THE', 'TRF', 'TRANSFER', 'NIP', 'BY']);

function stripZeros(group: string): string {
  const s = group.replace(/^0+/, '');
  return s === '' ? '0' : s;
}

function addNumberKeys(keys: Set<string>, groups: string[], prefix: string | null): void {
  const stripped = groups.map(stripZeros).join('-');
  const digits = groups.join('');
  if (prefix) keys.add(`P:${prefix}:${stripped}`);
  if (digits.replace(/^0+/, '').length >= 5) keys.add(`G:${stripped}`);
  if (digits.length >= 6 && stripZeros(digits).length >= 5) keys.add(`D:${stripZeros(digits)}`);
}

/** All reference keys found in free text (narration, reference, description). */
export function referenceKeys(...texts: Array<string | null | undefined>): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const words = text.toUpperCase().split(/[\s,;:()[\]{}"'|]+/).filter(Boolean);
    let previousWord: string | null = null;
    let previousDigits: string | null = null;
    for (const raw of words) {
      const word = raw.replace(/^[#.\-_/]+|[#.\-_/]+$/g, '');
      if (!word) continue;
      // prefix glued to the number: INV-2019-0001, INV/2019/00001, FE/000002917, INV2019001
      const glued = /^([A-Z]{1,8})[-/#._]*(\d+(?:[-/._]\d+)*)$/.exec(word);
      const numeric = /^\d+(?:[-/._]\d+)*$/.test(word) ? word : null;
      if (glued) {
        const prefix = PREFIX_ALIASES[glued[1]!] ?? glued[1]!;
        addNumberKeys(keys, glued[2]!.split(/[-/._]/), prefix);
        previousWord = null;
        previousDigits = null;
        continue;
      }
      if (numeric) {
        const groups = numeric.split(/[-/._]/);
        const prefix = previousWord ? (PREFIX_ALIASES[previousWord] ?? (NOT_PREFIX.has(previousWord) ? null : previousWord)) : null;
        addNumberKeys(keys, groups, prefix);
        // "INV 2019 0001": two bare numbers in a row may be one reference written with a space
        if (previousDigits) addNumberKeys(keys, [previousDigits, ...groups], null);
        previousDigits = groups.length === 1 ? groups[0]! : null;
        continue;
      }
      previousDigits = null;
      const compact = word.replace(/[-/._#]/g, '');
      if (/^[A-Z]+$/.test(compact)) {
        previousWord = compact.length <= 8 ? compact : null;
        continue;
      }
      previousWord = null;
      if (compact.length >= 6 && /\d/.test(compact) && /[A-Z]/.test(compact)) keys.add(`A:${compact}`);
    }
  }
  return keys;
}

/** Keys that identify a document on their own (all but the short prefixed forms are already long enough). */
export function describeKey(key: string): string {
  const [kind, ...rest] = key.split(':');
  const value = rest.join(':');
  switch (kind) {
    case 'P':
      return `document number ${value.replace(':', ' ')}`;
    case 'G':
      return `number ${value}`;
    case 'D':
      return `digits ${value}`;
    default:
      return `code ${value}`;
  }
}
