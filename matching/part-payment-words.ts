/**
 * A payment saying it pays part of what is owed: "PART", "PART PYMT", "PART-PAYMENT", "PART 1", "PARTIAL" — not a part
 * of a machine bought ("SPARE PART", "SPARE-PART", "AUTO PARTS", "GENERATOR PART"), nor part-time work ("PART-TIME
 * WAGES"), nor a delivery made in parts ("PART DELIVERY": its invoice is paid whole), nor a part number ("PART NO").
 * Read before the gathering looks at a payer's larger items.
 */
const PART_PAYMENT =
  /(?<!\b(?:SPARE|SPARES|AUTO|MOTOR|BODY|CAR|ENGINE|GENERATOR|GEN|PUMP|MACHINE|VEHICLE|TRUCK|TRACTOR|BIKE|PRINTER|COMPUTER|PHONE|FRIDGE|COMPRESSOR)[-\s]+)\bPART(?:[-\s]?(?:PAYMENT|PAYT|PMT|PYMT|PAID|\d+))?\b(?![-\s]?(?:TIME|DELIVER(?:Y|IES)|SHIPMENT|SUPPL(?:Y|IES)|NO\b|NOS\b|NUMBER))|\bPARTIAL(?:LY)?(?:\s+PAY(?:MENT|T)?)?\b/i;

/** A cheap first test (most narrations write no PART at all), then the words. */
export const saysPartPayment = (narration: string | null | undefined): boolean =>
  !!narration && /part/i.test(narration) && PART_PAYMENT.test(narration);
