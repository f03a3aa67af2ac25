import type { Evidence, MatchGroup } from '../../domain/reconciliation.js';
import { type AssignmentState, type Pair, linesWithRules } from '../assignment.js';
import { normalizeName } from '../counterparty.js';
import {
  type PreparedBank,
  type PreparedLedger,
  daysOutside,
  entryWords,
  lineWords,
  otherNumbersWritten,
} from '../prepared.js';
import { otherMonthsNamed } from '../month-names.js';
import { advanceAgainstPay, payAgainstReimbursement } from '../staff-advance.js';
import { endsABusinessName, isCommonNameWord, namesInShortForms, namesPartly, narrationWords } from '../scoring.js';
import { DOCUMENT, claimUniqueAmounts, soleExactPair } from '../same-amounts.js';
import { chequeAgainstTransfer } from '../cheque-against-transfer.js';
import { clearParty, otherBranchOf } from './counterparty-pass.js';
import { REVERSAL_WORDS } from './reversal-pairs.js';
import { PAID_FROM, SETTLEMENT_WORDS, paymentWayOf } from '../settlement-keys.js';
import { namesGateway } from '../acquirer-charges.js';
import { roundFigures } from '../round-sums.js';
import { otherRemittance } from '../statutory-kinds.js';
import { initials, namesNoParty } from '../acronyms.js';
import { CLOSE_DATE_DAYS, UNIQUE_AMOUNT_DAYS, WEIGHTS } from '../thresholds.js';
import { REFUND } from '../refund-words.js';
import { otherOfSeries, seriesOf } from '../series-numbers.js';

/**
 * Pass 5b — an amount no other item shares. A cash deposit or a payment by someone other than the customer ("CASH
 * DEPOSIT BY MUSA", an employee paying by M-PESA) names no payer the books know, but an amount to the cent that one
 * open entry alone carries, close in date, with no other bank line of that amount around it, is the same money. It is
 * confirmed only when the amount is not a round sum of two figures (such sums repeat; one of three
 * figures needs its party named, or cash), the line quotes no
 * document (even one no entry carries) and is no settlement, no rule explains it, no payer is found against the entry nor clearly for it (the counterparty
 * pass weighs those), an entry naming its payer faces cash paid in (whoever brought it), no other line quotes the entry's document, and no other open entry
 * or bank line of that amount lies within UNIQUE_AMOUNT_DAYS either side. Nor when the two write other masked numbers
 * (another phone, card or account).
 */
