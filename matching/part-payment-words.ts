/**
 * A payment saying it pays part of what is owed: "PART", "PART PYMT", "PART-PAYMENT", "PART 1", "PARTIAL" — not a spare
 * or motor part bought ("SPARE PART", "SPARE-PART PAYMENT", "AUTO PARTS"), nor part-time work ("PART-TIME WAGES"), nor
 * a delivery made in parts ("PART DELIVERY": its invoice is paid whole), nor a part number ("PART NO"). After a machine
 * sold on instalments ("BIKE PART PAYMENT", "FRIDGE PART PYMT") only a bare PART is the machine's part ("GENERATOR
 * PART", "PUMP PARTS"). Read before the gathering looks at a payer's larger items.
 */
const PART_PAYMENT =
  /(?<!\b(?:SPARE|SPARES|AUTO|MOTOR|BODY|CAR|ENGINE)[-\s]+)\bPART(?:[-\s]?(?:PAYMENT|PAYT|PMT|PYMT|PAID)\b|(?<!\b(?:GENERATOR|GEN|PUMP|MACHINE|VEHICLE|TRUCK|TRACTOR|BIKE|PRINTER|COMPUTER|PHONE|FRIDGE|COMPRESSOR)[-\s]+PART)(?:[-\s]?\d+)?\b(?![-\s]?(?:TIME|DELIVER(?:Y|IES)|SHIPMENT|SUPPL(?:Y|IES)|NO\b|NOS\b|NUMBER)))|\bPARTIAL(?:LY)?(?:\s+PAY(?:MENT|T)?)?\b/i;

/** A cheap first test (most narrations write no PART at all), then the words. */
export const saysPartPayment = (narration: string | null | undefined): boolean =>
  !!narration && /part/i.test(narration) && PART_PAYMENT.test(narration);
