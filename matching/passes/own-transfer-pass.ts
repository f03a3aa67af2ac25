import type { Evidence } from '../../domain/reconciliation.js';
import { lineWords, withoutPostingWord } from '../prepared.js';
import { type AssignmentState, type Pair, linesWithRules } from '../assignment.js';
import { DOCUMENT, claimUniqueAmounts, soleExactPair } from '../same-amounts.js';
import { isNameTitle } from '../counterparty.js';
import { CLOSE_DATE_DAYS, OWN_TRANSFER_DAYS, WEIGHTS } from '../thresholds.js';
import { OWN_LINE, fundsOwnBankAccount } from './bank-account-funding.js';
import { PAYS_SOMEONE } from './pays-someone.js';
import { bankNameSpan, isBankAccountField, letterWordsOf } from '../bank-names.js';
import { fullAccountNumbersOf, otherAccountNumbers, sameMaskedNumber } from '../masked-numbers.js';

/**
 * Pass 5c — a transfer between the business's own accounts. The books record money moved from the bank to the till,
 * the wallet or the money-market account as a transfer with no party ("Funds Transfer to Fidelity", "Internal transfer
 * from M-PESA Till", "Bank Transfer M-PESA to KCB"); the bank writes whatever its channel writes ("MOMO TO BANK …",
 * "Business Withdrawal to Bank", "MPESA B2B … TILL 5123456"). Round sums are the rule here, so the amount alone proves
 * little: both sides must read as a transfer (isOwnTransfer) and within
 * OWN_TRANSFER_DAYS either side no other open entry and no other bank line may carry the amount (sign included). Then
 * the one open transfer entry of the exact amount dated within CLOSE_DATE_DAYS is the line's.
 */
export function ownTransferPass(state: AssignmentState): void {
  const { opts } = state;
  if (opts.autoConfirmUniqueAmount === false) return;
  const ruled = linesWithRules(state);
  const strong: Pair[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (ruled[b.order]) continue;
    if (DOCUMENT.test(lineWords(b))) continue;
    const only = soleExactPair(state, b, CLOSE_DATE_DAYS);
    if (only === null || !(isOwnTransfer(only) || fundsOwnBankAccount(only))) continue;
    // the two write two accounts' numbers: another account, at the same bank or not
    if (otherAccountNumbers(`${only.l.entry.description ?? ''} ${only.l.entry.party ?? ''}`, lineWords(b))) continue;
    strong.push(only);
  }
  claimUniqueAmounts(state, strong, OWN_TRANSFER_DAYS, OWN_TRANSFER);
}

/** How books word money moved between a business's own accounts. */
const TRANSFER = /\b(TRANSFERS?|TRF|TFR|SWEEP|INTER[- ]?ACCOUNT|CONTRA)\b/i;
/**
 * How banks and wallets word it: a transfer, a business-to-business wallet move, money to or from the bank or wallet
 * ("MOMO TO BANK", "MOMO TO ACCT", "Business Withdrawal to Bank", "MPESA B2B … TILL 5123456").
 */
const LINE_TRANSFER =
  /\b(TRANSFERS?|TRF|TFR|FT\s+(?:TO|FROM|FRM)|IFT|SWEEP|B2B|INTERNAL|INTER[- ]?ACCOUNT|OWN\s+ACCOUNT|(TO|FROM)\s+(BANK|WALLET|MOMO|M-?PESA)|(MOMO|WALLET|M-?PESA|TILL)\s+TO\s+(ACCT|ACCOUNT|A\/C))\b/i;
/**
 * What names one of the business's own accounts in a transfer's description: a wallet, a till, a float, a money-market,
 * call or notice deposit, a Sacco member's deposits (BOSA), or a bank itself ("Transfer to I&M Bank": the business's account there). Not "account" or
 * "savings": payees' descriptions say those too ("Transfer to savings for Okon").
 */
const OWN_ACCOUNT =
  /\b(WALLET|MOMO|M-?PESA|TILL|FLOAT|MONEY\s+MARKET|FIXED\s+DEPOSIT|PETTY\s+CASH|(CALL|NOTICE)\s+(A\/C|ACCOUNT|DEPOSIT)|BOSA)\b/i;