export function uniqueAmountPass(state: AssignmentState): void {
  const { opts } = state;
  if (opts.autoConfirmUniqueAmount === false) return;
  const ruled = linesWithRules(state);
  const strong: Pair[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (ruled[b.order]) continue;
    const figures = roundFigures(b.abs, b.line.currency);
    if (figures <= 2) continue;
    // a settlement is the settlement pass's to decide; a line naming a document is decided by it, even one no entry
    // carries (the payer said which invoice: not this one)
    const text = lineWords(b);
    if (acquirerSettles(text, b.sign) || DOCUMENT.test(text)) continue;
    // a transfer put back ("Refund for failed transfer", "INWARD RETURN", "REVERSAL") is the business's own money
    // coming home, never a sale or a payment the amount alone could name (a debit so worded is a fee: "Unpaid debit
    // order fee")
    if (b.sign > 0 && REVERSAL_WORDS.test(b.line.narration ?? '')) continue;
    const only = soleExactPair(state, b, null);
    if (only === null) continue;
    // money paid back ("IBRAHIM ROOFING/OVERBILLED REFUND", "ASANTE FRIDGE REPAIRS REFUND") comes from someone the
    // business paid: no customer's receipt the amount alone could name, unless the books say it is a refund or name
    // the one refunding ("Återbetalning från Prestea Lubricants Ltd")
    if (
      b.sign > 0 &&
      REFUND.test(b.line.narration ?? '') &&
      !REFUND.test(entryWords(only.l)) &&
      !namesTheRefunder(b.line.narration ?? '', `${entryWords(only.l)} ${only.l.entry.party ?? ''}`)
    )
      continue;
    // a monthly payment repeats its amount: a line naming June is not the books' May
    if (otherMonthsNamed(text, entryWords(only.l), only.l.partyTokens)) continue;
    // the line quotes another number of the entry's own series ("Invoice BV-0524" against BV-0519): that document
    if (otherOfSeries(seriesOf(text), only.l)) continue;
    if (
      advanceAgainstPay(text, entryWords(only.l)) ||
      payAgainstReimbursement(b.line.amountMinor, text, entryWords(only.l))
    )
      continue;
    // a payer found against the entry, or clearly enough for the counterparty pass to weigh (it declined: a rival, or a
    // raised threshold), is not this pass's; one too slight for that pass (a short name) does not stand in the way
    if (daysOutside(b, only.l) > CLOSE_DATE_DAYS || only.s.partyKind === 'conflict' || clearParty(only)) continue;
    // the line pays one statutory remittance and the entry books another: not the same money, whatever the amount
    if (otherRemittance(text, `${only.l.entry.description ?? ''} ${only.l.entry.reference ?? ''}`)) continue;
    // the two write other masked numbers: another phone topped up, card used or account paid
    if (otherNumbersWritten(b, only.l)) continue;
    // the entry names its payer (by name or account code) and the line does not, not even in part: only cash paid in
    // at a counter may come by someone else's hand
    const cash = b.sign > 0 && CASH_IN.test(b.line.narration ?? '') && !BANKS_OWN.test(b.line.narration ?? '');
    // cash paid in at a counter is not a wallet's or a card acquirer's takings (M-PESA paybill sales, card sales),
    // unless the books say cash too ("paid in cash/momo")
    const booked = `${only.l.entry.description ?? ''} ${only.l.entry.party ?? ''}`;
    if (cash && paymentWayOf(booked) !== null && !/\bCASH\b/i.test(booked)) continue;
    // cash the owner puts in ("CASH DEP DIRECTOR LOAN O AKINYI", capital) is no customer's, unless the books say so;
    // cash a business pays in under its own name ("CASH DEP ASAKAE BOOK VENDORS") is that business's money, not the
    // entry's party's
    if (cash && OWNERS_MONEY.test(b.line.narration ?? '') && !OWNERS_MONEY.test(booked)) continue;
    if (cash && businessPaysIn(b, only.l)) continue;
    // an entry whose description names its payer first ("Wanjiru Traders — Customer Payment") is not paid by a line
    // naming someone with no word of that name ("MPESA C2B 254722000111 JOHN KAMAU")
    if (!cash && only.l.partyTokens.length === 0 && !only.l.entry.party && namesSomeoneElse(b, nameBeforeKind(only.l)))
      continue;
    // nor one whose description names a body the line names as far as a word, and then each goes on its own way, the
    // line with a trade ("BEREA HOME INDUSTRIES" for Berea Home for the Aged): two bodies of one place's name
    if (!cash && only.l.partyTokens.length === 0 && !only.l.entry.party && branchesOff(b, only.l)) continue;
    const names = only.l.entry.party || only.l.partyTokens.length > 0;
    // a line naming nobody at all ("EFT CR 6860229920") names no one else: an amount to the cent decides
    if (
      names &&
      !cash &&
      !namedInPart(state, b, only.l) &&
      !(figures === Infinity && (namesNobody(b) || namedByInitials(b, only.l)))
    )
      continue;
    // a round sum of three figures (₦125,000.00) repeats too (salary tiers, rent): only with its party named, or cash
    if (figures === 3 && !cash && !(names && namedInPart(state, b, only.l))) continue;
    // a payer's settlement only when the entry names that payer and the line names them too ("FRM KBTH SETTLEMENT"):
    // a bank, switch, marketplace or deposit after FROM names no one the books know
    if (SETTLEMENT_WORDS.test(text) && !(names && (namedInPart(state, b, only.l) || namedByInitials(b, only.l))))
      continue;
    // a branch in another town than the party's ("GOLDEN TULIP KUMASI CITY" for Golden Tulip Accra Ltd)
    if (otherBranchOf(only)) continue;
    // a cheque the books wrote ("Fencing wire – cheque 001233") leaves the bank as a cheque presented, not as a
    // transfer to a payee ("EFT/MWARIKI HAULIERS/TRANSPORT"): another payment, whatever the amount
    if (chequeAgainstTransfer(b, only.l)) continue;
    strong.push(only);
  }
  claimUniqueAmounts(state, strong, UNIQUE_AMOUNT_DAYS, UNIQUE_AMOUNT, (p) => quotedElsewhere(state, p));
}

