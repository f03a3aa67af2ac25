/**
 * Cheque numbers written apart from their word. Banks print the number anywhere on a cheque line ("CHQ WDL 00471
 * CLEARING", "CHEQUE WITHDRAWAL 000318", "CLEARING CHQ DEP GCB" with 004512 in the reference column), and books keep
 * it alone in the reference or number column ("388" in GnuCash's Num, Dolibarr's cheque number), zeros dropped or not.
 * Both give the serial key of a cheque (S:CHQ:<number without leading zeros>), which the engine trusts only when a
 * single open document carries it, as any serial.
 */
const CHEQUE_WORD = /\b(CHQS?|CHEQUES?|CHECKS?|CHKS?)\b/i;
const STANDALONE_NUMBER = /(?<![\w/.,:-])(\d{3,8})(?![\w/.,:-])/g;
const BARE_NUMBER = /^\s*(\d{3,8})\s*$/;

const serial = (digits: string) => `S:CHQ:${digits.replace(/^0+(?=\d)/, '')}`;

/** The cheque serial keys of a bank line that names a cheque: every standalone number of its narration and reference. */
export function bankChequeKeys(narration: string | null | undefined, reference: string | null | undefined): string[] {
  const text = `${narration ?? ''} ${reference ?? ''}`;
  if (!CHEQUE_WORD.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(STANDALONE_NUMBER)) {
    const k = serial(m[1]!);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/** The cheque serial key of a books entry whose reference holds a number alone, or null. */
export function ledgerChequeKey(reference: string | null | undefined): string | null {
  const m = reference ? BARE_NUMBER.exec(reference) : null;
  return m ? serial(m[1]!) : null;
}
