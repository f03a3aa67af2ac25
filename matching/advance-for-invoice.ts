import type { PreparedBank, PreparedLedger } from './prepared.js';
import { INVOICE_NUMBERED } from './refund-words.js';
import { seriesOf } from './series-numbers.js';

/**
 * Money paid ahead of any document, worded so: an advance ("ADVANCE", "IN ADV", "ADV PAYMENT"; ADV alone is as often an
 * advert's), or a deposit held against keys, damage or a purchase ("CAUTION DEPOSIT", "SECURITY DEPOSIT", a memo
 * beginning "DEPOSIT FOR …", "DEPOSIT SHOP 6" or naming a contract, order or booking within three words ("deposit new
 * branch contract", "DEPOSIT ON ORDER"); not "CASH DEPOSIT", "ATM DEPOSIT ON …", "AGENT DEPOSIT FOR …", the channel the
 * money came by, nor "DEPOSIT ON BEHALF OF …" or "DEPOSIT NEW HORIZON PHARMACY", a payer's).
 */
const ADVANCE =
  /\bADVANCE\b|\bIN\s+ADV\b|\bADV\.?\s+(?:PAYMENT|PMT|PYMT|FOR)\b|\b(?:CAUTION|SECURITY|REFUNDABLE)\s+DEPOSIT\b|(?:^|[/:\-–—]\s*|\bACC\s+)DEPOSIT\s+(?:FOR|TOWARDS|(?:[A-Z]+\s+){0,3}(?:CONTRACT|ORDER|BOOKING|RESERVATION|LEASE)|SHOP|PLOT|UNIT|FLAT|HSE|HOUSE|ROOM|STALL|OFFICE|APT|STAND|ERF)\b/i;
/** the books' own words for an advance or deposit invoice */
const ADVANCE_BOOKED = /\b(?:MOBILI[SZ]ATION|DEPOSIT|DOWN\s*PAYMENT|PRE-?PAYMENT|PROFORMA|PRO-FORMA)\b/i;

/**
 * A customer's advance or deposit against an entry for a document the business raised ("INV GPB-0436 …", its number
 * alone, or any document the entry names), unless the entry says it is the advance or deposit itself or the word is the
 * payer's name's ("Advance Logistics Ltd"). Whatever the two share besides (the payer, the unit or plot both name), the
 * money is not that document's.
 */
export function advanceForInvoice(b: PreparedBank, l: PreparedLedger): boolean {
  if (b.sign < 0 || !ADVANCE.test(`${b.line.narration ?? ''} ${b.line.reference ?? ''}`)) return false;
  const booked = `${l.entry.description ?? ''} ${l.entry.reference ?? ''}`;
  if (ADVANCE.test(booked) || ADVANCE_BOOKED.test(booked) || ADVANCE.test(l.entry.party ?? '')) return false;
  return INVOICE_NUMBERED.test(booked) || seriesOf(booked) !== null || l.namesDocument;
}
