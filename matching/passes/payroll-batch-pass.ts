import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, linesWithRules } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { isMonthWord, monthsWritten } from '../month-names.js';
import { isNameTitle } from '../counterparty.js';
import { CLOSE_DATE_DAYS, PAY_PERIOD_DAYS, WEIGHTS } from '../thresholds.js';

/** How banks and books word pay: a salary, wages, a payroll run. */
const PAY = /\b(SALARY|SALARIES|SAL|PAYROLL|WAGES?|NET\s+PAY|STIPENDS?)\b/i;
/** Pay-related lines that are no employee's net pay: advances, statutory deductions, the bank's charge on the batch. */
const NOT_NET_PAY =
  /\b(ADVANCE|LOAN|PAYE|TAX|NSSF|NHIF|SHIF|SHA|PENSION|UIF|SDL|SSNIT|COMMISSION|CHARGES?|FEES?|LEVY|VAT|EXCISE)\b/i;

/**
 * A party that is a pay account and nothing else ("Salaries payable", "Wages control", "Staff salaries"), or the staff
 * as a whole ("Staff", "All employees"): what a journal is posted to, naming no one.
 */
const PAY_ACCOUNT =
  /^\s*(?:(?:(?:STAFF|EMPLOYEES?|EMPLOYEE)\s+)?(SALARY|SALARIES|WAGES?|PAYROLL|NET\s+PAY)(\s+(PAYABLE|CONTROL|CLEARING|ACCOUNT|A\/C))?|(?:ALL\s+)?(?:STAFF|EMPLOYEES|PERSONNEL|WORKERS))\s*$/i;
/** Words of a payroll journal's description that name no one ("Being net salaries for February 2025"). */
const JOURNAL_WORDS = new Set(
  'BEING NET FOR THE OF AND MONTH PAYMENT PAID JOURNAL BATCH STAFF EMPLOYEES ALL PAYABLE SALARY SALARIES WAGES WAGE PAYROLL PAY RUN'.split(
    ' ',
  ),
);
/**
 * Words of a payroll text that name no one beyond the journal's: the bank's channel and batch words, and the cost centre
 * a journal is posted for ("… Head Office").
 */
