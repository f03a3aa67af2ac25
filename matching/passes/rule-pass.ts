import type { AssignmentState, Pair } from '../assignment.js';
import type { Evidence, MatchGroup } from '../../domain/reconciliation.js';
import { evidenceOf, evidenceSum, pairGroup, ruleEvidence, ruleGroup } from '../groups.js';
import { type PreparedBank, type PreparedLedger, daysOutside, paymentOf, entryWords, lineWords } from '../prepared.js';
import { fieldNamesPayee, isBankOwnFeeRule } from '../bank-own-fee.js';
import { type Rule, isPresetBankCharge } from '../rules.js';
import { monthsWritten } from '../month-names.js';
import { round4 } from '../scoring.js';
import { chargeKindsDiffer, feeAgainstLevy } from '../charge-kinds.js';
import { isBankName } from '../bank-names.js';
import { CHARGE_BOOKED_LATER_DAYS, CLOSE_DATE_DAYS, RULE_AFTER_BOOKING, WEIGHTS } from '../thresholds.js';

/**
 * Pass 7 — rules. Bank-only lines (charges, levies, interest) that no ledger entry took are explained by the first
 * rule that matches them (user rules, then the country presets): confirmed when the rule says so, otherwise offered
 * to a person with the entry the rule proposes (the candidate carries the rule, so confirming it can post the entry).
 *
 * A charge the bookkeeper already booked is not bank-only: when an open entry of the same amount lies inside the date
 * window the rule claims nothing (its posting would count the charge twice). The one such entry, close in date, that
 * no other line could be, is the charge as booked: confirmed. Otherwise the entries are suggested first and the rule's
 * posting after them. An entry worded as the bank's charge of the amount booked up to CHARGE_BOOKED_LATER_DAYS after
 * the line (at the month's end, from the statement) keeps the rule from posting it too: suggested, with the warning.
 */
export function rulePass(state: AssignmentState): void {
  // one evidence list per rule for this run, shared by every line the rule explains
  const evidenceOfRule = new Map<Rule, Evidence[]>();
  const sameAmount = new SameAmountDays(state);
  for (const [b, rule] of state.ruleOf) {
    if (!state.bankOpen(b)) continue;
    const booked = bookedAs(state, b, rule);
    // an entry naming another kind of the bank's charge (the maintenance fee booked, an SMS charge of its amount on the
    // statement) is not this line as booked
    if (booked.length === 1 && soleBooking(state, booked[0]!, rule) && !otherKindBooked(b, booked[0]!.l, rule)) {
      const p = booked[0]!;
      const ev = evidenceOf(p, {
        kind: 'rule' as const,
        detail: `rule ${rule.id} classifies the line as ${rule.then.ledgerAccount ?? 'a bank-only line'}, and the books already hold it as this entry, the only one of this amount near this date`,
        weight: WEIGHTS.ruleBooked,
      });
      if (evidenceSum(ev) >= state.opts.autoConfirmThreshold) {
        state.claimPair(pairGroup(b, p.l, 'exact', evidenceSum(ev), ev, state.opts), b, p.l);
        continue;
      }
    }
    const g = ruleGroup(b, rule, state.opts, ruleEvidence(rule, evidenceOfRule));
    // a charge the books hold in their words, booked later than the date window (at the month's end), is not posted
    // again on a guess
    const later =
      booked.length === 0 &&
      rule.then.autoConfirm === true &&
      (bookedLater(state, b, sameAmount) ||
        (isBankOwnFeeRule(rule) &&
          (fieldNamesPayee(b.line.counterpartyName, b.line.narration) || billOfTheAmount(state, b))) ||
        // a service charge or maintenance fee paid to a payee the statement names (a block's, an estate's)
        (isPresetBankCharge(rule) && fieldNamesPayee(b.line.counterpartyName, b.line.narration)));
    // a line with the bank's fee on its row whose payment the books hold (R899 paid, R902 moved): the fee round
    // matches it to that entry, so it is not posted here
    if (booked.length === 0 && heldWithoutFee(state, b, rule)) continue;
    if (booked.length === 0 && !later && rule.then.autoConfirm) {
      state.claim(g, [b], []);
      continue;
    }
    state.addCandidate(b, ruleCandidate(g, booked.length > 0 || later));
  }
}

/**
 * Open entries the charge may already be booked as: same direction, exact amount, inside the date window, and either
 * naming no counterparty and no document (a bank charge has neither) or saying so (their words in the narration, or
 * booked to the rule's account). A supplier's bill of the same size is someone else's money, not the charge.
 */
function bookedAs(state: AssignmentState, b: PreparedBank, rule: Rule): Pair[] {
  const w = state.opts.dateWindowDays;
  return state
    .pairsOf(b)
    .filter(
      (p) =>
        p.s.fit === 'exact' &&
        state.ledgerOpen(p.l) &&
        daysOutside(b, p.l) <= w &&
        (saysCharge(p, rule) || anonymous(p)),
    );
}