/**
 * A settlement the settlement pass decides: an acquirer's or gateway's, not a payer's settling their account ("GIP
 * INSTANT PAY FRM K ASANTE SETTLEMENT", a payer named after FROM and no card, till or gateway word).
 */
function acquirerSettles(text: string, sign: number): boolean {
  if (!SETTLEMENT_WORDS.test(text)) return false;
  return sign < 0 || !PAID_FROM.test(text) || NO_PAYER.test(text) || paymentWayOf(text) !== null || namesGateway(text);
}
/**
 * A settlement that is no customer's payment whoever it comes from: a merchant's or terminal's, a bank's, an insurer's
 * claim, a loan's, or a gateway's by another name.
 */
const NO_PAYER =
  /\b(MERCHANT|M?POS|QR|TERMINAL|ECOM|WEB|BANK|LOAN|CLAIMS?|INSURANCE|ASSURANCE|DPO|CELLULANT|TINGG|PAYU|PAYGATE)\b/i;

/** The bank's own credits that happen to say cash: refunds, corrections, disputes, fees. Never a customer's cash. */
const BANKS_OWN = /\b(REFUND|CORRECTION|DISPUTE|REVERSAL|REV|RVSL|FEE|FEES|CHARGE|CHARGES|INTEREST|ERROR)\b/i;

/**
 * Cash paid in over a counter, at a machine or at a bank's agent: whoever's name it carries brought the cash, not
 * necessarily the payer.
 */
const CASH_IN = /\b(CASH|ATM|CDM|TELLER|LODGEMENT|LODGMENT|AGENT\s+DEPOSIT)\b/i;

/** Money the owner puts in: a loan or capital from a director, shareholder or proprietor. */
const OWNERS_MONEY = /\b(DIRECTORS?|LOAN|CAPITAL|SHAREHOLDERS?|PROPRIETOR|OWNER'?S?|INJECTION)\b/i;

/** Words only a business's name carries: its legal form, or what it trades as. */
const BUSINESS_WORDS = new Set(
  'VENDORS VENDOR TRADERS TRADER ENTERPRISES ENTERPRISE VENTURES LTD LIMITED COMPANY PLC PTY SUPPLIERS DEALERS BOOKSHOP'.split(
    ' ',
  ),
);

/**
 * The line names a business (its legal form, or a word only a business's name ends with) the entry's name does not
 * carry. Not a trade word alone: cash is paid in at a bank's agency, or as a shop's takings ("CASH DEPOSIT - SHOP
 * SALES").
 */
function businessPaysIn(b: PreparedBank, l: PreparedLedger): boolean {
  const name = l.partyTokens.length > 0 ? l.partyTokens : normalizeName(l.entry.party ?? l.entry.description ?? '');
  for (const w of narrationWords(b)) if (BUSINESS_WORDS.has(w) && !name.includes(w)) return true;
  return false;
}

// the same words on every such match: one shared, frozen object
const UNIQUE_AMOUNT: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `no other open entry or bank line carries this amount within ${UNIQUE_AMOUNT_DAYS} days`,
  weight: WEIGHTS.uniqueAmount,
}) as Evidence;

/**
 * The words banks write around a payment whatever the payer: the channel, its direction, and the bank's own labels.
 * A narration of these and numbers only names nobody.
 */
