import { BANK_SHORT_NAMES } from './bank-names.js';
import type { Rule } from './rules.js';

/**
 * The words a bank writes around its own fee: the service charged for ("IMMEDIATE TRF", "RTGS INWARD", "BUSINESS PAY
 * BILL", "RETURNED CHEQUE"), never a payee's or a customer's. Each bank words its fee lines its own way, and no list of
 * whole wordings keeps up; a debit that says nothing but these words and a fee word is the bank's charge whatever the
 * order.
 */
const SERVICE_WORDS = [
  'ACCOUNT ACCT ACH ALERT ANALYSIS ATM BANK BATCH BILL BULK BUSINESS CARD CASH CHEQUE CHQ CLEARING COLLECTION COUNTER DEBIT',
  'DEPOSIT DIGITAL DOMESTIC EFT ELECTRONIC FOREX FX HANDLING IMMEDIATE INSTANT INTERBANK INTERNATIONAL INTERNET INWARD LOCAL',
  'MANAGEMENT MERCHANT MOBILE MONEY NOTIFICATION ONLINE ORDER OUTWARD PAY PAYMENT PAYMENTS PROCESSING RETURNED RTGS',
  'SALARY SERVICE SMS STANDING STATEMENT SWIFT TO TRANSACTION TRANSFER TRF TT TXN USSD WALLET WITHDRAWAL WDL',
  // a telegraphic transfer's commission ("INWARD TT COMMISSION"), a disputed debit order's fee ("DEBIT ORDER DISPUTE FEE")
  'DISPUTE',
  // what the bank sells the account holder beside payments: a card, a token, a statement, the account (a cheque book
  // and the hardware token are phrases of their own, in bankOwnFeeRule)
  'BANKING CONVENIENCE E-STATEMENT ISSUANCE ISSUE MAINTENANCE MONTHLY REPLACEMENT REQUEST TOKEN UNPAID',
  // an ATM network's words for whose machine it was: the bank's own, another bank's, a remote one of its own
  'REMOTE ON-US NOT-ON-US',
  // a payment processor's or wallet's services ("Payout fees 15 x R2.30", "Monthly platform fee")
  'PAYOUT PAYOUTS PLATFORM',
].join(' ');

const FEE_WORDS = 'FEES?|CHARGES?|CHGS?|COMMISSION|COMM';
/**
 * What may follow the fee word, up to three of: a month (and its year) or a date; the bank's own id, letters then
 * digits (FT2547268488, CLR35645813), or digits alone up to eight (a cheque's serial, a batch's number: 959074); a
 * count ("(15)", "X4", "- 26 ITEMS", "23 X 50.00", "23 @ 53.75", "50 LEAVES"). Nine digits and more may be a phone or
 * account number, a payee's, in all four countries.
 */
const COUNTED = 'ITEMS?|TXNS?|TRANSACTIONS?|BENEFICIARIES|RECORDS|CREDITS?|DEBITS?|LEAVES|LEAF|LVS';
const TAIL_ITEM = [
  '(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*(?:\\s*(?:[-/]\\s*)?\\d{2,4})?',
  // the bank's own batch, or the cheque the fee was charged on ("… 18 ITEMS BATCH 7781", "CLEARING COMMISSION CHQ
  // 000731")
  '(?:BATCH|BTCH|CHQ|CHEQUE)\\s*(?:NO\\.?\\s*)?\\d{1,8}(?![-\\s]*\\d)',
  '\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}',
  '[A-Z]{1,4}\\d[A-Z\\d/-]*',
  // a longer letter prefix only before six digits or more, a core system's id ("RMCHG251010", "BLKCHG251027")
  '[A-Z]{5,6}\\d{6,}',
  // a processor's own id, its kind's letters and an underscore first ("pbb_7f3a21c9", "fee_m_202603")
  '[A-Z]{1,4}_[A-Z\\d_]*\\d[A-Z\\d_]*',
  // one serial: a number cut into groups ("2903-4581-2277", a Remita RRR; "0803 114 5278") is a payee's
  `\\d{4,8}(?![-\\s]*\\d{3,}(?!\\s*(?:${COUNTED}|[X×@])))`,
  '\\(\\d+\\)',
  '[X×]\\s*\\d+',
  `\\d+\\s*(?:${COUNTED})`,
  // a count at a price, the price perhaps with its currency ("23 @ 53.75", "15 x R2.30", "2 X N150")
  '\\d+\\s*[X×@]\\s*(?:[A-Z]{1,3}\\s?)?\\d+(?:[.,]\\d+)?',
  // the VAT charged on the fee, with it ("BULK TRANSFER CHARGE 9 X 50 + VAT")
  '(?:\\+|&)\\s*VAT',
].join('|');
const TAIL = `(?:\\s*(?:[-|]\\s*)?(?:${TAIL_ITEM})(?![A-Z\\d])){0,3}`;

