/**
 * Money lent to an employee ahead of pay: "SALARY ADVANCE", "SAL ADV", "STAFF ADVANCE", "ADVANCE ON SALARY", an IOU,
 * a staff or salary loan. Paid to the same person, often of the same amount as a month's pay, but not that pay.
 */
const STAFF_ADVANCE =
  /\b(?:(?:SALARY|SAL|STAFF|WAGES?|PAY)\s*(?:ADVANCE|ADV|LOAN)|ADVANCE\s+(?:ON|AGAINST)\s+(?:SALARY|PAY|WAGES?)|IOU)\b/i;

/** What the books write of an advance or a loan, in any wording. */
const BOOKED_ADVANCE = /\b(?:ADVANCES?|ADV|LOANS?|IOU|IMPREST)\b/i;

/**
 * The line says it lends an employee money ahead of pay and the entry does not say it is an advance or a loan (the
 * month's salary of the same person and amount): other money.
 */
export function advanceAgainstPay(lineText: string, entryText: string): boolean {
  return STAFF_ADVANCE.test(lineText) && !BOOKED_ADVANCE.test(entryText);
}

/** What an employee is paid for work: pay, an allowance, arrears of either, a bonus, overtime, a per diem. */
const STAFF_PAY = /\b(?:SALARY|SALARIES|WAGES?|ALLOWANCES?|ARREARS|BONUS|OVERTIME|PER\s+DIEM|STIPEND)\b/i;
/** What an employee is paid back: money they spent for the business. */
const REIMBURSED = /\bREIMBURS\w*|\bEXPENSES?\s+CLAIM\b|\bCLAIM\s+(?:FORM|REF|NO)\b/i;

/**
 * A payment out and the entry pay one person two kinds of money: pay ("SEPT FIELD ALLOWANCE ARREARS") against an
 * expense reimbursed ("Reimbursement - vehicle repairs"), or the other way round; the entry naming the line's kind too
 * (a travel allowance reimbursed) is no such pair. Same payee and amount, another payment. Money in is a customer's,
 * whose "reimbursement" pays the invoice recharging such costs.
 */
export function payAgainstReimbursement(amountMinor: number, lineText: string, entryText: string): boolean {
  if (amountMinor >= 0) return false;
  const linePay = STAFF_PAY.test(lineText);
  const lineBack = REIMBURSED.test(lineText);
  if (linePay === lineBack) return false;
  return linePay
    ? REIMBURSED.test(entryText) && !STAFF_PAY.test(entryText)
    : STAFF_PAY.test(entryText) && !REIMBURSED.test(entryText);
}