const NO_ONE_WORDS = new Set(
  [
    'NIP TRF TRANSFER BULK PAYMENT PAYMT PMT PYMT UPLOAD BENEFICIARIES BENEF RECORDS ITEMS TXNS EFT ACH RTGS PESALINK',
    'DEBIT CREDIT PER ENTRY HEAD OFFICE BRANCH FACTORY SITE WAREHOUSE DEPARTMENT DEPT DIVISION PERMANENT CASUAL',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A text naming someone: a word that is none of the journal's, the bank's, a month or a number, beside another such
 * word, an initial or a title ("Salary August 2025 - Jane Wambui", "Okafor C.N.", "Mr Okafor", "SALARY AUG 2025 KEVIN
 * OMONDI"). A journal may carry a code or one odd word ("Salaries payable - AFC", "per payroll entry
 * HR-PRUN-2025-00005").
 */
function namesPerson(text: string): boolean {
  let words = 0;
  let initials = 0;
  for (const w of text.toUpperCase().split(/[^A-Z0-9]+/)) {
    if ((w.length === 1 && /[A-Z]/.test(w)) || isNameTitle(w)) initials++;
    else if (w.length >= 3 && !/\d/.test(w) && !JOURNAL_WORDS.has(w) && !NO_ONE_WORDS.has(w) && !isMonthWord(w))
      words++;
    else {
      words = 0;
      initials = 0;
      continue;
    }
    if (words >= 2 || (words >= 1 && initials >= 1)) return true;
  }
  return false;
}

/**
 * Pass 4c — a payroll. The bookkeeper books the month's net pay as one journal ("Net salaries August 2025"), or one
 * entry per employee; the bank pays it as one transfer per employee ("SALARY AUG 2025 KEVIN OMONDI"), all on one day,
 * or as one batch. The open salary debits of one day together are the one open payroll entry dated within
 * CLOSE_DATE_DAYS that they make to the cent: confirmed when no other open payroll entry of that amount lies within
 * PAY_PERIOD_DAYS (fixed salaries repeat their total month after month) and the two sides name no different months. A
 * lone batch (naming no one, and no other salary debit of its amount in the pay period) with no such journal is instead
 * every open
 * salary entry within CLOSE_DATE_DAYS together, when they make it to the cent. Every salary debit of the day, and
 * every salary entry of those days, takes part (no subset is searched), so a sum met by chance is as unlikely as it
 * gets; anything else is left to a person.
 */
export function payrollBatchPass(state: AssignmentState): void {
  const ruled = linesWithRules(state);
  const byDay = new Map<string, PreparedBank[]>();
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (b.sign > 0 || ruled[b.order]) continue;
    const text = lineWords(b);
    if (!PAY.test(text) || NOT_NET_PAY.test(text)) continue;
    const k = `${b.line.currency}|${b.day}`;
    const list = byDay.get(k);
    if (list) list.push(b);
    else byDay.set(k, [b]);
  }
  const days = [...byDay.values()];
  if (days.length === 0) return;
  // the month's journal names no party and no one in its description, or a pay account for its party ("Salaries
  // payable", the ledger a journal is posted against); an employee's own entry names the employee (the payee column of
  // a payment, or its description)
  const payroll: PreparedLedger[] = [];
  const perEmployee: PreparedLedger[] = [];
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (l.sign > 0) continue;
    const text = entryWords(l);
    if (!PAY.test(text) || NOT_NET_PAY.test(text)) continue;
    perEmployee.push(l);
    const description = l.entry.description ?? '';
    if ((!l.entry.party || PAY_ACCOUNT.test(l.entry.party)) && !namesPerson(description)) payroll.push(l);
  }
  // a lone salary debit is a batch only when no other salary debit of its amount lies in the pay period
  const byAmount = new Map<string, PreparedBank[]>();
  for (const b of days.flat()) {
    const k = `${b.line.currency}|${b.abs}`;
    const list = byAmount.get(k);
    if (list) list.push(b);
    else byAmount.set(k, [b]);
  }
  for (const lines of days) {
    const open = lines.filter((b) => state.bankOpen(b));
    if (open.length === 0) continue;
    const day = open[0]!.day;
    const { currency } = open[0]!.line;
    let paid = 0;
    for (const b of open) paid += b.abs;
    const near = (l: PreparedLedger, within: number) =>
      state.ledgerOpen(l) && l.entry.currency === currency && Math.abs(l.day - day) <= within;
    if (
      open.length === 1 &&
      byAmount.get(`${currency}|${paid}`)!.some((o) => o !== open[0] && Math.abs(o.day - day) <= PAY_PERIOD_DAYS)
    )
      continue;
    const said = open.map((b) => b.line.narration ?? '').join(' ');
    const made = payroll.filter((l) => near(l, CLOSE_DATE_DAYS) && l.abs === paid);
    if (made.length === 1) {
      const l = made[0]!;
      // any other salary entry of the total in the pay period, a journal or an employee's own, is as near
      if (perEmployee.some((o) => o !== l && near(o, PAY_PERIOD_DAYS) && o.abs === paid)) continue;
      if (!open.every((b) => state.allowed(b, l))) continue;
      if (otherMonths(said, entryWords(l))) continue;
      const detail =
        open.length === 1
          ? `the salary batch of ${open[0]!.line.date} is the payroll entry`
          : `the ${open.length} salary payments of ${open[0]!.line.date} together make the payroll entry`;
      claimPayroll(state, open, [l], detail);
    } else if (made.length === 0 && open.length === 1) batchOfEmployees(state, open[0]!, perEmployee, said, near);
  }
}

/**
 * One salary batch against the employees' own entries (a payment voucher each): every open salary entry within
 * CLOSE_DATE_DAYS of the batch, together, making it to the cent, none for another month. No subset is searched.
 */
function batchOfEmployees(
  state: AssignmentState,
  b: PreparedBank,
  perEmployee: readonly PreparedLedger[],
  said: string,
  near: (l: PreparedLedger, within: number) => boolean,
): void {
  // "SALARY AUG 2025 KEVIN OMONDI" is one employee's pay, whatever other employees' entries add up to
  if (namesPerson(b.line.narration ?? '')) return;
  const ls = perEmployee.filter((l) => near(l, CLOSE_DATE_DAYS));
  if (ls.length < 2) return;
  let booked = 0;
  for (const l of ls) booked += l.abs;
  if (booked !== b.abs || !ls.every((l) => state.allowed(b, l))) return;
  if (ls.some((l) => otherMonths(said, entryWords(l)))) return;
  claimPayroll(state, [b], ls, `the salary batch of ${b.line.date} pays the ${ls.length} salary entries of those days`);
}

function claimPayroll(
  state: AssignmentState,
  bs: readonly PreparedBank[],
  ls: readonly PreparedLedger[],
  detail: string,
): void {
  const { opts } = state;
  const ev: Evidence[] = [
    { kind: 'split_sum', detail, weight: WEIGHTS.settlement },
    { kind: 'amount_exact', detail: 'same total', weight: WEIGHTS.amountExact },
    { kind: 'date', detail: 'paid within days of the payroll entry', weight: WEIGHTS.date },
  ];
  const confidence = evidenceSum(ev);
  if (confidence < opts.autoConfirmThreshold) return;
  const kind = bs.length === 1 && ls.length === 1 ? 'exact' : 'split';
  state.claim(group(bs, ls, kind, confidence, ev, opts), bs, ls);
}

/** Whether both texts name months and share none ("SALARY JUL 2025" against "Net salaries August 2025"). */
function otherMonths(a: string, b: string): boolean {
  const x = monthsWritten(a);
  const y = monthsWritten(b);
  return x.size > 0 && y.size > 0 && ![...x].some((m) => y.has(m));
}