/**
 * The transfer the fee was charged on, after the fee word and a bar, dash or colon ("Transfer Fee | Transfer to DUGBE
 * PLATE MAKERS", as wallets write their fee lines): the payee is the transfer's, the line the bank's fee on it.
 */
// (to the end of the text, and at most 80 characters: nothing after it to try, so no input makes it slow)
const CHARGED_ON = `(?:\\s*[|:–—-]\\s*(?:TRANSFER|TRF|PAYMENT)\\s+TO\\s+[A-Z0-9&.,'/ -]{1,80}$)?`;

/**
 * A payment gateway's own fee: its name and at most one word of its service ("REMITA CONVENIENCE FEE", "REMITA
 * PAYMENT CHARGE"), perhaps with the gateway's own reference after it ("REMITA SERVICE CHARGE 310744129983", its
 * twelve-digit RRR). More words are what was paid through it ("REMITA PAYMENT CARD REPLACEMENT FEE", an ID card's, to
 * the state).
 */
const gatewayFee = (gateways: readonly string[]) =>
  `(?:${gateways.join('|')})\\s+(?:(?:CONVENIENCE|PROCESSING|PAYMENT|SERVICE|TRANSACTION)\\s+)?(?:${FEE_WORDS})(?:\\s+\\d{10,14}(?!\\d))?`;

/**
 * The fee word first, then a colon and the service charged for ("SASFIN FEE: EFT PAYMENT", "FEE: CASH DEPOSIT"), as
 * some banks head their own lines. After the bank's short name (BANK_SHORT_NAMES) one service word is enough, the
 * account's keeping among them ("SASFIN FEE: MONTHLY ADMIN"); without it two, since a payer heads a payment of fees or
 * commission so ("Commission: payment"), and an "ADMIN FEE" is as often a school's or an estate's as the bank's.
 */
const feeFirst = (words: string, fees: string) => {
  const named = `(?:${words}|ADMIN|ADMINISTRATION)`;
  return (
    `(?:${BANK_SHORT_NAMES.join('|')})\\s+(?:${fees})\\s*:\\s*${named}(?:\\s+${named}){0,4}` +
    `|(?:${fees})\\s*:\\s*(?:${words})(?:\\s+(?:${words})){1,4}`
  );
};

/** A cheque book by its leaves, with or without a fee word ("CHEQUE BOOK ISSUANCE 50 LVS"): the bank's, always. */
const CHEQUE_BOOK = `(?:CHEQUE|CHQ)\\s+BOOKS?\\s+(?:(?:ISSUANCE|ISSUE|REQUEST)\\s+)?(?:(?:${FEE_WORDS})\\s+)?(?=\\d+\\s*(?:LEAVES|LVS|LEAF)\\b)`;

/** The rules bankOwnFeeRule made: read from their words alone, they give way to a bill the books hold of the amount. */
const madeHere = new WeakSet<Rule>();

/** Whether the rule is one bankOwnFeeRule made (rule-pass.ts offers it, not posts it, beside a bill of its amount). */
export const isBankOwnFeeRule = (rule: Rule): boolean => madeHere.has(rule);

/**
 * The line's counterparty field names a payee, not the bank: a bank's own lines carry nothing there, a bank's name
 * ("ACCESS BANK", "KUDA MFB"), or the one word the narration opens with ("Kuda" beside "Kuda — Transfer fee"). A
 * payee's name beside its bank, after a slash or a dash either way round, is the payee's.
 */
export function fieldNamesPayee(
  counterparty: string | null | undefined,
  narration: string | null | undefined,
): boolean {
  // the payee and its bank as two parts, either way round ("SAFEGUARD CASH LOGISTICS - ZENITH BANK", "ZENITH
  // BANK/SAFEGUARD CASH LOGISTICS"): a part that is no bank's names the payee
  return (counterparty ?? '').split(/\/|\s[-–—]\s/).some((part) => {
    const words = part
      .toUpperCase()
      .split(/[^A-Z0-9]+/)
      .filter((w) => w.length > 0);
    if (words.length === 0 || words.some((w) => BANK_WORDS.has(w))) return false;
    return !(words.length === 1 && (narration ?? '').toUpperCase().trimStart().startsWith(words[0]!));
  });
}

const BANK_WORDS = new Set(['BANK', 'MFB', 'MICROFINANCE']);

/** The service words a fee line may name, the country's own channels with them. */
function serviceWords(channels: readonly string[]): string {
  // hardware only as the bank's token ("HARDWARE MAINTENANCE FEE" is an IT supplier's), a book only as a cheque book
  // ("BOOK FEES 2026" is a school's)
  // "PAY BY BANK" a processor's service by its name (Pay by bank fee pbb_…), never BY alone ("FEES BY JOHN")
  return [
    ...SERVICE_WORDS.split(' '),
    'HARDWARE\\s+TOKEN',
    '(?:CHEQUE|CHQ)\\s+BOOKS?',
    'PAY\\s+BY\\s+BANK',
    ...channels,
  ].join('|');
}

