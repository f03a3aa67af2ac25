/**
 * The short names a party is known by: tax authorities, pension and health funds and utilities are written by their
 * initials in nearly every narration ("KRA PRN …" for Kenya Revenue Authority, "GRA PAYE" for Ghana Revenue
 * Authority), and a bookkeeper often writes the short name beside the long one ("ECG (Electricity Co of Ghana)").
 * A trader's initials are no such name: "Kilimo Cereal Brokers" is never written KCB, while a bank's narrations write
 * KCB on every line. So initials count only for a body of the kinds below, or when the books themselves write them,
 * and never when they spell a bank's, a channel's or a tax's own short name.
 */
import { revenueServiceShortNames } from './revenue-service-names.js';

/** Words a statutory body's or a utility's name carries, the names whose initials are how people write them. */
const INSTITUTION_WORDS = new Set(
  (
    'AUTHORITY REVENUE FUND TRUST COMMISSION BOARD COUNCIL CORPORATION MUNICIPALITY MINISTRY DEPARTMENT GOVERNMENT ' +
    'INSTITUTE UNIVERSITY BUREAU ELECTRICITY POWER LIGHTING WATER SEWERAGE ' +
    // an ombud or a tribunal ("CSOS" for the Community Schemes Ombud Service); not an agency, a registry or a
    // regulatory firm, which may be anyone's business ("Kilindini Port Agency", "Regulatory Compliance Consultants")
    'OMBUD OMBUDSMAN TRIBUNAL'
  ).split(' '),
);

/** Words dropped from a name before its initials are taken: connectives nobody writes a letter for. */
const CONNECTIVES = new Set(['OF', 'AND', 'THE', 'FOR']);

/** Legal endings a short name may or may not carry a letter for (GWCL and GWC for Ghana Water Company Limited). */
const LEGAL_ENDINGS = new Set(['LTD', 'LIMITED', 'PLC', 'PTY', 'INC']);

/**
 * Short names banks, channels and taxes write on lines that pay anyone: initials spelling one of these name nobody.
 * Nigerian, Ghanaian, Kenyan and South African banks, the payment channels and the taxes on a statement.
 */
const NOT_A_PARTY = new Set(
  (
    'KCB UBA FNB GTB GTCO FBN FCMB ZIB WEMA ABSA NCBA DTB SCB CBA EBL GCB ADB NIB CAL FBL UMB SBI SBG CBG ' +
    'CBN CBK BOG SARB ATM POS NIP EFT ACH RTGS GIP IBG NEFT SWIFT APP USSD SMS MPESA MOMO ' +
    'VAT PAYE WHT NHIL EMTL TRF REF INV PMT FEE CHG DEP WDL UIF SDL NAEDO ADT CDM SBSA MTN EFTPOS PAYSHAP'
  ).split(' '),
);

const MIN_LETTERS = 3;
const MAX_LETTERS = 6;

/** The name's words in capitals, letters only (a word with a digit is no word of a name), connectives left out. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w.length > 0 && /^[A-Z]+$/.test(w) && !CONNECTIVES.has(w));
}

/** The first letters of the words, run together. */
export const initials = (words: readonly string[]): string => words.map((w) => w[0]).join('');

/** A short name that spells a bank's, a channel's or a tax's own: it names no party. */
export const namesNoParty = (word: string): boolean => NOT_A_PARTY.has(word);

function fits(acronym: string): boolean {
  return acronym.length >= MIN_LETTERS && acronym.length <= MAX_LETTERS && !NOT_A_PARTY.has(acronym);
}

/**
 * Whether `text`, one word, is the short form of `long`: its initials in capitals ("GRA"), or in a company's own
 * casing the initials with a short last word whole ("NEDCo" for Northern Electricity Distribution Co.; two capitals or
 * more, so a plain word in brackets is none).
 */
function written(short: readonly string[], long: readonly string[], text: string): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const word = text.trim();
  if (/^[A-Z]+$/.test(word)) return short[0] === initials(long);
  if (!/^[A-Za-z]+$/.test(word) || word.replace(/[a-z]+/g, '').length < 2) return false;
  const last = long[long.length - 1]!;
  return last.length <= 3 && short[0] === initials(long.slice(0, -1)) + last;
}

/**
 * The short names `name` is known by: the initials of a statutory body's or utility's name (with and without its legal
 * ending), or the capitals the name writes beside its long form when they are that form's initials
 * ("ECG (Electricity Co of Ghana)", "Ghana Revenue Authority (GRA)"). Empty for most names.
 */
export function acronymsOf(name: string | null | undefined): string[] {
  if (!name) return [];
  const out: string[] = [];
  const add = (a: string) => {
    if (fits(a) && !out.includes(a)) out.push(a);
  };
  const inner = /\(([^)]*)\)/.exec(name)?.[1] ?? '';
  const outer = name.replace(/\([^)]*\)/g, ' ');
  const forms = [wordsOf(outer), wordsOf(inner)];
  for (const words of forms) {
    if (words.length < MIN_LETTERS || !words.some((w) => INSTITUTION_WORDS.has(w))) continue;
    const stateService = revenueServiceShortNames(words);
    if (stateService) {
      for (const short of stateService) add(short);
      continue;
    }
    add(initials(words));
    let end = words.length;
    while (end > 0 && LEGAL_ENDINGS.has(words[end - 1]!)) end--;
    if (end < words.length) add(initials(words.slice(0, end)));
  }
  // one form a single word in capitals, the other the words it stands for
  const [a, b] = forms;
  if (written(a!, b!, outer)) add(a![0]!);
  if (written(b!, a!, inner)) add(b![0]!);
  return out;
}
