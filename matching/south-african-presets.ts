import type { Rule } from './rules.js';
import { bankOwnFeeRefundRule, bankOwnFeeRule } from './bank-own-fee.js';

/**
 * Built-in rules for bank-only lines on South African (ZAR) statements: the monthly account (management) fee,
 * transaction fees (payment, EFT, debit order, notification), cash fees (withdrawal, deposit, ATM), interest. They run
 * after the user's rules, only on ZAR lines; `presets.southAfricanBankCharges: false` turns them off. Amounts are cents.
 * Patterns are anchored at the start of the narration, where banks name their own fees; FNB writes a "#" before its own.
 */
/**
 * What may follow a bank's own fee words when the rule reads more of them: its channel and fee words, dates, months,
 * short numbers and a count at a price ("(8 X R5.50)"), and nothing that names a payee.
 */
const TAIL =
  '(\\s+(EFT|IB|ONLINE|INTERNET|RTC|ACB|PAYSHAP|FEES?|CHARGES?|\\(\\d+(\\s+ITEMS?)?\\)|\\(\\d+\\s*[X@×]\\s*R?\\s*\\d+([.,]\\d+)?\\)|[A-Z]{0,4}\\d[A-Z\\d]*|\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?|(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*))*\\s*$';

/**
 * The payment channels, and the bank's services in Afrikaans statements: cash deposit, batch payment, monthly, service,
 * account, card, withdrawal, debit order, payment, notification.
 */
const CHANNELS = [
  'PAYSHAP',
  'RTC',
  'ACB',
  ...'KONTANTDEPOSITO KONTANT BONDELBETALING MAANDELIKSE MAANDELIKS DIENS REKENING KAART ONTTREKKING DEBIETORDER BETALING KENNISGEWING'.split(
    ' ',
  ),
];
/** Afrikaans statements' fee words. */
const AFRIKAANS_FEE_WORDS = ['FOOI', 'FOOIE', 'DIENSFOOI', 'DIENSGELD', 'KOSTE'];

export function southAfricanBankChargePresets(): Rule[] {
  const fee = '(?:FEES?|CHARGES?|CHG)';
  const currency = 'ZAR';
  return [
    // before the reversal rule: the bank's refund of its own fee needs no person
    // (Afrikaans: TERUGBETALING a repayment, TERUGSKRYWING a writing back)
    bankOwnFeeRefundRule(currency, 'za-bank-fee-refund', 100_000, CHANNELS, AFRIKAANS_FEE_WORDS, [
      'TERUGBETALING',
      'TERUGSKRYWING',
    ]),
    {
      id: 'za-reversal',
      name: 'Reversal of an earlier transaction (needs a person to pair it)',
      when: { currency, narrationRegex: '^\\s*#?\\s*(REVERSAL|RVSL|REVERSED)\\b' },
      then: { ledgerAccount: 'Suspense:Reversals', category: 'reversal', autoConfirm: false },
    },
    {
      id: 'za-monthly-account-fee',
      name: 'Monthly account, management or service fee',
      when: {
        currency,
        narrationRegex: `^\\s*#?\\s*(MONTHLY |ACCOUNT |ACC |ADMIN )*(ACCOUNT|ACC|MANAGEMENT|MNGT|SERVICE|ADMIN(ISTRATION)?|ANALYSIS)\\s*${fee}\\b`,
        direction: 'debit',
        amountMaxMinor: 500_000,
      },
      then: { ledgerAccount: 'Bank charges:Account fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'za-cash-fee',
      name: 'Cash withdrawal, cash deposit and ATM fees',
      when: {
        currency,
        narrationRegex: `^\\s*#?\\s*(CASH|ATM)\\b.*${fee}\\b`,
        direction: 'debit',
        amountMaxMinor: 100_000,
      },
      then: { ledgerAccount: 'Bank charges:Cash fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      // a cash deposit fee is a share of the cash (over 1% at some banks): a large deposit's is thousands of rand, so
      // it is read only worded as nothing else ("CASH DEPOSIT FEE"; not "CASH CONNECT … SAFE RENTAL FEE")
      id: 'za-cash-deposit-fee',
      name: 'Cash deposit and withdrawal fees on large sums',
      when: {
        currency,
        narrationRegex: `^\\s*#?\\s*(CASH|ATM)\\s+(CASH\\s+)?(DEPOSIT|DEP|WITHDRAWAL|WDL|HANDLING)\\s+${fee}${TAIL}`,
        direction: 'debit',
        amountMaxMinor: 1_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Cash fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'za-transaction-fee',
      name: 'Transaction fees: payment, EFT, debit order, internet banking, notification (SMS)',
      when: {
        currency,
        // the bank's words before its fee; with a channel's word first ("EFT PAYMENT FEE", "IB PAYMENT FEE") nothing but
        // the bank's own words, dates and numbers may follow (not "IB PAYMENT FEES JUN LITTLE LAMBS", a crèche paid)
        narrationRegex: `^\\s*#?\\s*(PAYMENT|EFT|IMMEDIATE PAYMENT|DEBIT ORDER|TRANSACTION|TRANSFER|(SMS\\s+)?NOTIFIC(ATION)?S?|SMS|PREPAID)?\\s*${fee}\\b|^\\s*#?\\s*((PAYMENT|PMT|EFT|ELECTRONIC|IMMEDIATE|DEBIT|CREDIT|ORDER|TRANSACTION|TRANSFER|INTERNET|ONLINE|BANKING|IB|RTC|ACB|PAYSHAP)\\s+){2,3}${fee}${TAIL}`,
        direction: 'debit',
        amountMaxMinor: 100_000,
      },
      then: { ledgerAccount: 'Bank charges:Transaction fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      // FNB marks its own charges with a leading "#" ("#Int Pymt Fee", "#Value Added Serv Fees", "#Cash Dep Fee")
      id: 'za-marked-fee',
      name: 'Bank fee marked "#" by the bank',
      when: { currency, narrationRegex: `^\\s*#.*\\b${fee}`, direction: 'debit', amountMaxMinor: 1_000_000 },
      then: { ledgerAccount: 'Bank charges:Transaction fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      // the VAT a bank posts apart from its fee ("VAT ON CASH DEPOSIT FEE", "VAT ON CHARGES")
      id: 'za-vat-on-fee',
      name: "VAT on the bank's fees, posted as its own line",
      when: {
        currency,
        narrationRegex: `^\\s*#?\\s*VAT\\s+(ON\\s+)?([A-Z.&/]+\\s+){0,5}${fee}${TAIL}`,
        direction: 'debit',
        amountMaxMinor: 100_000,
      },
      then: { ledgerAccount: 'Taxes:VAT on bank charges', category: 'vat', autoConfirm: true },
    },
    {
      id: 'za-interest',
      name: 'Interest received',
      when: {
        currency,
        // and in Afrikaans statements: KREDIETRENTE, RENTE (interest, credit interest); the "#" with
        // its own spaces after it, so a run of spaces is read one way only (a narration of spaces in linear time)
        narrationRegex:
          '^\\s*(?:#\\s*)?(CREDIT )?INTEREST\\b|^\\s*(?:#\\s*)?INT[./]?\\s*(PAID|CR|CREDIT)\\b|^\\s*(?:#\\s*)?(KREDIET\\s*)?RENTE\\b',
        direction: 'credit',
      },
      then: { ledgerAccount: 'Income:Interest received', category: 'interest', autoConfirm: true },
    },
    bankOwnFeeRule(currency, 'za-bank-own-fee', 100_000, CHANNELS, [], AFRIKAANS_FEE_WORDS),
  ];
}
