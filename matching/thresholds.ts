/**
 * Every number the engine decides with, in one place. Weights are evidence: a pair's confidence is their sum (capped
 * at 1). Limits bound the work one line can cause. Change them here, never inline.
 */

/**
 * Evidence weights. A reference hit with the exact amount reaches the default auto-confirm threshold (0.9) on its own.
 * Without a reference nothing reaches it from amount, name and date alone (0.3 + 0.15 + 0.1): the counterparty and
 * settlement passes add their own evidence (sole_candidate) only after checking that no rival exists on either side.
 */
export const WEIGHTS = {
  reference: 0.6,
  amountExact: 0.3,
  amountWithinTolerance: 0.28,
  amountOver: 0.25,
  /** short by a plausible deduction (a levy, a transfer fee, a merchant service charge) beyond the tolerance */
  amountShortDeduction: 0.2,
  amountPartial: 0.05,
  /** a part of the entry, the line saying it pays a part ("… PART PMT"): a reading to offer a person */
  amountPartialStated: 0.1,
  counterpartyAccount: 0.15,
  counterpartyName: 0.12,
  date: 0.1,
  splitSum: 0.3,
  splitSumWithinTolerance: 0.25,
  counterpartyConflict: -0.2,
  /**
   * no reference, but the only candidate on both sides for a clearly named counterparty; with the least such a match
   * can have (exact 0.3, party 0.108, date 3 days out 0.0625) it still reaches the 0.9 threshold
   */
  soleCandidate: 0.45,
  /** the reference names exactly one open document and no other bank line quotes it: a name conflict cannot undo it */
  soleReference: 0.2,
  /** a settlement naming the terminal id and the sales date the books carry */
  settlement: 0.6,
  /**
   * a rule classifies the line as a bank charge and the books hold the one open entry of that amount close by: with an
   * exact amount and a date 3 days out (0.3 + 0.0625) it reaches the 0.9 threshold
   */
  ruleBooked: 0.55,
  /**
   * the only open entry and the only bank line of an amount to the cent for UNIQUE_AMOUNT_DAYS either side: with the
   * exact amount and a date 3 days out (0.3 + 0.0625) it reaches the 0.9 threshold
   */
  uniqueAmount: 0.55,
  /**
   * a transfer between the business's own accounts, the only entry and bank line of its amount for OWN_TRANSFER_DAYS:
   * with the exact amount and a date 3 days out (0.3 + 0.0625) it reaches the 0.9 threshold
   */
  ownTransfer: 0.55,
  /**
   * a payer's last payments together make its open entry to the cent, booked when the last came: with the split sum
   * (0.3) and the payer named (0.108) it reaches the 0.9 threshold
   */
  instalments: 0.5,
  /**
   * one payment of every open item a clearly named payer has booked on one day (one receipt booked in parts): with the
   * split sum (0.3) and the payer named (0.108) it reaches the 0.9 threshold
   */
  receiptInParts: 0.5,
  /**
   * a line and an entry naming the same statutory remittance (PAYE, NSSF, UIF, …), the only entry and bank line of the
   * amount for UNIQUE_AMOUNT_DAYS: with the exact amount and a date 3 days out (0.3 + 0.0625) it reaches 0.9
   */
  statutory: 0.55,
} as const;

/** Scores closer than this are the same score: two such candidates are a tie, which decides nothing. */
export const TIE_EPSILON = 1e-6;
/** Amount-only candidates kept per bank line; reference hits are always kept. */
export const AMOUNT_CANDIDATES_PER_LINE = 12;
/** The most open items of a party one payment of its whole balance is read as paying. */
export const PARTY_BALANCE_MAX_ITEMS = 6;
/** Open items considered for one split search, nearest in date first. */
export const SPLIT_POOL = 16;
/** Nodes one subset-sum search may visit: one line can never cost more than this. */
export const SPLIT_SEARCH_BUDGET = 4_000;
/**
 * Invoices are often paid weeks late: a payer's own open items this far back are still candidates. Anonymous
 * amount-only candidates get no such grace: they must lie inside the date window.
 */
