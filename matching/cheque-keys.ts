/**
 * Cheque numbers written apart from their word. Banks print the number a word or two after it ("CHQ WDL 00471
 * CLEARING", "CHEQUE WITHDRAWAL 000318", "CLEARING CHQ DEP 00000245") or in the reference column of a line naming a
 * cheque ("CLEARING CHQ DEP GCB" with 004512 there). Either gives the serial key of a cheque (S:CHQ:<number without
 * leading zeros>), which the engine trusts only when a single open document carries it, as any serial. Other numbers
 * on a cheque line are not its number: a branch, a deposit slip, a card's digits ("CHEQUE CARD PURCHASE … 4587*2231"
 * is a card). A books number column holding a number alone is not read as a cheque's: packages fill it with their
 * own receipt and voucher series, which a customer's cheque number meets by chance.
 */
const CHEQUE_WORD = /\b(CHQS?|CHEQUES?|CHECKS?|CHKS?)\b/i;
/** The cheque word, then its number as the first or second word after it (not a cheque card's). */
const CHEQUE_NUMBER =
  /\b(?:CHQS?|CHEQUES?|CHECKS?|CHKS?)\b(?!\s+CARD)(?:\s+(?!\d)[\w.]+)?\s+(?:NO\.?\s*)?(\d{3,8})(?![\w/.,:*-])/gi;
const BARE_NUMBER = /^\s*(\d{3,8})\s*$/;

const serial = (digits: string) => `S:CHQ:${digits.replace(/^0+(?=\d)/, '')}`;

/** The cheque serial keys of a bank line that names a cheque: the number after its word, and a bare reference. */
const NONE: readonly string[] = Object.freeze([]);

export function bankChequeKeys(
  narration: string | null | undefined,
  reference: string | null | undefined,
): readonly string[] {
  const text = narration ?? '';
  // most lines name no cheque: one scan for the word, before matchAll's copy of the pattern
  if (!CHEQUE_WORD.test(text)) return NONE;
  const out: string[] = [];
  for (const m of text.matchAll(CHEQUE_NUMBER)) {
    const k = serial(m[1]!);
    if (!out.includes(k)) out.push(k);
  }
  const bare = reference && !/\bCARD\b/i.test(text) ? BARE_NUMBER.exec(reference) : null;
  if (bare) {
    const k = serial(bare[1]!);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}
