import type { Pair } from '../assignment.js';
import { BANK_SHORT_NAMES } from '../bank-names.js';
import { isMonthWord } from '../month-names.js';
import { DOCUMENT } from '../same-amounts.js';
import { sameMaskedNumber } from '../masked-numbers.js';
import { PAYS_SOMEONE } from './pays-someone.js';

/**
 * Banks by the word transfers name them with, each alias under one spelling (GTB, GTBank and GTCO are Guaranty Trust):
 * the short names that are a bank's alone (bank-names.ts), and the names that are also common words (ACCESS, UNION,
 * EQUITY, FAMILY), which count only where the books name nothing but a bank's account and the line names the same bank.
 */
const BANK_WORDS = new Map<string, string>([
  ...BANK_SHORT_NAMES.map((w) => [w, w] as const),
  ...[
    // Nigeria
    'ZENITH ACCESS FIDELITY STERLING WEMA UNION POLARIS KEYSTONE PROVIDUS JAIZ OPTIMUS TITAN GLOBUS PARALLEX SUNTRUST',
    'PREMIUMTRUST LOTUS TAJ HERITAGE FIRSTBANK=FBN GTBANK=GTB GTCO=GTB GUARANTY=GTB IBTC=STANBIC UNIONBANK=UNION',
    'ZENITHBANK=ZENITH FIDELITYBANK=FIDELITY POLARISBANK=POLARIS KEYSTONEBANK=KEYSTONE PROVIDUSBANK=PROVIDUS',
    // Ghana
    'GCB ADB CBG PRUDENTIAL OMNIBSIC REPUBLIC FBNBANK=FBN',
    // Kenya
    'EQUITY COOP FAMILY SIDIAN KINGDOM',
    // South Africa
    'DISCOVERY GROBANK BIDVEST',
  ]
    .join(' ')
    .split(' ')
    .map((w) => {
      const [word, bank] = w.split('=');
      return [word!, bank ?? word!] as const;
    }),
]);

/** A bank's own words for a transfer between the holder's accounts ("OWN A/C", "OWN TRF", "SELF TRANSFER"). */
export const OWN_LINE = /\b(OWN\s+(ACC|ACCT|ACCOUNT|A\/C|TRF|TFR|TRANSFER)|SELF\s+(TRF|TFR|TRANSFER)|TO\s+SELF)\b/i;

/** Words that say money moved to fund or sweep an account, written beside the bank's name ("FUNDING ZENITH A/C"). */
const FUNDING_WORDS = new Set(['FUNDING', 'FUNDED', 'SWEEP']);
/** Words a line writes between a funding word and the bank's name ("SWEEP FROM ACCESS", "ZENITH/SEPT FUNDING"). */
const BETWEEN = new Set(['FROM', 'TO', 'OUR', 'OWN', 'THE']);
/** A transfer, as the books word one. */
const TRANSFER_WORD = /\b(TRANSFERS?|TRF|TFR|SWEEP|FUNDING|TOP\s*-?\s*UP)\b/i;
/** A YNAB-style transfer payee ("Transfer : Zenith Current"): the account the money went to or came from. */
const TRANSFER_PAYEE = /^\s*TRANSFER\s*:\s*(\S.*)$/i;
/**
 * The words an account of the business's own is written with besides its bank's name: transfer and account words,
 * kinds of account, joiners. Anything else (a person's or a supplier's name) makes the description a payee's.
 */
const ACCOUNT_WORDS = new Set(
  [
    'TRANSFER TRANSFERS TRF TFR FUNDS FUND FUNDING SWEEP TOP UP INTERNAL INTER TO FROM FOR OF THE AND BANK',
    'ACCOUNT ACCT AC A C CURRENT OPEX OPERATING OPERATIONS COLLECTION COLLECTIONS SAVINGS CALL NOTICE DEPOSIT',
    'FIXED RESERVE ESCROW DOMICILIARY DOM MAIN PAYMENTS PAYMENT USD GBP EUR NGN GHS KES ZAR MONTHLY',
    // a float kept at a wallet or processor, topped up from the bank; a bank's business account by its product's name
    'FLOAT BUSINESS',
  ]
    .join(' ')
    .split(' '),
);
/** Account words a line writes right after a bank's name for the account there ("ZENITH A/C", "GCB OPERATING A/C"). */
const LINE_ACCOUNT_WORDS = new Set(
  'ACCOUNT ACCT AC CURRENT OPEX OPERATING OPERATIONS COLLECTION COLLECTIONS SAVINGS CALL DOM'.split(' '),
);
const wordsOf = (text: string): string[] =>
  text
    .toUpperCase()
    .replace(/\bA\/C\b/g, ' ACCOUNT ')
    .replace(/\bCO-OP\b/g, 'COOP')
    .split(/[^A-Z0-9&]+/)
    .filter((w) => w !== '' && !/\d/.test(w));