/** The fee words, with the country's other language's ("EFT FOOI", "MAANDELIKSE DIENSFOOI": Afrikaans statements). */
const feeWordsOf = (feeWords: readonly string[]): string =>
  feeWords.length > 0 ? `${FEE_WORDS}|${feeWords.join('|')}` : FEE_WORDS;

/**
 * The rule for one country's lines: up to five service words, then a fee word, and nothing after it but a count in
 * brackets ("SMS Notification Fee (41)") or service words in brackets ("ATM WDL CHARGE (REMOTE ON-US)"), then up to two of a month (with its year), a year, or the bank's own
 * transaction id, which a core banking system writes in the narration or the reference field the rules read with it
 * ("ACH BULK PAYMENT CHARGE (38)" with reference FT2547268488, "ACCOUNT ANALYSIS CHARGES SEP 2025"); a word without a
 * digit after the fee word (a payee, "TRANSFER FEE JOHN") is no id. The bank's own name may come first, set off by an
 * em dash ("Kuda — Transfer fee"), or the "#" some banks mark their charges with. At most `maxMinor`: a fee, not a
 * payment. `channels` are the country's own payment channels ("GIP", "PESALINK"): another country's channel names no
 * service on its lines. `gateways` are payment gateways whose own fee is read in its few words only (gatewayFee).
 * `feeWords` are the fee words of the country's other statement language, beside the English ones.
 */
export function bankOwnFeeRule(
  currency: string,
  id: string,
  maxMinor: number,
  channels: readonly string[],
  gateways: readonly string[] = [],
  feeWords: readonly string[] = [],
): Rule {
  const words = serviceWords(channels);
  const gateway = gateways.length > 0 ? `|${gatewayFee(gateways)}` : '';
  const fees = feeWordsOf(feeWords);
  const rule: Rule = {
    id,
    name: "The bank's own fee, in the bank's words only",
    when: {
      currency,
      // after the fee word a count in brackets, or service words ("ATM WDL CHARGE (REMOTE ON-US)")
      narrationRegex: `^\\s*#?\\s*(?:[A-Z][A-Z&]*\\s+—\\s+)?(?:(?:(?:${words})(?:\\s*/\\s*|\\s+)){1,5}(?:${fees})\\s*(?:\\((?:(?:${words})\\s*){1,3}\\))?${CHARGED_ON}|${feeFirst(words, fees)}|${CHEQUE_BOOK}${gateway})${TAIL}\\s*$`,
      direction: 'debit',
      amountMaxMinor: maxMinor,
    },
    then: { ledgerAccount: 'Bank charges:Bank fees', category: 'bank-charge', autoConfirm: true },
  };
  madeHere.add(rule);
  return rule;
}

/** The words a bank writes for taking back what it took. */
const REFUND_WORDS = 'REVERSAL|RVSL|REVERSED|REV|REFUND|REFUNDED';

/**
 * The bank giving back its own fee ("REVERSAL NIP TRANSFER CHARGE+VAT", "REVERSAL | Transfer Fee", "SMS ALERT CHARGES
 * REFUND", "REVERSAL OF COT"): a credit of the bank's fee words only, the refund word before or after them. It is the
 * fee account's, as the fee was, and needs no person; a refund naming anyone else ("REVERSAL NIP TRF FRM …", "REFUND
 * FROM …") is money of that someone, and the reversal presets after this rule take it. A fee and its refund both on the
 * statement are paired before the rules (the reversal pass), so this takes only a refund whose fee went before.
 * `refundWords` are the refund words of the country's other statement language.
 */
export function bankOwnFeeRefundRule(
  currency: string,
  id: string,
  maxMinor: number,
  channels: readonly string[],
  feeWords: readonly string[] = [],
  refundWords: readonly string[] = [],
): Rule {
  const words = serviceWords(channels);
  const refund = [REFUND_WORDS, ...refundWords].join('|');
  // the VAT on the fee with it or alone ("… CHARGE+VAT", "VAT ON SMS ALERT CHARGES"); COT and AMF are fees by name
  const fee = `(?:VAT\\s+(?:ON\\s+)?)?(?:(?:${words})(?:\\s*/\\s*|\\s+)){0,5}(?:${feeWordsOf(feeWords)}|COT|AMF)(?:\\s*(?:\\+|&|AND)\\s*VAT)?`;
  // each run of spaces read one way only (never "\s*X?\s*"), so a narration of 20,000 spaces is read in linear time
  const gap = '\\s*(?:[|:–—-]\\s*)?';
  const rule: Rule = {
    id,
    name: "The bank's refund of its own fee, in the bank's words only",
    when: {
      currency,
      narrationRegex: `^\\s*(?:#\\s*)?(?:(?:${refund})(?:\\s+OF)?${gap}${fee}|${fee}${gap}(?:${refund}))${TAIL}\\s*$`,
      direction: 'credit',
      amountMaxMinor: maxMinor,
    },
    then: { ledgerAccount: 'Bank charges:Bank fees', category: 'bank-charge', autoConfirm: true },
  };
  madeHere.add(rule);
  return rule;
}
