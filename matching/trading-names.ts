import { normalizeName } from './counterparty.js';
import { isCommonNameWord, isTradeWord } from './scoring.js';

const TRADING_AS = /^(.+?)\s+(?:t\/a|t\.a\.|trading\s+as)\s+(.+)$/i;
const IN_BRACKETS = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/;
/** Two parties on one document, set apart by a spaced slash: a sale's purchaser and seller, a tenant and guarantor. */
const JOINT = /^(.+?)\s+\/\s+(.+)$/;
/**
 * What a bookkeeper writes after a party's slash for what the entry is for or which of its accounts ("Kofi Mensah /
 * Salary Advance", "Julius Berger / Accounts Payable"): no second party, and another's advance is not this one's.
 */
const NOT_A_PARTY = new Set(
  'ADVANCE ALLOWANCE SALARY SALARIES WAGES LOAN LOANS STAFF DEPOSIT RENT REFUND ACCOUNT ACCOUNTS PAYABLE RECEIVABLE RETENTION IMPREST FLOAT REIMBURSEMENT'.split(
    ' ',
  ),
);

/** A legal form or a company's word: the part naming it is a business, not one of two people. */
const COMPANY =
  /\b(?:LTD|LIMITED|PLC|INC|PTY|CC|LLC|LLP|CO|COMPANY|CORP(?:ORATION)?|HOLDINGS|GROUP|ENTERPRISES?|INDUSTRIES|NIG|NIGERIA|GHANA|KENYA|SA|TRADING|SERVICES|VENTURES)\b/i;

/**
 * The names a party trades under besides its full name: a sole trader booked as "Wanjiru Mwangi t/a Shiru Hardware"
 * or "Abena Owusu (Owusu Pharmacy)" is paid from and written as either ("OWUSU PHARMACY", "EFT-IN SHIRU HARDWARE").
 * Each name, normalised, must be two words or more with one of five letters or more that is no place or common word:
 * "Shoprite Ghana (Accra Mall)" trades under no "ACCRA MALL" (a branch), and a name in brackets only when it names
 * a trade. Two parties a document names ("N Pillay / Z Mahlangu", a purchaser and a seller) are each a name it is paid
 * under. Empty for most names.
 */
export function tradingNamesOf(name: string | null | undefined): string[][] {
  if (!name) return [];
  const tradingAs = TRADING_AS.exec(name);
  const joint = tradingAs ? null : JOINT.exec(name);
  const parts = tradingAs ?? joint ?? IN_BRACKETS.exec(name);
  if (!parts) return [];
  const out: string[][] = [];
  for (const part of parts.slice(1, 3)) {
    const words = normalizeName(part);
    if (words.length >= 2 && words.some((w) => w.length >= 5 && !isCommonNameWord(w))) out.push(words);
  }
  // brackets hold many things (a branch, an employer, a contact, "Staff Loan"): a trading name only when it names a
  // trade ("(Owusu Pharmacy)")
  if (!tradingAs && !joint && !out[1]?.some(isTradeWord)) return [];
  if (joint && out.some((words) => words.some((w) => NOT_A_PARTY.has(w)))) return [];
  // a company and its contact ("Okon Freight Ltd / Musa Ibrahim"): the company is the party, the contact anyone's name
  if (joint && (COMPANY.test(joint[1]!) || COMPANY.test(joint[2]!) || out.some((words) => words.some(isTradeWord))))
    return [];
  return out.length === 2 ? out : [];
}

/** Words a narration writes just before a payer's name: the channel and its direction, nothing naming anyone. */
const LEADS = new Set(
  'FROM FRM TO CR DR IN OUT TRF TRANSFER CREDIT DEBIT PAYMENT BY EFT ACH GIP RTGS NIP PESALINK MOMO INTERNAL INSTANT PAY'.split(
    ' ',
  ),
);

/**
 * Whether the payer field is one of the names the party trades under, or, with no payer field, the narration writes
 * one with nothing naming anyone just before it: "GEORGE OTIENO TRANSPORT" is George's business, not Peter Otieno t/a
 * Otieno Transport. A payer field naming someone else makes the narration's words a mere mention.
 */
export function tradingNameWritten(
  names: readonly (readonly string[])[],
  payer: readonly string[],
  words: readonly string[],
  similar: (a: readonly string[], b: readonly string[]) => boolean,
): boolean {
  if (payer.length > 0) return names.some((n) => similar(payer, n));
  for (const n of names)
    for (let i = 0; i + n.length <= words.length; i++) {
      let k = 0;
      while (k < n.length && words[i + k] === n[k]) k++;
      if (k === n.length && (i === 0 || LEADS.has(words[i - 1]!))) return true;
    }
  return false;
}