export const AMOUNT_LOOKBACK_DAYS = 90;
/**
 * A rule's posting for a line the books may already hold: offered at this confidence, below any exact-amount entry
 * inside the window (0.3 or more), so the booked entry is suggested first.
 */
export const RULE_AFTER_BOOKING = 0.2;
/**
 * The most a payer's bank charges it for sending a transfer, which a payer that says so ("INV 4194 LESS BANK CHGS")
 * takes off what it pays, by currency in minor units: Nigeria's NIP fee bands top at ₦53.75 with stamp duty beside it,
 * Ghana's GIP and ACH fees are a few cedis, Kenya's RTGS and PesaLink fees a few hundred shillings, South Africa's EFT
 * and RTC fees tens of rand. Never more than 1 % of the document either.
 */
export const PAYER_CHARGE_MAX_MINOR: Readonly<Record<string, number>> = {
  NGN: 20_000,
  GHS: 5_000,
  KES: 100_000,
  ZAR: 20_000,
};

/**
 * The confidence at most of an invoice less a credit note booked to another customer (or to none beside a customer's
 * invoice): offered, below what confirms, whatever its references add up to.
 */
export const CREDIT_NOTE_OFFERED = 0.8;
/** Below this a candidate is noise, not a suggestion. */
export const MIN_SUGGESTION_CONFIDENCE = 0.25;
/**
 * The most a group held for a person (a returned cheque's deposit and its receipt) is offered at: its evidence is the
 * engine's best, but the decision is the person's, so no "at least 90 %" filter or bulk accept takes it unread.
 */
export const HELD_OFFERED = 0.8;
/**
 * A reference confirms a payment made at most this many days before the document's date (a deposit on an order, a
 * pro-forma paid ahead); one paid months before it was raised quotes another year's number or another document.
 */
export const ADVANCE_PAYMENT_DAYS = 60;
/** A counterparty match confirms without a reference only this close to the entry's date. */
export const CLOSE_DATE_DAYS = 3;
/**
 * A payer named clearly, to the cent, with no rival on either side, may be booked this late: a receipt is often posted
 * when the remittance advice comes, days after the money.
 */
export const NAMED_PAYER_DAYS = 4;
/** Equal payments to one payee this many days apart or more are told apart by the day each is booked. */
export const RECURRING_APART_DAYS = 5;
/** A party name with fewer letters than this proves too little. */
export const MIN_PARTY_LETTERS = 5;
/** An account code's letters (Sage's "KIAMBU01") name a party only from this many: a shorter stem begins too much. */
export const MIN_CODE_LETTERS = 6;
/**
 * Letters of a party's words a narration must write in full to name it (abbreviations alone never make a name); a
 * name recognised by its leading words only needs a little more.
 */
export const MIN_EXACT_LETTERS = 7;
export const MIN_LEADING_LETTERS = 8;
/** A surname written whole after a given name's initial names a person from this many letters ("N MKHIZE"). */
export const MIN_SURNAME_LETTERS = 5;
/** Name similarity (0..1) from which two names are the same party. */
export const MIN_NAME_SIMILARITY = 0.8;
/** Below this similarity a named payer is clearly someone else. */
export const CONFLICT_BELOW = 0.5;
/** An over-payment of up to this share is still plausibly the same document (charges borne by the payer, rounding). */
export const PLAUSIBLE_OVER_PERCENT = '10';
/** A shortfall up to this share may be a deduction (merchant service charge, gateway fee): suggested, never confirmed. */
export const PLAUSIBLE_DEDUCTION_PERCENT = '3';
/**
 * A payer's open items are read for a line only when their amount is within these ratios of the line's (tolerances,
 * fixed levies and statutory withholding widen the range further): the line over-pays an item by at most
 * PLAUSIBLE_OVER_PERCENT, or falls short of it by at most PLAUSIBLE_DEDUCTION_PERCENT.
 */
