import type { Rule } from './rules.js';

/**
 * The tax a bank withheld on the interest it credited ("WHT ON CREDIT INTEREST JUL 2026", "WITHHOLDING TAX ON
 * INTEREST"), one country's: never the company's own remittance of tax it withheld on a lender's interest, which names
 * a transfer, a loan or the revenue service it is paid to (`remittedTo`: "FIRS", "KRA", a payment number's "PRN").
 */
export function interestWithholdingRule(currency: string, id: string, remittedTo: readonly string[]): Rule {
  const remitted = ['REMIT\\w*', 'TRF', 'TRANSFER', 'LOAN', ...remittedTo].join('|');
  return {
    id,
    name: 'Withholding tax on interest credited',
    when: {
      currency,
      narrationRegex: `^\\s*(WHT|W\\.H\\.T\\.?|WITHHOLDING TAX)\\b(?!.*\\b(${remitted})\\b).*\\bINTEREST\\b`,
      direction: 'debit',
    },
    then: { ledgerAccount: 'Taxes:Withholding tax on interest', category: 'tax', autoConfirm: true },
  };
}
