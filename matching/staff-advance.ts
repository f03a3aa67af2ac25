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
