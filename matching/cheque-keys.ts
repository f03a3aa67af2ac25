/**
 * Cheque numbers written apart from their word. Banks print the number a word or two after it ("CHQ WDL 00471
 * CLEARING", "CHEQUE WITHDRAWAL 000318", "CLEARING CHQ DEP 00000245") or in the reference column of a line naming a
 * cheque ("CLEARING CHQ DEP GCB" with 004512 there). Either gives the serial key of a cheque (S:CHQ:<number without
 * leading zeros>), which the engine trusts only when a single open document carries it, as any serial. Other numbers
 * on a cheque line are not its number: a branch, a deposit slip, a card's digits ("CHEQUE CARD PURCHASE … 4587*2231"
 * is a card). A books reference holding a number alone ("388", "00000812") is read as a cheque's serial too: the
 * cheque register's number, written without the bank's zeros or with the package's own. Packages also fill that column
 * with their receipt and voucher series, which a cheque's number meets by chance; a serial decides nothing alone (a
 * single open document carrying it, and the amount settling it, as any serial).
 */
const CHEQUE_WORD = /\b(CHQS?|CHEQUES?|CHECKS?|CHKS?)\b/i;
/** The cheque word, then its number as the first or second word after it (not a cheque card's). */
const CHEQUE_NUMBER =
  /\b(?:CHQS?|CHEQUES?|CHECKS?|CHKS?)\b(?!\s+CARD)(?:\s+(?!\d)[\w.]+)?\s+(?:NO\.?\s*)?(\d{3,8})(?![\w/.,:*-])/gi;
const BARE_NUMBER = /^\s*(\d{3,8})\s*$/;
/**
 * A text writing a cheque's number after its word ("cheque 001233", "CHQ NO. 4512"): a cheque written or paid. Read
 * in the books, so in the languages books are kept in too (Afrikaans tjek, Dutch and French cheque or chèque, German
 * Scheck, Italian assegno, Finnish shekki, Norwegian sjekk), and their words for its number (no., nr., nro, n°, n.).
 */
export const WRITES_CHEQUE_NUMBER =
  /(?<![A-Za-z])(?:CHQ|CHEQUE|CH[EÈ]QUE|CHECK|TJEK|SCHECK|ASSEGNO|SHEKKI|SJEKK)(?![A-Za-z])\.?[\s-]*(?:(?:NO|NR|NRO|NUM|NUMERO|NÚMERO)(?![A-Za-z])\.?\s*|N[°º]\s*|N\.\s*)?(\d{3,})\b/i;

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

/** The cheque serial key of a books reference that is a number alone, or null. */
export function ledgerChequeKey(reference: string | null | undefined): string | null {
  const bare = reference ? BARE_NUMBER.exec(reference) : null;
  return bare ? serial(bare[1]!) : null;
}