/** A description's party that is a bank by name ("I&M Bank"): the name before BANK. */
const BANK_PARTY = /^([\w&.'-]+(?:\s+[\w&.'-]+){0,2})\s+BANK(?:\s+(?:LTD|LIMITED|PLC))?$/i;

/**
 * The entry's party, read from its description, is one of the business's own accounts: a wallet, till, float, call
 * deposit, or a bank the line names too ("Transfer to I&M Bank" against "… to Bank - I&M BANK LIMITED"); a name ending
 * in Bank the line does not write is a payee (Kenya Seed Bank, Lagos Food Bank) or another bank.
 */
function ownAccountNamed(partyName: string, narration: string): boolean {
  if (OWN_ACCOUNT.test(partyName)) return true;
  // the bank says the money went to or came from the business's own account ("GCB OWN ACC TRANSFER", "SELF TRF"): an
  // account the description names is that one ("Transfer from GCB collection account", "… Family Bank USD a/c")
  if (
    OWN_LINE.test(narration) &&
    (BUSINESS_ACCOUNT.test(partyName) || /\bBANK\b/i.test(partyName) || sameAccountNumber(partyName, narration))
  )
    return true;
  const bank = BANK_PARTY.exec(partyName.trim());
  return bank !== null && ` ${normalizeSpaces(narration)} `.includes(` ${normalizeSpaces(bank[1]!)} BANK `);
}

/** The words of an own account's name in a party column besides its holder's: its kind, a wallet, a till. */
const PARTY_ACCOUNT_WORDS = new Set(
  'WALLET MOMO MPESA M PESA TILL FLOAT MONEY MARKET MERCHANT MOBILE FIXED DEPOSIT DEPOSITS PETTY CASH CALL NOTICE ACCOUNT ACCT A C BANK RB MFB SACCO SAVINGS CURRENT BUSINESS TRANSFER TO FROM'.split(
    ' ',
  ),
);

/**
 * A party column naming an own account names at most one word besides the account's (the wallet's network or the
 * sacco: "MTN MoMo merchant wallet", "Stima Fixed Deposit"), and any number it writes is the line's too: "Grace Wanjiru
 * M-Pesa 0711000222" and "Kamau Hardware Till 5123456" are payees' wallets and tills.
 */
function namesNoOne(party: string, narration: string): boolean {
  let others = 0;
  for (const part of party.toUpperCase().split(PART_SEPARATOR)) {
    const words = part.split(/[^A-Z0-9]+/).filter((w) => w !== '');
    // a part of its own naming a bank ("Fixed Deposit - Asante Akim RB"): up to two words of the bank's name before
    // its word; a name run on into the bank's ("Chidi Okafor Moniepoint MFB Wallet") is a person's account there
    const bank = words.findIndex((w) => BANK_KINDS.has(w));
    const named =
      bank >= 1 && bank <= 2 && words.slice(0, bank).every((w) => !PARTY_ACCOUNT_WORDS.has(w) && !/\d/.test(w));
    for (let i = named ? bank : 0; i < words.length; i++) {
      const w = words[i]!;
      if (/\d/.test(w)) {
        if (w.length >= 4 && !narration.toUpperCase().includes(w)) return false;
      } else if (!PARTY_ACCOUNT_WORDS.has(w)) others++;
    }
  }
  return others <= 1;
}

/** What parts a party column's words: a spaced dash, a slash, a comma. */
const PART_SEPARATOR = /\s[-–—]\s|\/|,/;
/** The words a bank's name ends with. */
const BANK_KINDS = new Set(['BANK', 'RB', 'MFB', 'SACCO']);

/**
 * A wallet's or gateway's payout to the bank, its payee field the bank and a masked account ("FNB ****3321"), against a
 * transfer the books describe as to an account at that bank ("Transfer to FNB Business Cheque — PayFast payout").
 */
function accountAtPayeesBank(partyName: string, payee: string | null | undefined): boolean {
  if (!payee || !isBankAccountField(payee)) return false;
  const party = letterWordsOf(partyName);
  const span = bankNameSpan(party);
  if (span === null || span[0] !== 0) return false;
  const bank = letterWordsOf(payee);
  return span[1] <= bank.length && party.slice(0, span[1]).every((w, i) => bank[i] === w);
}