/**
 * An open entry worded as a bank charge of the line's amount, dated up to CHARGE_BOOKED_LATER_DAYS after it, that can
 * only be this line's: no other line of the amount comes between them (the 21st's ₦50 charge is the entry of the 21st,
 * not the 2nd's levy), and the entry names no month but the line's (August's ledger fee is not July's); or one accrued
 * up to as long before it, for the month the line is charged for.
 */
function bookedLater(state: AssignmentState, b: PreparedBank, sameAmount: SameAmountDays): boolean {
  // the month the line names ("LEDGER FEE JUL 2025", charged on 1 August), else its own
  const named = monthsWritten(lineWords(b));
  const months = named.size > 0 ? named : new Set([monthOf(b.line.date)]);
  return someOpenEntry(state, b, b.abs, CHARGE_BOOKED_LATER_DAYS, (l) => {
    const text = entryWords(l);
    if (!BANK_CHARGE.test(text) && !BANK_PARTY.test(l.entry.party ?? '')) return false;
    const booked = monthsWritten(text);
    // accrued before its line ("Bank charges - SMS alerts May 2025" on 31 May, debited 10 June): only for the month it
    // is booked in, by its words or its date, and with no line of the amount between to be its own
    if (l.day < b.day) {
      const accrued = booked.size > 0 ? booked : new Set([monthOf(l.entry.date)]);
      return [...accrued].some((m) => months.has(m)) && !sameAmount.since(b, l.day);
    }
    if (booked.size > 0 && ![...booked].some((m) => months.has(m))) return false;
    return !sameAmount.between(b, l.day);
  });
}

/** Whether an open entry of the line's currency and sign, of `abs`, dated within `days` of it, passes `test`. */
function someOpenEntry(
  state: AssignmentState,
  b: PreparedBank,
  abs: number,
  days: number,
  test: (l: PreparedLedger) => boolean,
): boolean {
  let found = false;
  state.index.byAmount(b.line.currency, b.sign, abs, abs, b.day - days, b.day + days, (order) => {
    const l = state.ledgers[order]!;
    if (!found && state.ledgerOpen(l)) found = test(l);
  });
  return found;
}

/**
 * An open entry of the line's exact amount within CHARGE_BOOKED_LATER_DAYS naming someone (a bureau's, a landlord's, a
 * cash-in-transit company's bill): a line the generic bank-fee rule reads from its service words alone ("SALARY
 * PROCESSING FEE", "MANAGEMENT FEE") may be that bill's payment, so it is offered with the warning, not posted over it.
 * A preset naming the charge itself is not held back by a bill of the same size.
 */
function billOfTheAmount(state: AssignmentState, b: PreparedBank): boolean {
  // a party, or a bill's own number ("PB-2291") where the books name the payee in the description only
  return someOpenEntry(
    state,
    b,
    b.abs,
    CHARGE_BOOKED_LATER_DAYS,
    (l) => l.partyName !== null || l.namesDocument || !!l.entry.reference,
  );
}

/**
 * In the first round (the line read as what the balance moved), an open entry of what the line paid without the fee on
 * its row, inside the date window, that the rule's posting would be: booked to its account, worded as a charge or
 * naming no one.
 */
function heldWithoutFee(state: AssignmentState, b: PreparedBank, rule: Rule): boolean {
  const paid = Math.abs(paymentOf(b.line));
  if (paid === b.abs) return false;
  const account = rule.then.ledgerAccount;
  return someOpenEntry(
    state,
    b,
    paid,
    state.opts.dateWindowDays,
    (l) =>
      (account !== undefined && account !== null && l.entry.account === account) ||
      BANK_CHARGE.test(entryWords(l)) ||
      (!l.partyName && !l.entry.reference && !l.namesDocument),
  );
}

/** The month (0–11) of a YYYY-MM-DD date. */
const monthOf = (date: string) => Number(date.slice(5, 7)) - 1;

/** The days of the lines of each currency, sign and amount, to ask whether another comes between a line and a day. */
class SameAmountDays {
  private byAmount: Map<string, PreparedBank[]> | null = null;

  constructor(private readonly state: AssignmentState) {}

  /** The lines of b's currency, sign and amount (b among them). */
  private linesOf(b: PreparedBank): readonly PreparedBank[] {
    const k = `${b.line.currency}|${b.sign}|${b.abs}`;
    if (this.byAmount === null) {
      this.byAmount = new Map();
      for (const o of this.state.banks) {
        const key = `${o.line.currency}|${o.sign}|${o.abs}`;
        const list = this.byAmount.get(key);
        if (list) list.push(o);
        else this.byAmount.set(key, [o]);
      }
    }
    return this.byAmount.get(k) ?? [];
  }

  /** Whether a line of b's currency, sign and amount is dated after b's day and on or before `day`. */
  between(b: PreparedBank, day: number): boolean {
    // a twin of the same day is no line between: the entry may be either's, and neither is posted
    return this.linesOf(b).some((o) => o.day > b.day && o.day <= day);
  }

  /** Whether a line of b's currency, sign and amount is dated on or after `day` and before b's day. */
  since(b: PreparedBank, day: number): boolean {
    return this.linesOf(b).some((o) => o.day >= day && o.day < b.day);
  }
}

