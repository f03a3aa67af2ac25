/**
 * A standing order's own charge, as Ghanaian and Kenyan banks abbreviate it ("S/O CHARGE", "STO CHARGE", "STANDING
 * ORDER CHARGE"): the fee word and nothing after it but the bank's id or a date (the rules read the reference after
 * the narration). A standing order paying commission, fees or charges to someone names them after it ("STO COMMISSION
 * JANE WANJIRU", "STO CHARGES KAMAU ESTATE MGMT"): no bank charge.
 */
export const STANDING_ORDER_CHARGE = String.raw`^\s*(?:STANDING\s+ORDER|S/O|STO)\s+(?:CHARGES?|CHG|FEES?)(?:\s+[A-Z]{0,4}\d[A-Z\d/.-]*)*\s*$`;
