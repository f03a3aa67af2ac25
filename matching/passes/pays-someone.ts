/**
 * Transfers that pay someone or come back: wages, taxes, statutory remittances, loans, rent, cheques, standing orders
 * and returned payments are "transfers" too, on either side; never the business's money moved between its own
 * accounts. A cheque account ("FNB Business Cheque", South Africa's current account) is an account, not a cheque.
 */
export const PAYS_SOMEONE =
  /\b(SALARY|SALARIES|PAYROLL|WAGES?|PAYE|TAX|VAT|WHT|KRA|FIRS|SARS|GRA|NSSF|NHIF|SHIF|PENSION|LOANS?|REPAYMENT|INTEREST|DIVIDEND|RENT|STANDING\s+ORDER|DEBIT\s+ORDER|CHQ|(?<!BUSINESS\s)CHEQUE(?!\s+(?:ACCOUNT|ACCT|ACC|A\/C))|CHECK|RETURNED|RETURN|REFUND|REVERSAL|RVSL|UNPAID|INVOICE|BILL|SUPPLIER|CUSTOMER)\b/i;