const CHANNEL_WORDS = new Set(
  (
    'GIP ACH EFT NIP NEFT RTGS PESALINK SWIFT IB MOB MOBILE APP ONLINE INTERNET REAL TIME IMMEDIATE INSTANT DIGITAL ' +
    'CR DR CREDIT DEBIT INWARD OUTWARD TRF TRANSFER TRANSF FRM FROM TO PAYMENT PMT RECEIVED RECEIPT REF REFERENCE ' +
    'DEPOSIT INTERBANK BANK ACCT ACCOUNT NO MAGTAPE RTC ACB SETTLEMENT'
  ).split(' '),
);

/**
 * The line names no one: no payer field, and no word in its narration but channel words and numbers, an account number
 * masked by the bank ("TRF FROM 0914XXXX701") being a number too.
 */
function namesNobody(b: PreparedBank): boolean {
  if (b.nameTokens.length > 0) return false;
  for (const w of narrationWords(b)) if (!CHANNEL_WORDS.has(w) && !NUMBER_OR_MASKED.test(w)) return false;
  return true;
}

/** Digits, or digits with a run of the X a bank masks an account number with. */
const NUMBER_OR_MASKED = /^(\d+|\d+X{2,}\d*|X{2,}\d+)$/;

/**
 * The line's payer field or narration names the entry's party at least in part (a word of it, or its initials), or
 * names it in short forms and nobody else (namesInShortForms). A person's three names sharing a business's one word
 * of its own do not (namesakeOf), unless that person is known to pay the business.
 */
function namedInPart(state: AssignmentState, b: PreparedBank, l: PreparedLedger): boolean {
  const party = l.partyTokens.length > 0 ? l.partyTokens : normalizeName(l.entry.party);
  const words = narrationWords(b);
  for (const list of [b.nameTokens, words]) {
    if (!namesPartly(party, list)) continue;
    const person = namesakeOf(party, list);
    if (person === null || paysParty(state, b, l, person)) return true;
  }
  const naming = (list: readonly string[]) => list.filter((w) => !CHANNEL_WORDS.has(w) && !/\d/.test(w));
  // "B/O" (by order of), "A/C", "S/O" are no initials of anyone
  const narration = normalizeName((b.line.narration ?? '').replace(SLASHED_LETTERS, ' '));
  return namesInShortForms(party, naming(b.nameTokens)) || namesInShortForms(party, naming(narration));
}

const SLASHED_LETTERS = /\b[A-Z]\/[A-Z]\b/gi;

/**
 * The line names someone (its payer field or narration has a naming word: channel and cheque words, numbers, a bank's
 * name and "B/O"-like abbreviations aside) other than `name`: not its short form ("UMHLANGA GH" for Umhlanga Guest
 * House), nor two of its words, nor one of them alone, nor its initials ("SCH" for Sasolburg Chemical Handling).
 */
function namesSomeoneElse(b: PreparedBank, name: readonly string[] | undefined): boolean {
  if (name === undefined || namesNobody(b)) return false;
  const said = [...b.nameTokens, ...normalizeName((b.line.narration ?? '').replace(SLASHED_LETTERS, ' '))];
  const naming = said.filter(
    (w, i) => !CHANNEL_WORDS.has(w) && !CHEQUE_WORDS.has(w) && !/\d/.test(w) && said[i + 1] !== 'BANK',
  );
  if (naming.length === 0) return false;
  if (namesInShortForms(name, naming)) return false;
  // two words of the name, or one and no other name beside it; one word beside another of its own is someone else
  // sharing a given name or a surname ("JOHN OTIENO", "PETER KAMAU" for John Kamau)
  const shared = name.filter((w) => naming.includes(w));
  const own = shared.filter((w) => !isCommonNameWord(w));
  const other = naming.filter((w) => w.length > 1 && !name.includes(w) && !shortForOf(w, name));
  if (own.length > 0 && (shared.length >= 2 || other.length === 0)) return false;
  if (own.length > 0) return true;
  // initials, written apart ("A & O ENT") or together ("SCH"), or a word's start
  const letters = naming.filter((w) => w.length === 1).join('');
  return !(
    (letters.length >= 2 && shortForOf(letters, name)) ||
    naming.some((w) => w.length >= 2 && shortForOf(w, name))
  );
}

