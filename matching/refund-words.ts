/**
 * A bank line saying money was paid back ("IBRAHIM ROOFING/OVERBILLED REFUND", "REBATE", "OVERCHARGE RETURNED", a
 * loan repaid, French remboursement, Portuguese and Spanish reembolso): it comes from someone the business paid or
 * lent to, not from a customer paying an invoice.
 */
export const REFUND =
  /\b(?:REFUND(?:ED|S)?|REBATE|OVER-?(?:CHARGE|BILLED|PAYMENT)\s+RETURNED|LOAN\s+REPAY(?:MENT)?|REMBOURSEMENT|REEMBOLSO)\b/i;

/**
 * The books saying an entry is money paid back, returned or credited, in the languages they are kept in (English,
 * Afrikaans and Dutch terugbetaling or kredietnota, German Rückerstattung, Erstattung or Gutschrift, French
 * remboursement or avoir, Spanish reembolso, Portuguese reembolso, estorno or nota de crédito, Italian rimborso,
 * Swedish återbetalning, Danish tilbagebetaling or refusion, Finnish palautus or hyvitys, Arabic استرداد).
 */
export const BOOKED_REFUND =
  /\b(?:REFUND(?:ED|S)?|REBATE|RETURN(?:ED|S)?|OVERPAYMENT|CREDIT\s+(?:NOTE|MEMO)|TERUGBETALING|KREDIETNOTA|R[UÜ]CKERSTATTUNG|ERSTATTUNG|GUTSCHRIFT|REMBOURSEMENT|AVOIR|REEMBOLSO|ESTORNO|NOTA\s+DE\s+CR[EÉ]DITO|RIMBORSO|REFUSION|TILBAGEBETALING|PALAUTUS|HYVITYS)|[ÅA]TERBETALNING|استرداد/i;

/**
 * An entry for an invoice of the business's: an invoice word, in the languages books are kept in, then its number
 * ("Invoice 2291", "INV NPS-2291", "Lasku ABH-0883", "Rechnung RE-4524", "factuur 7149").
 */
export const INVOICE_NUMBERED =
  /\b(?:INV|INVOICE|INVC|SI|FAC|FACT|FACTURE|FAKTURA|FACTUUR|FATURA|FACTURA|FATTURA|RECHNUNG|LASKU)\b[\s.#:/-]*(?:NO\b[\s.:#]*)?(?:[A-Z]{1,5}[-/]?)?\d{2,}/i;
