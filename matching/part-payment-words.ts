/**
 * A payment saying it pays part of what is owed: "PART", "PART PYMT", "PART-PAYMENT", "PART 1", "PARTIAL" — not a spare
 * or motor part bought ("SPARE PART", "SPARE-PART", "AUTO PARTS"), nor part-time work ("PART-TIME WAGES"). Read before
 * the gathering looks at a payer's larger items.
 */
const PART_PAYMENT =
  /(?<!\b(?:SPARE|SPARES|AUTO|MOTOR|BODY|CAR|ENGINE)[-\s]+)\bPART(?:[-\s]?(?:PAYMENT|PAYT|PMT|PYMT|PAID|\d+))?\b(?![-\s]?TIME)|\bPARTIAL(?:LY)?(?:\s+PAY(?:MENT|T)?)?\b/i;

/** A cheap first test (most narrations write no PART at all), then the words. */
export const saysPartPayment = (narration: string | null | undefined): boolean =>
  !!narration && /part/i.test(narration) && PART_PAYMENT.test(narration);
