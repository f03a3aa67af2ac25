import type { Rule } from './rules.js';
import { bankOwnFeeRefundRule, bankOwnFeeRule } from './bank-own-fee.js';
import { interestWithholdingRule } from './interest-withholding.js';
import { STANDING_ORDER_CHARGE } from './standing-order-charge.js';

/**
 * Built-in rules for bank-only lines on Ghanaian (GHS) statements, in the style of the Nigerian presets: they run
 * after the user's rules, only on GHS lines; `presets.ghanaianBankCharges: false` turns them off, and a caller can copy
 * this list, edit it and pass it as user rules. Amounts are pesewas. Patterns are anchored at the start of the
 * narration, where banks name their own charges, so a supplier transfer whose memo says "charges" is not taken for one.
 */
export function ghanaianBankChargePresets(): Rule[] {
  const fee = '(?:CHARGES?|CHG|FEES?|COMM(?:ISSION)?)';
  const currency = 'GHS';
  const channels = ['GIP', 'MOMO', 'EZWICH'];
  return [
    // before the reversal rule: the bank's refund of its own fee needs no person
    bankOwnFeeRefundRule(currency, 'gh-bank-fee-refund', 50_000, channels),
    {
      id: 'gh-reversal',
      name: 'Reversal of an earlier transaction (needs a person to pair it)',
      when: { currency, narrationRegex: '^\\s*(REVERSAL|RVSL|REVERSED)\\b' },
      then: { ledgerAccount: 'Suspense:Reversals', category: 'reversal', autoConfirm: false },
    },
    {
      id: 'gh-e-levy',
      name: 'Electronic transfer levy (E-levy) on electronic transfers',
      when: {
        currency,
        narrationRegex: '^\\s*(E-?LEVY|ELECTRONIC (MONEY )?TRANSFER LEVY)\\b',
        direction: 'debit',
        amountMaxMinor: 10_000_000,
      },
      then: { ledgerAccount: 'Taxes:E-levy', category: 'levy', autoConfirm: true },
    },
    {
      id: 'gh-transfer-charge',
      name: 'Transfer and cheque clearing charges (GIP, ACH, RTGS, mobile money, bank to wallet, instant pay, bulk payment, inward transfer, standing order; cheque clearing)',
      when: {
        currency,
        // a channel and its direction may both come first ("ACH OUTWARD CHARGES SEP 2025 (8 ITEMS)"); a salary upload's
        // charge is a bulk payment's ("SALARY UPLOAD CHARGES (31 X 1.50)")
        narrationRegex: `^\\s*(?:(?:GIP|ACH|RTGS|MOMO|MOBILE MONEY|INSTANT(?: PAY)?|BANK TO WALLET|WALLET TO BANK|INTERBANK|INWARD|OUTWARD|E-?ZWICH) ){0,2}(TRANSFER |TRF |TRANSACTION |TXN )?${fee}\\b|^\\s*BULK (PAYMENT |TRANSFER )?(CHARGES?|CHG|FEES?)\\b|^\\s*SALARY (UPLOAD|BULK|PAYMENT) (CHARGES?|CHG|FEES?)\\b|^\\s*(CHQ |CHEQUE )(CLEARING |BOOK (?:ISSUE |ISSUANCE |REQUEST )?)?${fee}\\b|${STANDING_ORDER_CHARGE}`,
        direction: 'debit',
        amountMaxMinor: 50_000,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'gh-sms-alert',
      name: 'SMS alert charges',
      when: {
        currency,
        narrationRegex: `^\\s*(SMS|ALERT)\\b.*${fee}|^\\s*SMS ALERTS?\\b`,
        direction: 'debit',
        amountMaxMinor: 50_000,
      },
      then: { ledgerAccount: 'Bank charges:SMS alerts', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'gh-account-fees',
      name: 'Account maintenance, ledger and monthly service fees (COT)',
      when: {
        currency,
        narrationRegex: `^\\s*(MONTHLY |ACCOUNT |ACCT |A/C )*(MAINTENANCE|MAINT|SERVICE|LEDGER|ACCOUNT|ACCT|COT)\\b.*${fee}|^\\s*(COT|COMMISSION\\s+ON\\s+TURNOVER)\\b`,
        direction: 'debit',
        amountMaxMinor: 500_000,
      },
      then: { ledgerAccount: 'Bank charges:Account maintenance', category: 'bank-charge', autoConfirm: true },
    },
    interestWithholdingRule(currency, 'gh-wht-interest', ['GRA']),
    {
      id: 'gh-interest',
      name: 'Interest received',
      when: {
        currency,
        narrationRegex: '^\\s*(CREDIT )?INTEREST\\b|^\\s*INT[./]?\\s*(PAID|CR|CREDIT)\\b',
        direction: 'credit',
      },
      then: { ledgerAccount: 'Income:Interest received', category: 'interest', autoConfirm: true },
    },
    bankOwnFeeRule(currency, 'gh-bank-own-fee', 50_000, channels),
  ];
}