const CHEQUE_WORDS = new Set(['CHEQUE', 'CHQ', 'CHECK', 'CLEARING']);

/** A word short for some of the name: the start of one of its words, or the initials of a run of them ("VD" for VAN DER). */
function shortForOf(w: string, name: readonly string[]): boolean {
  if (name.some((n) => n.length > w.length && n.startsWith(w))) return true;
  const initials = name.map((n) => n[0]!).join('');
  return w.length >= 2 && initials.includes(w);
}

/**
 * The name an entry's description writes first, before only what kind of entry it is ("Wanjiru Traders — Customer
 * Payment", "Spar Group Ltd (Kloof Superspar) — Customer Payment"): two words or more, none of them a bookkeeping word.
 * Read here only, as what an amount alone cannot go against; the passes that weigh parties read those the books name
 * (a column, "Payment to X").
 */
function nameBeforeKind(l: PreparedLedger): readonly string[] | undefined {
  const m = NAME_BEFORE_KIND.exec(l.entry.description ?? '');
  if (!m) return undefined;
  const words = normalizeName(m[1]!);
  return words.length >= 2 && !words.some((w) => BOOKKEEPING_WORDS.has(w)) ? words : undefined;
}

const NAME_BEFORE_KIND =
  /^\s*([^\d\-–—]+?)\s[-–—]\s+(?:(?:customer|supplier|vendor|client)\s+)?(?:payment|receipt|remittance|deposit|transfer)s?(?:\s+(?:received|made))?\s*$/i;
/** Words that say what an entry is, never whose ("Cash Sales — Receipt" names no one). */
const BOOKKEEPING_WORDS = new Set(
  'CASH SALES SALE PAYMENT RECEIPT DEPOSIT TRANSFER CUSTOMER SUPPLIER MOBILE MONEY CARD POS ONLINE CHEQUE BANK MISC SUNDRY'.split(
    ' ',
  ),
);

/**
 * A part of the entry's description whose leading words the line writes (one of them its own, of five letters or more,
 * not a place or a common word: "DHL" begins many of a group's names), the line going on with a word ending a
 * business's name and the part with other words ("BEREA HOME INDUSTRIES", "Berea Home for the Aged"); a memo after the
 * name ("PAPERMASTER GH SUPPLIES") is no such word.
 */
function branchesOff(b: PreparedBank, l: PreparedLedger): boolean {
  const words = normalizeName(b.line.narration);
  for (const part of l.descriptionSegments) {
    const at = words.indexOf(part[0]!);
    if (at < 0) continue;
    let n = 0;
    while (n < part.length && words[at + n] === part[n]) n++;
    const next = words[at + n];
    if (n < part.length && next !== undefined && endsABusinessName(next) && !part.includes(next))
      if (part.slice(0, n).some((w) => w.length >= 5 && !isCommonNameWord(w))) return true;
  }
  return false;
}

/**
 * The three names of a person sharing the one word of a business's own: its other words are trade, place or common
 * words ("Okafor Ventures Ltd"), and the line's naming words (channel words and numbers aside) are just three names,
 * the business's word and two that are none of its words nor short for one ("NIP FRM OKAFOR CHIOMA ADAEZE"). Such a
 * payer is anyone of that surname or given name, not the business. Null otherwise: "OKAFOR VENTURES", a payer written
 * by two names, or a line with memo, bank or month words beside the names (what those are is not known here).
 */
function namesakeOf(party: readonly string[], words: readonly string[]): readonly string[] | null {
  if (party.length < 2) return null;
  let own: string | null = null;
  for (const t of party) {
    if (isCommonNameWord(t) || /\d/.test(t)) continue;
    if (own !== null && own !== t) return null;
    own = t;
  }
  if (own === null) return null;
  const names: string[] = [];
  for (const w of words) {
    if (CHANNEL_WORDS.has(w) || /\d/.test(w)) continue; // numbers and masked accounts name no one
    if (names.length === 3 || PLAIN_WORDS.has(w) || isCommonNameWord(w)) return null;
    if (w !== own && party.some((t) => t.startsWith(w))) return null; // the party's word, or short for one
    names.push(w);
  }
  return names.length === 3 && names.includes(own) ? names : null;
}