/** The kind of account a business keeps ("savings", "current", "call deposit", "collections", "USD"). */
const ACCOUNT_KIND =
  /\b(SAVINGS|CURRENT|CALL|NOTICE|DEPOSIT|COLLECTIONS?|OPERATING|OPERATIONS|RESERVE|ESCROW|DOMICILIARY|DOM|FX|USD|GBP|EUR)\b/i;
/**
 * The description and the line write the same account number, as the bank masks it (each masking its own way:
 * sameMaskedNumber) or in full ("Transfer to Fidelity savings 1050***118" beside "TRF TO OWN A/C 1050***118 SAVINGS"):
 * the account the bank says is the holder's own.
 */
function sameAccountNumber(partyName: string, narration: string): boolean {
  // the account named by its kind and nothing else: "… to Emeka Obi Hardware from GTB 0112***445" names a payee and the
  // paying account, which is the business's own on either reading
  if (!ACCOUNT_KIND.test(partyName) || /\b(FROM|TO)\b/i.test(partyName)) return false;
  if (sameMaskedNumber(partyName, narration)) return true;
  const written = fullAccountNumbersOf(narration);
  return fullAccountNumbersOf(partyName).some((n) => written.includes(n));
}

/** A float moved to the business's wallet or till ("Float to MTN MoMo merchant wallet"); a float to a person is not. */
const FLOAT_TO_WALLET =
  /\bFLOAT\b.*\b(WALLET|MOMO|M-?PESA|TILL|PETTY\s+CASH)\b|\b(WALLET|MOMO|M-?PESA|TILL)\b.*\bFLOAT\b/i;

/**
 * An account of a business by its kind ("collection account", "USD a/c"): not "Okon Freight account" nor a director's
 * personal account, which are someone else's however the bank words the transfer.
 */
const BUSINESS_ACCOUNT =
  /\b(COLLECTIONS?|CURRENT|SAVINGS|OPERATING|OPERATIONS|ESCROW|RESERVE|DOMICILIARY|DOM|FX|USD|GBP|EUR|ZAR|KES|NGN|GHS)\s+(ACCOUNT|ACCT|A\/C)(?![\w/])/i;

const normalizeSpaces = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^A-Z0-9&]+/g, ' ')
    .trim();

/**
 * An internal funds transfer is within the bank, to anyone: it is the business's own only when it names no one, its
 * words past the channel's being account numbers and account words ("IFT FROM A/C 0123XXXX0201").
 */
function iftToSomeone(narration: string): boolean {
  if (!/\bIFT\b/i.test(narration)) return false;
  return narration
    .toUpperCase()
    .replace(/\b[\w-]*\d[\w-]*/g, ' ')
    .split(/[^A-Z]+/)
    .some((w) => w.length >= 3 && !IFT_WORDS.has(w));
}
const IFT_WORDS = new Set('IFT FROM ACCOUNT CALL NOTICE DEPOSIT SAVINGS CURRENT OWN'.split(' '));
/**
 * Where a narration starts naming the other side: after TO or FROM, B/O, or a paybill's number ("MPESA B2B PAYBILL
 * 600100 JUMBO HARDWARE LTD": a business's collection account). A till's number is followed by its holder's name, the
 * business's own when its till pays the bank ("MPESA B2B … TILL 5123456 MWANGI AND OTIENO HARDWARE").
 */
const otherSide = (numbered: string) =>
  new RegExp(
    String.raw`\b(?:TO|FROM|FRM|IFO|${numbered}\s+\d+)\b|\bB\/O\b|\b(?:TRF|TRANSFER|NIP(?:\s+(?:CR|DR))?)\/`,
    'gi',
  );
