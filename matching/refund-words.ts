/**
 * A bank line saying money was paid back ("IBRAHIM ROOFING/OVERBILLED REFUND", "REBATE", "OVERCHARGE RETURNED"): it
 * comes from someone the business paid, not from a customer paying an invoice.
 */
export const REFUND = /\b(?:REFUND(?:ED|S)?|REBATE|OVER-?(?:CHARGE|BILLED|PAYMENT)\s+RETURNED)\b/i;

/**
 * The books saying an entry is money paid back, in the languages they are kept in (English, Afrikaans terugbetaling,
 * Dutch terugbetaling, German Rückerstattung or Erstattung, French remboursement, Spanish and Portuguese reembolso,
 * Italian rimborso, Swedish återbetalning, Danish and Norwegian refusion, Finnish palautus or hyvitys).
 */
export const BOOKED_REFUND =
  /\b(?:REFUND(?:ED|S)?|REBATE|CREDIT\s+NOTE|TERUGBETALING|R[UÜ]CKERSTATTUNG|ERSTATTUNG|REMBOURSEMENT|REEMBOLSO|RIMBORSO|REFUSION|PALAUTUS|HYVITYS)|[ÅA]TERBETALNING/i;

/**
 * An entry for an invoice of the business's: an invoice word, in the languages books are kept in, then its number
 * ("Invoice 2291", "INV NPS-2291", "Lasku ABH-0883", "Rechnung RE-4524", "factuur 7149").
 */
export const INVOICE_NUMBERED =
  /\b(?:INV|INVOICE|INVC|SI|FAC|FACT|FACTURE|FAKTURA|FACTUUR|FATURA|FACTURA|FATTURA|RECHNUNG|LASKU)\b[\s.#:/-]*(?:NO\b[\s.:#]*)?(?:[A-Z]{1,5}[-/]?)?\d{2,}/i;
