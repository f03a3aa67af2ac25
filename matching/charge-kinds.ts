/**
 * The kinds of the bank's own charges a text names (account maintenance, SMS alerts, COT, a ledger or statement fee, a
 * cheque book, a token, a card, commission), each in one writing: a fee line, the VAT line on it and the books' entry
 * of it write the same kind, however abbreviated ("ACCT MAINT CHG", "AMF", "SMS ALRT CHG").
 */
const CHARGE_KINDS = new Map<string, string>([
  ...'MAINTENANCE SMS COT LEDGER STATEMENT CHEQUEBOOK TOKEN CARD COMMISSION'.split(' ').map((w) => [w, w] as const),
  ['MAINT', 'MAINTENANCE'],
  ['AMF', 'MAINTENANCE'],
  ['ALERT', 'SMS'],
  ['ALERTS', 'SMS'],
  ['ALRT', 'SMS'],
]);

const wordsOf = (text: string) => text.toUpperCase().split(/[^A-Z0-9]+/);

const CHEQUE_WORDS = new Set(['CHEQUE', 'CHQ', 'CHECK']);

/** A levy written as included in a fee ("LEDGER FEE INCL EXCISE DUTY", "Transfer fee + EMTL"). */
const LEVY_INCLUDED =
  /\b(?:INCL?|INCLUDING|INCLUSIVE\s+OF|WITH|PLUS|AND)\b\.?\s*(?:VAT\s*(?:AND|&|\+)\s*)?(?:EMTL|E-?LEVY|STAMP\s+DUTY|EXCISE)|[+&]\s*(?:EMTL|E-?LEVY|STAMP\s+DUTY|EXCISE)/i;
/** A levy or duty the state charges through the bank (Nigeria's EMTL and stamp duty, Ghana's e-levy, Kenya's excise). */
const LEVY = /\b(?:EMTL|E-?LEVY|ELECTRONIC\s+MONEY\s+TRANSFER\s+LEVY|STAMP\s+DUTY|EXCISE)\b/i;

/**
 * Whether one of a line and an entry is a levy and the other the bank's own fee: the ₦50 NIP charge is not the EMTL
 * booked on a receipt, whatever their amounts. `lineIsLevy` is how the line's rule classifies it.
 */
export function feeAgainstLevy(lineText: string, lineIsLevy: boolean, entryText: string): boolean {
  // a fee "incl excise duty" or "+ VAT & stamp duty" is the fee with its levy, as the books' entry of the fee
  const entryLevy = LEVY.test(entryText) && !LEVY_INCLUDED.test(entryText);
  const lineLevy = (lineIsLevy || LEVY.test(lineText)) && !LEVY_INCLUDED.test(lineText);
  if (entryLevy) return !lineLevy;
  return lineLevy && chargeKindsOf(withoutAccountNames(entryText)).length > 0;
}

/** Whether the word names a kind of charge. */
export const isChargeKindWord = (word: string): boolean => CHARGE_KINDS.has(word);

/** The kinds a text names, each once, in order. A card's maintenance ("CARD MAINT FEE") is the card's fee, not the account's. */
export function chargeKindsOf(text: string): string[] {
  const out: string[] = [];
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    // "commission on turnover" is COT, Ghana's charge on a current account's debits, not any commission
    if (words[i] === 'COMMISSION' && words[i + 1] === 'ON' && words[i + 2] === 'TURNOVER') {
      if (!out.includes('COT')) out.push('COT');
      i += 2;
      continue;
    }
    // "cheque book", "chq book": the book of cheques, written apart as often as run together
    if (CHEQUE_WORDS.has(words[i]!) && (words[i + 1] === 'BOOK' || words[i + 1] === 'BOOKLET')) {
      if (!out.includes('CHEQUEBOOK')) out.push('CHEQUEBOOK');
      i++;
      continue;
    }
    const kind = CHARGE_KINDS.get(words[i]!);
    if (kind === undefined) continue;
    if (!out.includes(kind)) out.push(kind);
    if (kind === 'CARD' && CHARGE_KINDS.get(words[i + 1] ?? '') === 'MAINTENANCE') i++;
  }
  return out;
}

/**
 * Whether a line and an entry each name a kind of charge and share none: the account's maintenance fee booked is not the
 * SMS alert charge of the same amount on the statement.
 */
export function chargeKindsDiffer(lineText: string, entryText: string): boolean {
  const line = chargeKindsOf(lineText);
  if (line.length === 0) return false;
  const entry = chargeKindsOf(withoutAccountNames(entryText));
  return entry.length > 0 && !entry.some((k) => line.includes(k));
}

/**
 * The entry's text without the words that name its account or its source rather than a kind of charge: "per (the)
 * statement" says where the charges come from, and "Bank charges and commission(s)" is the expense account's name.
 */
export function withoutAccountNames(text: string): string {
  return text.replace(PER_STATEMENT, ' ').replace(CHARGES_AND_COMMISSION, ' ');
}

const PER_STATEMENT = /\bPER\b(?:\s+[\w-]+){0,3}?\s+STATEMENTS?\b/gi;
const CHARGES_AND_COMMISSION = /\bCHARGES?\s+(?:AND|&)\s+COMMISSIONS?\b/gi;