/**
 * Another line writing the same three names is already matched to an entry of the party (same words, not only the
 * same first two): the person pays the business's documents (its owner, a buyer), and is that payer here too.
 */
function paysParty(state: AssignmentState, b: PreparedBank, l: PreparedLedger, person: readonly string[]): boolean {
  const items = state.partyItems(l.partyKey);
  if (items.length < 2) return false;
  const ids = new Set<string>();
  for (const x of items) if (!state.ledgerOpen(x) && x.partyKeyFull === l.partyKeyFull) ids.add(x.entry.id);
  if (ids.size === 0) return false;
  const matchOf = matchesByEntry(state);
  for (const id of ids) {
    const m = matchOf.get(id);
    if (!m) continue;
    for (const bankId of m.bankIds) {
      const other = state.bankById(bankId);
      if (other === null || other === b) continue;
      const words = narrationWords(other);
      if (person.every((w) => other.nameTokens.includes(w) || words.includes(w))) return true;
    }
  }
  return false;
}

/** By entry id, the match holding it: made again only when matches were added since (a pass claims after reading). */
const entryMatches = new WeakMap<AssignmentState, { count: number; byEntry: Map<string, MatchGroup> }>();
function matchesByEntry(state: AssignmentState): Map<string, MatchGroup> {
  const known = entryMatches.get(state);
  if (known && known.count === state.matches.length) return known.byEntry;
  const byEntry = new Map<string, MatchGroup>();
  for (const m of state.matches) for (const id of m.ledgerIds) byEntry.set(id, m);
  entryMatches.set(state, { count: state.matches.length, byEntry });
  return byEntry;
}

/**
 * The narration writes the initials of the party's name, three words or more ("THC" for Takoradi Harbour Clinic, "OAA"
 * for Otieno & Achieng Associates), as payers shorten a long name; never initials spelling a bank, channel or tax
 * ("KCB", "ATM"). Only beside an amount to the cent no other item carries: initials alone name too little.
 */
function namedByInitials(b: PreparedBank, l: PreparedLedger): boolean {
  const party = l.partyTokens.length > 0 ? l.partyTokens : normalizeName(l.entry.party);
  if (party.length < 3 || party.length > 5) return false;
  const short = initials(party);
  if (namesNoParty(short) || CHANNEL_WORDS.has(short) || PLAIN_WORDS.has(short)) return false;
  return narrationWords(b).includes(short);
}

/** Short words a narration writes for what they mean ("INSTANT PAY", "BAL", "FOR"): initials spelling one are no name. */
const PLAIN_WORDS = new Set(
  'PAY FOR THE AND BAL ACC ALL ANY OUT NEW OLD OFF ONE TWO SAL TAX DUE NET PER VIA BILL CASH GOODS RENT LOAN FEES'.split(
    ' ',
  ),
);

/** Another open line quotes the entry's document: the entry is that line's, whatever this one's amount says. */
function quotedElsewhere(state: AssignmentState, p: Pair): boolean {
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    if (q.b !== p.b && q.s.referenceHit) return true;
  }
  return false;
}

/** A credit saying it pays money back: a refund, a rebate, an overcharge returned. */

/**
 * Whether the entry writes two words of the refund's narration (four letters or more, no word many names share):
 * "PRESTEA LUBRICANTS" in "Återbetalning från Prestea Lubricants Ltd". One shared word is anyone's ("ASANTE FRIDGE
 * REPAIRS" is not Asante Logistics).
 */
function namesTheRefunder(narration: string, entry: string): boolean {
  const booked = new Set(entry.toUpperCase().split(/[^A-Z]+/));
  let shared = 0;
  for (const w of new Set(narration.toUpperCase().split(/[^A-Z]+/)))
    if (w.length >= 4 && !REFUND.test(w) && !isCommonNameWord(w) && booked.has(w)) shared++;
  return shared >= 2;
}
