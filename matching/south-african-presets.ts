import type { Rule } from './rules.js';

/**
 * Built-in rules for bank-only lines on South African (ZAR) statements: the monthly account (management) fee,
 * transaction fees (payment, EFT, debit order, notification), cash fees (withdrawal, deposit, ATM), interest. They run
 * after the user's rules, only on ZAR lines; `presets.southAfricanBankCharges: false` turns them off. Amounts are cents.
 * Patterns are anchored at the start of the narration, where banks name their own fees; FNB writes a "#" before its own.
 */
export function southAfricanBankChargePresets(): Rule[] {
  const fee = '(?:FEES?|CHARGES?|CHG)';
  const currency = 'ZAR';
  return [
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
        narrationRegex: `^\\s*#?\\s*(MONTHLY |ACCOUNT |ACC |ADMIN )*(ACCOUNT|ACC|MANAGEMENT|MNGT|SERVICE|ADMIN)\\s*${fee}\\b`,
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
        // a cash deposit fee is a share of the cash (over 1% at some banks): a large deposit's is thousands of rand
        amountMaxMinor: 1_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Cash fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'za-transaction-fee',
      name: 'Transaction fees: payment, EFT, debit order, internet banking, notification (SMS)',
      when: {
        currency,
        narrationRegex: `^\\s*#?\\s*((PAYMENT|EFT|IMMEDIATE|DEBIT|ORDER|TRANSACTION|TRANSFER|NOTIFIC(ATION)?|SMS|PREPAID|INTERNET|ONLINE|IB|RTC|ACB|PAYSHAP)\\s+){0,3}${fee}\\b`,
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
      id: 'za-interest',
      name: 'Interest received',
      when: {
        currency,
        narrationRegex: '^\\s*#?\\s*(CREDIT )?INTEREST\\b|^\\s*#?\\s*INT\\.?\\s*(PAID|CR|CREDIT)\\b',
        direction: 'credit',
      },
      then: { ledgerAccount: 'Income:Interest received', category: 'interest', autoConfirm: true },
    },
  ];
}