/**
 * A transfer funding or sweeping the business's account at another bank, both sides naming that bank: the books
 * "Transfer to Zenith current account", "Funds Transfer from GTBank collections" or a transfer payee "Transfer : Zenith
 * Current"; the bank "NIP TRF TO <the holder's own name> - FUNDING ZENITH A/C", "NIP TRANSFER FROM GTB/<the holder>/
 * FUNDING", "TRF TO GCB OPERATING A/C". The holder's own name is not known here, so the line is not read for a payee:
 * what stands for that is the books naming nothing but a bank's account, and the line saying the money funds or sweeps
 * one, or naming the account, at the same bank. The amount's uniqueness around the pair is the caller's to check.
 */
export function fundsOwnBankAccount(p: Pair): boolean {
  const { entry } = p.l;
  const { line } = p.b;
  const payee = entry.party ? TRANSFER_PAYEE.exec(entry.party) : null;
  if (entry.party && payee === null) return false;
  const described = `${entry.description ?? ''} ${entry.reference ?? ''}`;
  const said = `${line.narration ?? ''} ${line.reference ?? ''}`;
  // both sides writing one masked account ("EFT top-up from FNB 62**4471", "Float top-up from FNB Business
  // 62xxxx4471"): the account is that one, and a payer field naming a business there is the holder's own name
  const sameAccount = sameMaskedNumber(described, said);
  // a payer field naming anyone is a payee; the wallet or bank fields of own transfers carry no name of this kind
  if (!sameAccount && line.counterpartyName && /[A-Z]/i.test(line.counterpartyName)) return false;
  if (PAYS_SOMEONE.test(described) || DOCUMENT.test(described) || PAYS_SOMEONE.test(said)) return false;
  // the account: a transfer payee's, else the description's, which must say transfer and name nothing but the account
  const account = payee !== null ? payee[1]! : (entry.description ?? '');
  if (payee === null && !TRANSFER_WORD.test(account)) return false;
  const banks = new Set<string>();
  for (const w of wordsOf(account)) {
    const bank = BANK_WORDS.get(w);
    if (bank !== undefined) banks.add(bank);
    // a month says the period after the account is named ("… current account - September funding"); before the bank's
    // name it is a person's ("Transfer to June FNB savings account")
    else if (!ACCOUNT_WORDS.has(w) && !(banks.size > 0 && isMonthWord(w))) return false;
  }
  if (banks.size === 0) return false;
  // the bank naming the transfer the holder's own ("TRANSFER TO NEDBANK 1187****42 OWN TRF"), or both sides writing
  // the account's number, and the line naming the bank: the account there
  const own = sameAccount || (OWN_LINE.test(said) && namesNoOneElse(line.narration ?? ''));
  return lineFundsBank(line.narration ?? '', banks) || (own && namesBank(line.narration ?? '', banks));
}

/**
 * A narration of nothing but a rail's, a transfer's, an account's and banks' words ("TRANSFER TO NEDBANK 1187****42"):
 * "ACB CREDIT NEDBANK T NAIDOO" names someone, whose own transfer the reference may call it.
 */
const namesNoOneElse = (narration: string): boolean =>
  wordsOf(narration).every((w) => ACCOUNT_WORDS.has(w) || BANK_WORDS.has(w) || RAIL_WORDS.has(w));
const RAIL_WORDS = new Set('ACB EFT NIP GIP RTGS NEFT IB IFT CREDIT DEBIT CR DR OWN SELF INWARD OUTWARD'.split(' '));

/** The line names one of `banks` anywhere ("Withdrawal to FNB 62**4471"). */
const namesBank = (narration: string, banks: ReadonlySet<string>): boolean =>
  wordsOf(narration).some((w) => banks.has(BANK_WORDS.get(w) ?? ''));

/**
 * The line names one of `banks` as the account funded or swept: an account word right after the bank's name ("ZENITH
 * A/C", "GCB OPERATING A/C"), a funding word just before it ("FUNDING ZENITH", "SWEEP FROM ACCESS", "TOP UP ZENITH") or
 * just after it ("CALBANK FUNDING", "GTB/SWEEP"); or the line's last field is a funding word alone ("NIP TRANSFER FROM
 * GTB/<the holder>/FUNDING"). A funding word elsewhere is a memo's ("PROJECT FUNDING", "AIRTIME TOP UP"), and TOP UP
 * after a bank's name a person's ("ADAMU MUSA/ZENITH/TOP UP").
 */
function lineFundsBank(narration: string, banks: ReadonlySet<string>): boolean {
  const words = wordsOf(narration);
  for (let i = 0; i < words.length; i++) {
    const bank = BANK_WORDS.get(words[i]!);
    if (bank === undefined || !banks.has(bank)) continue;
    if (LINE_ACCOUNT_WORDS.has(words[i + 1] ?? '')) return true;
    let before = i - 1;
    while (before >= 0 && BETWEEN.has(words[before]!)) before--;
    const w = words[before] ?? '';
    if (FUNDING_WORDS.has(w) || w === 'TOPUP' || (w === 'UP' && words[before - 1] === 'TOP')) return true;
    let after = i + 1;
    while (after < words.length && isMonthWord(words[after]!)) after++;
    if (FUNDING_WORDS.has(words[after] ?? '')) return true;
  }
  const last = narration
    .slice(narration.lastIndexOf('/') + 1)
    .trim()
    .toUpperCase();
  return narration.includes('/') && FUNDING_WORDS.has(last) && words.some((w) => banks.has(BANK_WORDS.get(w) ?? ''));
}