/** An entry that names nobody and no document: it may be the charge booked in other words. */
function anonymous(p: Pair): boolean {
  return !p.l.partyName && !p.l.entry.reference && !p.l.namesDocument && p.s.partyKind !== 'conflict';
}

/**
 * The entry says it is this charge: its own words are in the narration, it is booked to the rule's account, or it is
 * worded as the bank's own charge ("Expense — Bank fees", party "Discovery Bank", no party and "TymeBank — Expense").
 */
function saysCharge(p: Pair, rule: Rule): boolean {
  if (p.s.partyWeight > 0) return true;
  const party = p.l.entry.party;
  if (party && isBankName(party)) return true;
  // no party, and the description opens with the bank's name: an expense booked against the bank ("TymeBank — Expense");
  // not a document of the bank's ("GTBank - Loan repayment LN-0042")
  if (!party && !p.l.entry.reference && !p.l.namesDocument && bankFirst(p.l.entry.description)) return true;
  const text = entryWords(p.l);
  // booked to a supplier or anyone else but the bank or the state, it is their bill, however worded ("Generator
  // maintenance charges" from Mantrac, a donation to the Lagos Food Bank), unless it says it is the bank's ("Bank
  // charges - COT" booked to ADB, a bank by a short name)
  const someoneElse = !!party && !PARTY_AS_ACCOUNT.test(party) && !STATE_BODY.test(party) && !SAYS_BANK.test(text);
  if (!someoneElse && BANK_CHARGE.test(text)) return true;
  const account = rule.then.ledgerAccount;
  return account !== undefined && account !== null && p.l.entry.account === account;
}

/** Whether a description's first part, before a dash, is a bank's name and nothing more. */
const bankFirst = (description: string | null | undefined): boolean =>
  !!description && isBankName(description.split(/\s[-–—]\s/)[0]!);

/** How a bookkeeper words the bank's own charges, levies and duties. */
const BANK_CHARGE =
  /\b(BANK\s+(FEES?|CHARGES?)|(ACCOUNT|SERVICE|MONTHLY|LEDGER|MAINTENANCE|TRANSACTION|TRANSFER)\s+(FEES?|CHARGES?)|COMMISSION|SMS|ALERTS?|STAMP\s+DUTY|EMTL|E-?LEVY|EXCISE)\b/i;
/** A bank as the entry's party, in bookedLater's looser reading (a charge booked later names the bank). */
const BANK_PARTY = /\bBANK\b/i;
/** An entry that calls itself the bank's charge. */
const SAYS_BANK = /\bBANK\s+(?:FEES?|CHARGES?)\b/i;
/** The state as the entry's party: a levy or duty is booked to it. */
const STATE_BODY =
  /\b(?:REVENUE|TAX|TAXES|FIRS|KRA|GRA|SARS|URA|FGN)\b|\bFEDERAL\s+GOVERNMENT\b|\bGOVERNMENT\s+OF\s+(?:NIGERIA|GHANA|KENYA|SOUTH\s+AFRICA)\b/i;
/** A party column holding the charge's or the expense account's name rather than anyone's ("Bank charges", "EMTL"). */
const PARTY_AS_ACCOUNT =
  /^\s*(?:bank\s+(?:charges?|fees?)|charges?|fees?|emtl|stamp\s+duty|e-?levy|excise(?:\s+duty)?|vat|sms\s+alerts?)\s*$/i;

/** Says it is the charge, close in date, and no other open line of the same amount could be that entry. */
function soleBooking(state: AssignmentState, p: Pair, rule: Rule): boolean {
  if (!saysCharge(p, rule) || daysOutside(p.b, p.l) > CLOSE_DATE_DAYS) return false;
  const w = state.opts.dateWindowDays;
  return !state
    .pairsOfEntry(p.l)
    .some((q) => q !== p && q.s.fit === 'exact' && state.bankOpen(q.b) && daysOutside(q.b, p.l) <= w);
}

/** The rule's group as a suggestion, warned when the books may already hold the charge. */
function ruleCandidate(g: MatchGroup, booked: boolean) {
  const evidence = booked
    ? [
        ...g.evidence,
        {
          kind: 'rule' as const,
          detail:
            'the books hold an entry of this amount near this date: posting the rule entry may count the charge twice',
          weight: round4(RULE_AFTER_BOOKING - g.confidence),
        },
      ]
    : g.evidence;
  return {
    ledgerIds: [],
    confidence: round4(Math.max(0, evidenceSum(evidence))),
    differenceMinor: 0,
    evidence,
    ruleId: g.ruleId ?? null,
    proposed: g.proposed ?? null,
  };
}

/** Whether the line and the entry name different kinds of the bank's charge, or one a levy and the other a fee. */
function otherKindBooked(b: PreparedBank, l: PreparedLedger, rule: Rule): boolean {
  const lineText = b.line.narration ?? '';
  const entryText = entryWords(l);
  const category = rule.then.category;
  return (
    chargeKindsDiffer(lineText, entryText) ||
    feeAgainstLevy(lineText, category === 'levy' || category === 'tax', entryText)
  );
}
