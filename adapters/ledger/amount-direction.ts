import { shown } from './cell-parsers.js';
import type { TableProfile } from './table-profile.js';

/** What one row's amount column gives, parsed; the texts are the row's cells as written (for messages). */
export interface AmountCells {
  amount: number | null;
  fee: number | null;
  balanceBefore: number | null;
  balance: number | null;
  texts: string[];
}

/** Throws the reader's LedgerFileError for this row at the given column; the message says what was expected. */
export type Refuse = (col: number | undefined, expected: string) => never;

/**
 * The movement of a line read from one `amount` column, less its fee: the amount signed as written (after
 * `invertAmount`), or, with a `direction`, a magnitude signed by the direction column or by the balance change (a
 * change that fits neither direction is refused, never guessed).
 */
export function amountLineMinor(profile: TableProfile, cells: AmountCells, refuse: Refuse): number {
  const c = profile.columns.single;
  const colName = (i: number | undefined) => name(profile, i);
  const cell = (i: number | undefined) => `"${shown(i === undefined ? '' : (cells.texts[i] ?? ''))}"`;
  const { amount, balanceBefore: before, balance: after } = cells;
  const magnitude = Math.abs(amount ?? 0);
  const fee = Math.abs(cells.fee ?? 0);
  const feeText = c.fee === undefined ? '' : ` and ${colName(c.fee)} ${cell(c.fee)}`;
  const d = profile.direction;
  let signed: number;
  if (d === null) signed = profile.invertAmount ? -(amount ?? 0) : (amount ?? 0);
  else if (d === 'balance') {
    if (before === null || after === null) {
      return refuse(
        before === null ? c.balanceBefore : c.balance,
        `the balances before and after the line (${colName(c.balanceBefore)}, ${colName(c.balance)}) to take its direction from; one is blank`,
      );
    }
    const change = after - before;
    if (change === magnitude - fee) signed = magnitude;
    else if (change === -(magnitude + fee)) signed = -magnitude;
    else {
      return refuse(
        c.balance,
        `a balance change of the amount less the fee (money in) or of minus the amount and fee (money out); ${colName(c.balanceBefore)} ${cell(c.balanceBefore)} to ${colName(c.balance)} ${cell(c.balance)} fits neither ${colName(c.amount)} ${cell(c.amount)}${feeText}`,
      );
    }
  } else {
    const value = (cells.texts[c.direction!] ?? '').trim();
    if (d.out.has(value.toLowerCase())) signed = -magnitude;
    else if (d.in === null || d.in.has(value.toLowerCase())) signed = magnitude;
    else {
      return refuse(
        c.direction,
        `a value that says money in (${[...d.in].join(', ')}) or money out (${[...d.out].join(', ')}); found "${shown(value)}"`,
      );
    }
  }
  return signed - fee;
}

/**
 * With a balance-before column (MTN MoMo's `BAL BEFORE`) beside the balance after, the line's movement must be the
 * change: a row where it is not is refused, naming both balance columns and the movement's own. (Under
 * `direction: 'balance'` the sign came from that change and was checked there.)
 */
export function checkBalanceChange(profile: TableProfile, cells: AmountCells, line: number, refuse: Refuse): void {
  const c = profile.columns.single;
  const { balanceBefore: before, balance: after } = cells;
  if (c.balanceBefore === undefined || profile.direction === 'balance' || before === null || after === null) return;
  if (after - before === line) return;
  const movement = [c.amount, c.moneyIn, c.moneyOut, c.fee, c.direction]
    .filter((i): i is number => i !== undefined && (cells.texts[i] ?? '') !== '')
    .map((i) => `${name(profile, i)} "${shown(cells.texts[i]!)}"`)
    .join(', ');
  refuse(
    c.balance,
    `a balance change equal to the line's movement; ${name(profile, c.balanceBefore)} "${shown(cells.texts[c.balanceBefore] ?? '')}" to ${name(profile, c.balance)} "${shown(cells.texts[c.balance!] ?? '')}" disagrees with ${movement}`,
  );
}

function name(profile: TableProfile, i: number | undefined): string {
  return `"${i === undefined ? '?' : profile.headers[i] || `column ${i + 1}`}"`;
}