export const PAYER_ITEM_OVER_RATIO = 1 + Number(PLAUSIBLE_OVER_PERCENT) / 100;
export const PAYER_ITEM_SHORT_RATIO = 1 / (1 - Number(PLAUSIBLE_DEDUCTION_PERCENT) / 100);
/**
 * The most an acquirer keeps of a day's card or till takings as its merchant service charge: card rates in these
 * markets run from under 1% to about 3% before VAT (South Africa's small-merchant acquirers publish 2.95% plus 15% VAT,
 * 3.39% in all); mobile-money tills below 1%. A settlement short by more is not net of a charge alone: a person decides.
 */
export const ACQUIRER_CHARGE_MAX_PERCENT = '3.5';

/**
 * A wallet charging a fee on each payment charges one rate, in whole steps of this many basis points (1 %, 0.55 %): the
 * day's payments then fall short of the takings by that rate to within a minor unit a payment. A gap of no such rate
 * (3.21 %) is a payment missing, not a charge.
 */
export const WALLET_RATE_STEP_BP = 5;
/** The most a wallet or till charges on each payment (mobile-money tills charge 1 % or less): more is no such rate. */
export const WALLET_RATE_MAX_BP = 100;
/** A reference key shared by more open entries than this (an account number in every description) says nothing. */
export const MAX_ENTRIES_PER_KEY = 50;
/** A payer's open items looked at per bank line (nearest in date first). */
export const PARTY_POOL = 64;
/** A reversal comes back within this many days of the debit it reverses. */
export const REVERSAL_MAX_DAYS = 14;
/** A settlement arrives within this many days after the sales day it names. */
export const SETTLEMENT_MAX_DAYS = 5;
/**
 * An acquirer settles all of a merchant's terminals for a sales day in one run: a day's settlements are all in once the
 * bank data runs this many days past the last of them (a weekend between a batch and a late sibling included).
 */
export const SETTLEMENT_BATCH_DAYS = 3;
/** How far either side no other open item or bank line may carry an amount for it to identify its entry alone. */
export const UNIQUE_AMOUNT_DAYS = 30;
/**
 * How far either side no other open entry or bank line may carry the amount of a transfer between the business's own
 * accounts: such transfers are round sums, so a week's neighbours are what could be confused with it.
 */
export const OWN_TRANSFER_DAYS = 7;
/** A pay period: a payroll journal of the same total this close is a rival (fixed salaries repeat month after month). */
export const PAY_PERIOD_DAYS = 31;

/**
 * How long after its line a bank charge may be booked in the books' own words ("Bank charges - cheque book"): from the
 * statement, at the month's end. A rule posts no charge the books may hold within it.
 */
export const CHARGE_BOOKED_LATER_DAYS = 31;
/** A debit of a charges journal's amount this close is that one charge booked, not the period's charges together. */
export const CHARGES_JOURNAL_DAYS = 31;
/** An invoice paid in parts and booked once, when the first or the last came: its parts span at most this long. */
export const INSTALMENT_DAYS = 45;

/**
 * A settlement credited net of a fee the statement does not state (a card acquirer's, a gateway's or a wallet's): the
 * fee is read as one when it is this share of the gross takings or more, and at most NET_FEE_MAX_PERCENT. Merchant
 * rates run from about 0.5 % (mobile-money tills) to 3.5 % (small-merchant card acquirers, VAT included); a gateway
 * capping its fee at a flat sum (₦2,000 on a large Paystack settlement) comes to far less, so the floor is lower.
 */
export const NET_FEE_MIN_PERCENT = '0.1';
/** The most a fee the statement does not state may be of the gross takings (NET_FEE_MIN_PERCENT). */
export const NET_FEE_MAX_PERCENT = '4';
/** The most takings entries one settlement net of a fee is read as paying together (a run of receipts of a few days). */
export const NET_FEE_MAX_RUN = 8;
/**
 * Two settlements of one acquirer charge "the same rate" when their implied fees differ by at most this many basis
 * points of the gross (each fee rounded to the minor unit).
 */
export const NET_FEE_SAME_RATE_BP = 1;
/**
 * A fee read as a published rate (a whole number of WALLET_RATE_STEP_BP steps of the gross to within a minor unit an
 * entry) only where one step of the gross is this many times that margin: on a small sum every gap is near some step.
 */
export const NET_FEE_STEP_UNITS = 20;
