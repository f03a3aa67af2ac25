/**
 * How banks write the line that undoes another: "RVSL", "REVERSAL OF", "REVERSED", "RETURNED", "FAILED TRANSFER", and
 * South African banks' "UNPAID" for a debit order or payment the other bank sent back, and "EFT REJECTED" (REJECTED
 * only after the payment's word: "REJECTED CEMENT REFUND" is goods sent back, a refund). One list for the engine's
 * reversal pairs and the statement's grouping of a bank-only line as a reversal. RTD only before a cheque ("RTD CHQ"):
 * alone it is as likely a name's initials ("RTD MOTORS").
 */
export const REVERSAL_WORDS =
  /\b(?:REVERSAL|REVERSED|REVERSE|RVSL|RVS|REV|RETURNED|RETURN|RTN|RTD(?=\s+(?:CHQ|CHEQUE|CHECK)\b)|DISHONOU?RED|BOUNCED|FAILED|UNSUCCESSFUL|UNPAID|REJECTED(?<=\b(?:EFT|PAYMENT|TRANSFER|TRF|ORDER)\s+REJECTED))\b/i;

/** A reversal word in the text (narration and reference are tested apart: the words never span the two). */
export const saysReversal = (text: string | null | undefined): boolean => !!text && REVERSAL_WORDS.test(text);
