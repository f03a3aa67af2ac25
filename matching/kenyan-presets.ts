import type { Rule } from './rules.js';
import { bankOwnFeeRefundRule, bankOwnFeeRule } from './bank-own-fee.js';
import { interestWithholdingRule } from './interest-withholding.js';
import { STANDING_ORDER_CHARGE } from './standing-order-charge.js';

/**
 * Built-in rules for bank-only lines on Kenyan (KES) statements: transfer charges (PesaLink, RTGS, EFT, M-PESA and
 * other mobile transfers), excise duty on those fees, SMS and monthly fees, interest. They run after the user's rules,
 * only on KES lines; `presets.kenyanBankCharges: false` turns them off. Amounts are cents. Patterns are anchored at the
 * start of the narration so a supplier transfer whose memo mentions charges is not taken for a bank fee.
 */
export function kenyanBankChargePresets(): Rule[] {
  const fee = '(?:CHARGES?|CHG|FEES?|COMM(?:ISSION)?)';
  const currency = 'KES';
  // EAZZYBIZ: Equity Bank's business banking, its monthly fee
  const channels = ['PESALINK', 'MPESA', 'PAYBILL', 'TILL', 'EAZZYBIZ', 'FOSA'];
  return [
    // before the reversal rule: the bank's refund of its own fee needs no person
    bankOwnFeeRefundRule(currency, 'ke-bank-fee-refund', 200_000, channels),
    {
      id: 'ke-reversal',
      name: 'Reversal of an earlier transaction (needs a person to pair it)',
      when: { currency, narrationRegex: '^\\s*(REVERSAL|RVSL|REVERSED)\\b' },
      then: { ledgerAccount: 'Suspense:Reversals', category: 'reversal', autoConfirm: false },
    },
    {
      id: 'ke-excise-duty',
      name: 'Excise duty on bank fees',
      when: { currency, narrationRegex: '^\\s*EXCISE\\s*(DUTY|DTY)\\b', direction: 'debit', amountMaxMinor: 100_000 },
      then: { ledgerAccount: 'Taxes:Excise duty', category: 'levy', autoConfirm: true },
    },
    {
      id: 'ke-excise-duty-bulk',
      name: 'Excise duty on bulk payment charges',
      when: {
        currency,
        // a fifth of a bulk batch's charges ("EXCISE DUTY B2C BULK CHARGES"), larger than on one transfer's fee; a
        // business's own excise duty paid to KRA names no bulk charge
        narrationRegex: `^\\s*EXCISE\\s*(DUTY|DTY)\\s+(ON\\s+)?((B2C|B2B|M-?PESA)\\s+)?BULK\\s+((PAYMENT|TRANSFER|EFT)\\s+)?${fee}\\b`,
        direction: 'debit',
        amountMaxMinor: 1_000_000,
      },
      then: { ledgerAccount: 'Taxes:Excise duty', category: 'levy', autoConfirm: true },
    },
    {
      id: 'ke-transfer-charge',
      name: 'Transfer and cheque charges: PesaLink, RTGS, EFT, M-PESA, pay bill and mobile transfers, standing orders, cheque processing',
      when: {
        currency,
        narrationRegex: `^\\s*((PESALINK|RTGS|EFT|SWIFT|M-?PESA|MOBILE|B2C|B2B|PAY ?BILL|CUSTOMER)\\s+){0,2}((TRANSFER OF FUNDS|TRANSFER|TRF|TRANSACTION|TXN|WITHDRAWAL|PAYMENT)\\s*)?${fee}\\b|^\\s*(CHQ|CHEQUE)\\s+(PROCESSING|CLEARING|BOOK(?:\\s+(?:ISSUE|ISSUANCE|REQUEST))?|COLLECTION)\\s+${fee}\\b|${STANDING_ORDER_CHARGE}`,
        direction: 'debit',
        amountMaxMinor: 300_000,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'ke-bulk-charge',
      name: 'Bulk and tax payment charges',
      when: {
        currency,
        // read only with nothing after the charge but dates, short numbers, its count and the bank's own id ("BULK
        // PAYMENT CHARGES 30 ITEMS", "BULK EFT CHARGES (112) MEB918049044", "EFT BATCH CHARGES 312 @ 30.00"; not "BULK PAYMENT COMMISSION JUNE
        // 254722…", an agent's commission paid)
        narrationRegex: `^\\s*((B2C|B2B|M-?PESA|EFT|PESALINK|RTGS)\\s+)?(BULK|BATCH|KRA|ITAX|TAX)\\s+((PAYMENT|TRANSFER|TRF|EFT|PESALINK|RTGS)\\s*)?(CHARGES?|CHG|FEES?)(\\s+(\\(?\\d+\\s+(ITEMS?|BENEFICIARIES|RECORDS|TXNS|PAYMENTS)\\)?|\\(\\d+\\)|@|[A-Z]{0,4}\\d[A-Z\\d]*|\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?|(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*))*\\s*$`,
        direction: 'debit',
        // charged per item, tens of shillings each: a batch of a few hundred items ("B2C BULK CHARGES 412 @ 33.00",
        // KES 13,596); the other transfer charges stay under KES 3,000
        amountMaxMinor: 5_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'ke-sms-alert',
      name: 'SMS alert charges',
      when: {
        currency,
        narrationRegex: `^\\s*(SMS|ALERT)\\b.*${fee}|^\\s*SMS ALERTS?\\b`,
        direction: 'debit',
        amountMaxMinor: 100_000,
      },
      then: { ledgerAccount: 'Bank charges:SMS alerts', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'ke-account-fees',
      name: 'Monthly account, ledger and service fees',
      when: {
        currency,
        narrationRegex: `^\\s*(MONTHLY |ACCOUNT |ACCT |A/C |FOSA (?=(?:LEDGER|MAINTENANCE|SERVICE) ))*(MAINTENANCE|MAINT|SERVICE|LEDGER|ACCOUNT|ACCT)\\b.*${fee}`,
        direction: 'debit',
        amountMaxMinor: 1_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Account maintenance', category: 'bank-charge', autoConfirm: true },
    },
    // paid over to KRA through iTax, by its payment number (a PRN)
    interestWithholdingRule(currency, 'ke-wht-interest', ['KRA', 'ITAX', 'PRN']),
    {
      id: 'ke-interest',
      name: 'Interest received',
      when: {
        currency,
        narrationRegex: '^\\s*(CREDIT )?INTEREST\\b|^\\s*INT[./]?\\s*(PAID|CR|CREDIT)\\b',
        direction: 'credit',
      },
      then: { ledgerAccount: 'Income:Interest received', category: 'interest', autoConfirm: true },
    },
    bankOwnFeeRule(currency, 'ke-bank-own-fee', 200_000, channels),
  ];
}
