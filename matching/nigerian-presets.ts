import type { Rule } from './rules.js';
import { bankOwnFeeRefundRule, bankOwnFeeRule } from './bank-own-fee.js';
import { interestWithholdingRule } from './interest-withholding.js';

/**
 * Built-in rules for bank-only lines on Nigerian statements. They run after the user's rules, so a user rule with
 * the same condition overrides them; `presets.nigerianBankCharges: false` turns them all off, and a caller can copy
 * this list, edit it and pass it as user rules. Amounts are kobo.
 */
export function nigerianBankChargePresets(): Rule[] {
  // naira lines only, as each country's presets are its currency's: a Ghanaian line writing VAT or a levy is no
  // Nigerian bank's charge
  const currency = 'NGN';
  // a transfer to someone: a payee after TO or IFO (not a date range's "TO 31-MAY-2025"), a transfer word other than
  // the one charged for ("VAT ON COMM NIP TRF", "NIP TRANSFER FEE"), or the payee set apart by slashes or hyphens after the channel ("NIP DR/OKON FREIGHT/…",
  // "MOB TRF-GIG LOGISTICS-…", "GIG LOGISTICS/ ZENITH BANK — …")
  const PAID_TO_SOMEONE = String.raw`.*\b(?:TO|IFO)\b(?!\s*\d)|.*(?<!\b(?:ON|COMM\w*|FEES?|CHARGES?|CHGS?)\s+(?:NIP\s+)?)\b(?:TRF|TFR|TRANSFER)\b(?!\s+(?:FEES?|CHARGES?|CHGS?|COMM\w*|VAT)\b)|.*\b(?:NIP|MOB)\s*(?:DR|CR)?\s*[\/-]|.*\/\s*[A-Z]+\s+BANK\b`;
  const fee = 'FEE|CHARGE|CHG|COMM(?:ISSION)?';
  return [
    // before the reversal rule: the bank's refund of its own fee needs no person
    bankOwnFeeRefundRule(currency, 'ng-bank-fee-refund', 1_000_000, ['NIP']),
    {
      id: 'ng-reversal',
      name: 'Reversal of an earlier transaction (needs a person to pair it)',
      when: { currency, narrationRegex: '\\b(REVERSAL|RVSL|REVERSED)\\b' },
      then: { ledgerAccount: 'Suspense:Reversals', category: 'reversal', autoConfirm: false },
    },
    {
      id: 'ng-emtl',
      name: 'Electronic money transfer levy: ₦50 on receipts of ₦10,000 or more',
      when: {
        currency,
        narrationRegex: '\\bEMTL\\b|\\bEMT\\s*LEVY\\b|ELECTRONIC MONEY TRANSFER LEVY|E-?LEVY',
        direction: 'debit',
        amountMinMinor: 5000,
        amountMaxMinor: 5000,
      },
      then: { ledgerAccount: 'Taxes:Electronic money transfer levy', category: 'levy', autoConfirm: true },
    },
    {
      // some banks debit a month's, a week's or a day's levies in one line ("ELECTRONIC MONEY TRANSFER LEVY MAR 2025 49
      // ITEMS", "… LEVY - 3 CREDITS", "… LEVY X4", "… LEVY 02-06-2025")
      id: 'ng-emtl-month',
      name: "Electronic money transfer levy: a month's ₦50 levies in one debit",
      when: {
        currency,
        // the bank's own debit, the levy named first: a transfer paying levies over ("NIP TRF TO FIRS EMTL REMITTANCE")
        // is no levy charged
        narrationRegex:
          '^\\s*(EMTL|EMT\\s*LEVY|ELECTRONIC MONEY TRANSFER LEVY)\\b(?!.*\\b(REMIT\\w*|TRF|TRANSFER TO|TO FIRS|FIRS)\\b).*\\b(\\d+\\s*(ITEMS?|CREDITS?|RECEIPTS?|TXNS?)|COUNT|X\\s*\\d+|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\\s*\\d{2,4})\\b',
        direction: 'debit',
        amountMinMinor: 5000,
        amountMaxMinor: 5_000_000,
      },
      then: { ledgerAccount: 'Taxes:Electronic money transfer levy', category: 'levy', autoConfirm: true },
    },
    {
      id: 'ng-stamp-duty',
      name: 'Stamp duty ₦50',
      when: {
        currency,
        narrationRegex: 'STAMP\\s*DUTY|\\bSTMP\\b',
        direction: 'debit',
        amountMinMinor: 5000,
        amountMaxMinor: 5000,
      },
      then: { ledgerAccount: 'Taxes:Stamp duty', category: 'levy', autoConfirm: true },
    },
    {
      // a day's or a month's ₦50 duties in one debit, counted or dated ("STAMP DUTY ON INFLOWS 02/04/2026 X2"); a
      // transfer paying duty over, or the duty on a document named (a tenancy agreement, a lease), is no duty charged
      id: 'ng-stamp-duty-batch',
      name: 'Stamp duty: several ₦50 duties in one debit',
      when: {
        currency,
        narrationRegex:
          '^\\s*(STAMP\\s*DUTY|STMP)\\b(?!.*\\b(REMIT\\w*|TRF|TRANSFER TO|TO FIRS|FIRS|AGREEMENTS?|LEASES?|DEEDS?|TENANCY|CONTRACTS?|ASSIGNMENT|INSTRUMENTS?|POLICY|SHARES)\\b).*\\b(X\\s*\\d+|\\d+\\s*(ITEMS?|CREDITS?|INFLOWS|RECEIPTS?|TXNS?)|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\\s*\\d{2,4})\\b',
        direction: 'debit',
        amountMinMinor: 5000,
        amountMaxMinor: 5_000_000,
      },
      then: { ledgerAccount: 'Taxes:Stamp duty', category: 'levy', autoConfirm: true },
    },
    ...(
      [
        [1075, '₦10.75'],
        [2688, '₦26.88'],
        [5375, '₦53.75'],
      ] as const
    ).map(([kobo, label]): Rule => ({
      id: `ng-nip-fee-${kobo}`,
      name: `NIP transfer fee ${label} (VAT inclusive)`,
      when: {
        currency,
        narrationRegex: `\\bNIP\\b|TRANSFER|TRF|${fee}`,
        direction: 'debit',
        amountMinMinor: kobo,
        amountMaxMinor: kobo,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    })),
    // the same three bands before VAT, when the bank posts the charge and its VAT as two lines ("NIP CHARGES" ₦50)
    ...(
      [
        [1000, '₦10'],
        [2500, '₦25'],
        [5000, '₦50'],
      ] as const
    ).map(([kobo, label]): Rule => ({
      id: `ng-nip-charge-${kobo}`,
      name: `NIP transfer charge ${label} before VAT`,
      when: {
        currency,
        narrationRegex: `^\\s*NIP\\s*(TRF\\s*|TRANSFER\\s*)?(${fee})S?\\b|^\\s*(${fee})S?\\s+ON\\s+NIP\\b`,
        direction: 'debit',
        amountMinMinor: kobo,
        amountMaxMinor: kobo,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    })),
    {
      // the bank's charges on NEFT transfers named as nothing else ("NEFT TRANSFER CHARGE"), and a month's NIP charges
      // together at so much each ("NIP TRANSFER CHARGES AUG 2025 (14 @ 53.75)"): only a month, a year or the count at a
      // price may follow. A single NIP charge is read only at its bands (above): ₦30 "NIP CHARGES" is none of them
      id: 'ng-transfer-charges',
      name: 'NEFT transfer charges, and a month of NIP charges together',
      when: {
        currency,
        narrationRegex:
          '^\\s*NEFT\\s+((TRANSFER|TRF)\\s+)?(CHARGES?|FEES?|CHGS?)(\\s+((JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*|\\d{4}|\\(\\d+\\s*[X@×]\\s*\\d+([.,]\\d+)?\\)))*\\s*$' +
          '|^\\s*NIP\\s+((TRANSFER|TRF)\\s+)?(CHARGES?|FEES?|CHGS?)(\\s+((JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*|\\d{4}))*\\s+\\(\\d+\\s*[X@×]\\s*\\d+([.,]\\d+)?\\)\\s*$',
        direction: 'debit',
        amountMaxMinor: 5_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      // one charge for a bulk transfer, of so much per beneficiary ("BULK PAYMENT CHARGE 42 BENEFICIARIES", "… - 26
      // ITEMS", "… 23 X 50.00", "… 23 @ 53.75"): the bank's own debit, the charge named first; a commission paid in
      // bulk is agents' pay, not the bank's
      id: 'ng-bulk-payment-charge',
      name: 'Bulk payment charge',
      when: {
        currency,
        narrationRegex: `^\\s*BULK\\s+(PAYMENT|TRANSFER|TRF|NIP|UPLOAD)?\\s*(FEE|CHARGE|CHG)S?\\b(\\s+(\\(?\\d+\\s+(BENEFICIARIES|ITEMS|RECORDS|TXNS)\\)?|-\\s*\\d+\\s+(BENEFICIARIES|ITEMS|RECORDS|TXNS)|\\d+\\s*[X@×]\\s*\\d+(?:[.,]\\d+)?|[A-Z]{0,4}-?\\d[A-Z\\d/-]*|(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*))*\\s*$`,
        direction: 'debit',
        amountMaxMinor: 5_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Transfer fees', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'ng-vat-on-fees',
      name: 'VAT at 7.5% on bank fees',
      when: {
        currency,
        // the bank's VAT on its own charge, VAT first or after the charge ("VAT ON SMS ALERT", "NIP CHG VAT"), never VAT
        // on a supplier's invoice or fee paid by transfer, whose layouts set the payee apart by a slash ("NIP DR/OKON
        // FREIGHT/ACCESS/VAT BAL INV 0451", "GIG LOGISTICS/ ZENITH BANK — delivery fee + VAT"; A/C aside) nor a VAT return paid to the
        // revenue service ("NIP TRF TO FIRS VAT MAY 2025 TIN …", "VAT PAYMENT JUNE 2025"); "VAT ON BULK
        // PAYMENT CHARGES" and "REMITA CONVENIENCE FEE + VAT" are the bank's
        narrationRegex: `^(?!${PAID_TO_SOMEONE}|.*\\b(FIRS|IRS|REMITTANCE|RETURNS?|REFUND|TIN|INV|INVOICE|BILL|BAL)\\b)(?!.*\\bVAT\\s+(PAYMENT|PAYT|PMT|REMIT))(?!.*\\b(PAYMENT|PMT)\\s+(OF\\s+)?VAT\\b)(?:\\s*VAT\\b|.*\\b(?:FEES?|CHARGES?|CHGS?|COMM(?:ISSION)?|AMF|COT|TURNOVER|ITEMS?)\\s*(?:\\+|&|AND|-|\\(|INCL(?:USIVE)?(?:\\s+OF)?)?\\s*VAT\\b)`,
        direction: 'debit',
        amountMaxMinor: 500_000,
      },
      then: { ledgerAccount: 'Taxes:VAT on bank charges', category: 'vat', autoConfirm: true },
    },
    {
      id: 'ng-sms-alert',
      name: 'SMS alert charges',
      when: {
        currency,
        // the bank's alerts, never SMS units bought from a bulk SMS company (a transfer's payee set apart by a slash)
        narrationRegex: `^(?!${PAID_TO_SOMEONE}|.*\\bBULK[-\\s]?SMS\\b|.*\\bSMS\\s+UNITS?\\b)(?:.*\\bSMS\\b.*(ALERT|${fee})|.*ALERT\\s*(${fee}))`,
        direction: 'debit',
        amountMaxMinor: 1_000_000,
      },
      then: { ledgerAccount: 'Bank charges:SMS alerts', category: 'bank-charge', autoConfirm: true },
    },
    {
      id: 'ng-account-maintenance',
      name: 'Account maintenance fee (COT)',
      when: {
        currency,
        // the fee by its name, not MAINTENANCE anywhere, and never a transfer to someone ("NIP TRF TO GBENGA ADEYEMI
        // A/C MAINTENANCE" pays for an air conditioner's servicing, "… GEN MAINTENANCE FEE" a generator's)
        narrationRegex: `^(?!.*\\b(?:NIP|TRF|TFR|TRANSFER)\\b)(?:.*?)(?:\\bMAINT(?:ENANCE|\\.)?\\s*(?:FEES?|CHGS?|CHARGES?)\\b|\\b(?:ACCOUNT|ACCT|A/C)\\s+MAINT(?:ENANCE|\\.)?(?![A-Z])|\\bAMF\\b|\\bCOT\\b)`,
        direction: 'debit',
        amountMaxMinor: 10_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Account maintenance', category: 'bank-charge', autoConfirm: true },
    },
    {
      // a month's COT, ₦1 per ₦1,000 of a busy account's debits, passes ₦100,000: only in the bank's own words for it,
      // as a facility's or a generator's "MAINTENANCE CHARGES" of ₦450,000 is a supplier's bill
      id: 'ng-account-maintenance-large',
      name: 'Account maintenance fee (COT) of a busy account',
      when: {
        currency,
        narrationRegex: `^(?!.*\\b(?:NIP|TRF|TFR|TRANSFER)\\b)(?:.*?)(?:\\b(?:ACCOUNT|ACCT|A/C)\\s+MAINT(?:ENANCE|\\.)?(?![A-Z])|\\bAMF\\b|\\bCOT\\b)`,
        direction: 'debit',
        amountMaxMinor: 100_000_000,
      },
      then: { ledgerAccount: 'Bank charges:Account maintenance', category: 'bank-charge', autoConfirm: true },
    },
    // remitted to a state's revenue service (LIRS, OGIRS) or the federal one
    interestWithholdingRule(currency, 'ng-wht-interest', ['FIRS', '\\w*IRS']),
    {
      id: 'ng-interest',
      name: 'Interest received',
      // the bank's interest: named first, or earned, credited or paid on a line that is no transfer ("Kuda — Interest
      // earned on Spend+Save"); a transfer naming interest ("NIP FRM CHIDI OKAFOR INTEREST FREE LOAN REPAYMENT") is
      // someone's money
      when: {
        currency,
        narrationRegex:
          '^\\s*(CREDIT )?INTEREST\\b|^\\s*INT[./]?\\s*(PAID|CR|CREDIT)\\b|^(?!.*\\b(NIP|TRF|TFR|FRM|FROM|TRANSFER)\\b).*\\bINTEREST\\s+(EARNED|CREDITED|CREDIT|PAID|CAPITALI[SZ]ED)\\b',
        direction: 'credit',
      },
      then: { ledgerAccount: 'Income:Interest received', category: 'interest', autoConfirm: true },
    },
    // payment gateways' own charges on the account holder ("REMITA CONVENIENCE FEE", "QUICKTELLER CONVENIENCE FEE")
    bankOwnFeeRule(currency, 'ng-bank-own-fee', 1_000_000, [], ['REMITA', 'QUICKTELLER']),
  ];
}