const OTHER_SIDE = otherSide('PAYBILL');
/** OTHER_SIDE for money out, which a till's number also starts: a till paid is a Buy Goods purchase from its holder. */
const OTHER_SIDE_OUT = otherSide('(?:PAYBILL|TILL)');
/** Words naming an account, a wallet or its kind rather than whose it is ("CALL", "SAVINGS", "OWN", "MAIN", "GHS"). */
const ACCOUNT_KINDS = new Set(
  [
    'OWN SELF SWEEP MMF SAVINGS CURRENT CALL NOTICE DEPOSIT DEPOSITS FIXED FD COLLECTION COLLECTIONS OPERATING OPERATIONS',
    // a Sacco member's deposits account (its back office's), where the business saves with the Sacco
    'MAIN BOSA',
    'RESERVE ESCROW DOMICILIARY DOM USD GBP EUR GHS KES NGN ZAR WALLET MOMO MPESA PESA TILL FLOAT MERCHANT MONEY PETTY',
    'MY OUR',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Kinds of account a payee holds as much as the business (a Sacco member's deposits too: an employer remits its staff's):
 * after a payee's name they are the payee's.
 */
const PERSONAL_KINDS = new Set(['MAIN', 'MONEY', 'MOMO', 'MPESA', 'PESA', 'WALLET', 'TILL', 'BOSA']);
/** Account kinds that are also words of names: an account only when an account word follows. */
const ONLY_BEFORE_ACCOUNT = new Set(['MAIN', 'MONEY']);
/** An account by that word alone: the business's own ("TO ZENITH A/C NO …") unless a name comes before it. */
const ACCOUNT = new Set(['ACCOUNT', 'ACCT', 'ACC']);
/** Words a name joins with: no name of their own. */
const NAME_JOINERS = new Set('OF FOR AND THE'.split(' '));
/**
 * The line names a person or a business on the other side ("NIP TRF TO MUSA IBRAHIM", "GIP TRANSFER FROM KOFI
 * MENSAH", "NIP TRF TO OKAFOR C.N.", "NIP TRF IFO MUSA IBRAHIM", "MOB TRF/MUSA IBRAHIM/SITE TRANSPORT", "NIP DR/MUSA
 * IBRAHIM/UBA/TRANSFER"): after some TO, FROM, IFO (in favour of) or a transfer's slash (each read up to the next), two words or a word and an
 * initial or title. A bank by name is left out ("TO MUSA IBRAHIM - ACCESS BANK" and "TO ZENITH BANK/MUSA IBRAHIM" name
 * Musa Ibrahim; "TO STANBIC IBTC BANK" no one). An account by its kind ("TO OWN ACCT", "… CALL A/C", "MOMO TO ACCT …
 * ASANTE PHARMA") may be the business's own, and is left to the entry's side; an account after a name is the payee's
 * ("TO CHIDI OKAFOR A/C 0123456789").
 */
function namesOtherSide(narration: string, out: boolean): boolean {
  const text = narration.toUpperCase().replace(/\bA\/C\b/g, ' ACCOUNT ');
  const starts = [...text.matchAll(out ? OTHER_SIDE_OUT : OTHER_SIDE)];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!.index + starts[i]![0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    const stretch = text.slice(from, to);
    // after a slash the fields are apart ("NIP DR/MUSA IBRAHIM/UBA/MONEY TRANSFER"): each read on its own
    // a paybill, or a Buy Goods till paid, is a business's: one word after its number names it ("PAYBILL 888880
    // KPLC", "TILL 5123456 TOTALENERGIES KAREN")
    const least = /^(?:PAYBILL|TILL)/i.test(starts[i]![0]) ? 1 : 2;
    if (starts[i]![0].endsWith('/') ? stretch.split('/').some((s) => namesPayee(s)) : namesPayee(stretch, least))
      return true;
  }
  return false;
}

/** namesOtherSide's reading of one stretch of a narration: `least` words name someone (two; after a paybill, one). */
function namesPayee(stretch: string, least = 2): boolean {
  let words = 0;
  let initials = 0;
  const named = () => words >= least || (words >= 1 && initials >= 1);
  // money to or from the bank itself ("MOMO TO BANK 0244000777 NANA AMA PHARMACEUTICALS", "Withdrawal to Bank") is the
  // holder's own account there, whose name may follow; "TO BANK OF AFRICA JOHN KAMAU" names a bank, then the payee
  if (/^\s*BANK\b(?!\s+(?:OF|FOR)\b)/.test(stretch)) return false;
  // a bank by name (one word before BANK: "ACCESS BANK", "IBTC BANK") is the account's bank, not whose it is
  // with what a bank's name runs on with: "BANK OF AFRICA", "UNITED BANK FOR AFRICA", "FIDELITY BANK GHANA"
  const rest = stretch.replace(
    /(?:[A-Z&.'-]+\s+)?\bBANK\b(?:\s+(?:OF|FOR)\s+[A-Z]+)?(?:\s+(?:NIGERIA|GHANA|KENYA|SOUTH\s+AFRICA|LTD|LIMITED|PLC))*/g,
    ' ',
  );
  // FD is a fixed deposit before its number ("TO FD 0331200045"), a person's initials before a name ("TO FD KARIUKI")
  const fdAccount = /\bFD\s*(?:NO\.?\s*)?\d/.test(rest);
  const ws = rest.replace(/[\w*-]*\d[\w*-]*/g, ' ').split(/[^A-Z&]+/);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === 'FD' && !fdAccount) {
      initials++;
      continue;
    }
    // MAIN and MONEY say an account only before an account word ("MAIN ACCOUNT"; "MAIN ONE CABLE CO" is a company)
    // a wallet or a main account after a name of two words is that person's ("TO KOFI MENSAH MOBILE MONEY ACCOUNT …");
    // a call, savings or fixed account after one is the business's own ("MAVUNO AGRO INPUTS CALL A/C")
    if (ACCOUNT_KINDS.has(w) && !(ONLY_BEFORE_ACCOUNT.has(w) && !ACCOUNT.has(ws[i + 1] ?? '')))
      return words >= 2 && PERSONAL_KINDS.has(w);
    if (ACCOUNT.has(w)) return named();
    if (NAME_JOINERS.has(w)) continue;
    if (isNameTitle(w) || w.length === 1) initials++;
    else if (w.length >= 2) words++;
  }
  return named();
}

/** A payer field naming a bank or wallet (the other side of an own transfer), not a person or a business. */
const BANK_OR_WALLET = /\b(BANK|WALLET|MOMO|M-?PESA|TILL)\b/i;
/**
 * Both sides read as money moved between own accounts: the entry worded as a transfer with no party, the line worded as
 * a transfer (its payer field may be the business's own name); neither pays someone, comes back or names a document.
 */
function isOwnTransfer(p: Pair): boolean {
  const { entry } = p.l;
  const { line } = p.b;
  const party = entry.party ? withoutPostingWord(entry.party) : null;
  // a party read from a transfer's description may be the other account ("from MTN MoMo merchant wallet"); one that
  // names no account is a payee ("Transfer to Okon Freight"). Personal-finance books put the other account in the party
  // column of an entry they call a transfer ("Stima Fixed Deposit", "… — Transfer"): that account must be one too.
  if (
    party
      ? !(
          TRANSFER.test(entry.description ?? '') &&
          ownAccountNamed(party, line.narration ?? '') &&
          namesNoOne(party, line.narration ?? '')
        )
      : p.l.partyTokens.length > 0 &&
        !(
          p.l.partyFromDescription &&
          (ownAccountNamed(p.l.partyName ?? '', line.narration ?? '') ||
            accountAtPayeesBank(p.l.partyName ?? '', line.counterpartyName))
        )
  )
    return false;
  // a payer field naming a person or a business is a payee, whatever the words around it (an account number is not a
  // name), but a bank and a masked account there is an account ("FNB ****3321"). A wallet export naming the business
  // itself there is refused too: the business's name is not known here.
  const payer = line.counterpartyName ?? '';
  if (/[A-Z]/i.test(payer) && !BANK_OR_WALLET.test(payer) && !isBankAccountField(payer)) return false;
  const text = `${entry.description ?? ''} ${entry.reference ?? ''}`;
  const said = `${line.narration ?? ''} ${line.reference ?? ''}`;
  return (
    (TRANSFER.test(text) || FLOAT_TO_WALLET.test(text)) &&
    (LINE_TRANSFER.test(said) || OWN_LINE.test(said)) &&
    !iftToSomeone(line.narration ?? '') &&
    !namesOtherSide(line.narration ?? '', line.amountMinor < 0) &&
    !PAYS_SOMEONE.test(text) &&
    !PAYS_SOMEONE.test(said) &&
    !DOCUMENT.test(text)
  );
}

// the same words on every such match: one shared, frozen object
const OWN_TRANSFER: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `a transfer between the business's own accounts: the only open entry and the only bank line of this amount within ${OWN_TRANSFER_DAYS} days`,
  weight: WEIGHTS.ownTransfer,
}) as Evidence;
