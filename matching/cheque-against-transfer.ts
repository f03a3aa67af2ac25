import type { PreparedBank, PreparedLedger } from './prepared.js';
import { WRITES_CHEQUE_NUMBER, bankChequeKeys, ledgerChequeKey } from './cheque-keys.js';
import { CHEQUE } from './same-amounts.js';

/**
 * A payment out the books hold as a cheque they wrote, and a line that is a transfer naming no cheque: a cheque leaves
 * the bank as that cheque presented, so the transfer is another payment, to the same payee or one of a like name
 * ("GIP DR OPTICAL WORLD VENTURES/DISPLAY STANDS" against "Lenzenvloeistof – cheque 100248" for Optical World Ltd,
 * not yet presented). The entry is a cheque when its reference is one ("CHQ 100248"), or its number alone and the
 * description writes it after the cheque's word ("Fencing wire – cheque 001233", 001233) or begins with the word
 * as the package's kind of transaction ("Check — Welding of trailer frame", 100561), or the description begins with
 * the cheque and its number ("Chq 000117 - payment for preforms"); a cheque named only as a memo
 * ("Replaces stale cheque 001233") is none.
 */
export function chequeAgainstTransfer(b: PreparedBank, l: PreparedLedger): boolean {
  if (b.sign > 0) return chequeLodgedAgainstTransfer(b, l);
  if (!isChequeWritten(l.entry.reference, l.entry.description)) return false;
  const said = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
  if (TRANSFER_OUT.test(said) && !CHEQUE.test(said)) return true;
  // another cheque presented: the line's cheque number is not the one the books wrote ("CHQ 000349 CASH WITHDRAWAL"
  // against cheque 000351 to a supplier, not yet presented)
  const presented = bankChequeKeys(b.line.narration, b.line.reference);
  const written =
    ledgerChequeKey(l.entry.reference) ?? ledgerChequeKey(WRITES_CHEQUE_NUMBER.exec(l.entry.reference ?? '')?.[1]);
  return presented.length > 0 && written !== null && !presented.includes(written);
}

/**
 * The same for money in: a customer's cheque the books hold as lodged, its number opening the description ("Chq 004417
 * lodged"), clears as that cheque, so a transfer in from the same customer naming no cheque ("ACH CR AWUTU SENYA DIST
 * ASSEMBLY 2025 RETENTION RELEASE", "EFT FROM MUSINGU HIGH SCHOOL … ORDER DEPOSIT") is other money.
 */
function chequeLodgedAgainstTransfer(b: PreparedBank, l: PreparedLedger): boolean {
  if (!chequeOpens(l.entry.description)) return false;
  const said = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
  return TRANSFER_OUT.test(said) && !CHEQUE.test(said);
}

/** The description opens with the cheque and its number, not one cancelled or paid otherwise. */
function chequeOpens(description: string | null | undefined): boolean {
  if (!description) return false;
  const opening = WRITES_CHEQUE_NUMBER.exec(description);
  return opening !== null && /^\s*$/.test(description.slice(0, opening.index)) && !NOT_PRESENTED.test(description);
}

function isChequeWritten(reference: string | null | undefined, description: string | null | undefined): boolean {
  // the description opening with the cheque and its number ("Chq 000117 - payment for preforms, inv PP/7802"): the
  // cheque written, whatever the reference holds (here the invoice it pays)
  if (chequeOpens(description)) return true;
  if (!reference) return false;
  if (WRITES_CHEQUE_NUMBER.test(reference)) return true;
  const number = ledgerChequeKey(reference);
  if (number === null) return false;
  // the package's kind of transaction written first ("Check — Welding of trailer frame", "Cheque: haulage"), the
  // number in the reference: a cheque, unless the description says it went by transfer (QuickBooks' Check form used
  // for a NIP payment)
  if (CHEQUE_FIRST.test(description ?? '') && !TRANSFER_OUT.test(description ?? '')) return true;
  const written = WRITES_CHEQUE_NUMBER.exec(description ?? '');
  return written !== null && ledgerChequeKey(written[1]) === number;
}

/**
 * A cheque the books say was not paid as written: cancelled, stopped or replaced, or paid some other way ("paid
 * online", "paid by MoMo"); CASH or ONLINE alone may be a payee's name ("Adom Cash & Carry", "Online Hub Ltd").
 */
const NOT_PRESENTED =
  /\b(?:CANCELL?ED|VOID(?:ED)?|STOPPED|REPLACED|STALE)\b|\b(?:PAID|SENT|SETTLED)\s+(?:(?:BY|VIA|IN|THROUGH|WITH)\s+)?(?:ONLINE|MOMO|M-?PESA|PAYSHAP|CASH|EFT|TRANSFER|ACH|GIP|NIP|RTGS|PESALINK)\b/i;

/** A description that begins with the cheque's word and a separator: the kind of transaction, as packages write it. */
const CHEQUE_FIRST = /^\s*(?:CHQ|CHEQUE|CH[EÈ]QUE|CHECK|TJEK|SCHECK|ASSEGNO|SHEKKI|SJEKK)\s*(?:[—–:|]|-\s|$)/i;

/**
 * A payment worded as a transfer (a rail's or a channel's word), out or in, or out as a debit order the payee collects
 * ("ACB DEBIT LIBERTY LIFE POL 8830215", a standing or stop order): no cheque presented.
 */
const TRANSFER_OUT =
  /\b(EFT|NIP|TRF|TRANSFER|RTGS|PESALINK|M-?PESA|B2C|B2B|GIP|ACH|NEFT|INSTANT|IB|INTERNET\s+BANKING|ACB\s+DEBIT|DEBIT\s+ORDER|DEBICHECK|NAEDO|DIRECT\s+DEBIT|STANDING\s+ORDER|STOP\s+ORDER)\b/i;
