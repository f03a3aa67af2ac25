import { normalizeCurrency, UnknownCurrencyError, type CurrencyCode } from '../../domain/currency.js';
import type { BusinessDate } from '../../domain/dates.js';
import { amountLineMinor, checkBalanceChange } from './amount-direction.js';
import { CellError, dateOrderEvidence, parseAmountCell, parseDateCell, shown } from './cell-parsers.js';
import { LedgerFileError } from './ledger-file-error.js';
import { findPreset } from './presets.js';
import type { TableProfile } from './table-profile.js';
import { cellText, type Cell, type TableSource } from './table-source.js';

/** One transaction row of a statement or ledger file, with money signed as it affects the bank account. */
export interface MappedRow {
  row: number;
  date: BusinessDate;
  valueDate: BusinessDate | null;
  amountMinor: number;
  currency: CurrencyCode;
  description: string | null;
  reference: string | null;
  party: string | null;
  account: string | null;
  accountName: string | null;
  journalId: string | null;
  balanceMinor: number | null;
  /** the Fee column's magnitude, already netted from amountMinor; null without one */
  feeMinor: number | null;
}

/** A row after the header that holds something but was not read as a transaction, and why. */
export interface SkippedRow {
  row: number;
  reason: string;
}

// Transaction statuses that say the money moved; any other non-blank status (Failed, Cancelled, Pending, Declined,
// Expired…) means it did not. A blank status says nothing and the row is read.
const MOVED_STATUS = /^(completed|complete|successful|success)$/i;

// Labels of rows that summarise rather than record (totals, balances brought forward, statement footers).
// In the languages of the ledgers African subsidiaries keep too: German (DATEV's Saldovortrag), French, Portuguese,
// Afrikaans, Turkish (Logo's "Toplam", "Önceki dönemden devir", "Dönem sonu bakiye") and the Scandinavian languages
// (Uniconta's and e-conomic's "I alt", "Primo", "Ultimo"; Swedish and Norwegian "Summa", "Ingående/Utgående saldo")
// and Arabic (Al-Ameen's "المجموع" total, "رصيد سابق" brought forward, "الرصيد الختامي" closing balance).
const SUMMARY =
  /^(total|totals|sub ?-?total|grand total|current total|opening balance|closing balance|beginning balance|ending balance|balance (b\/?f|c\/?f|brought forward|carried forward)|brought forward|carried forward|b\/f|c\/f|end of (statement|report)|net movement|net change|summe|saldovortrag|anfangssaldo|anfangsbestand|endsaldo|schlusssaldo|report à nouveau|solde (initial|final|d'ouverture|de clôture|reporté|à reporter)|saldo (inicial|anterior|final|transportado)|openingsaldo|slotsaldo|saldo oorgedra|(genel |ara )?toplam|(önceki dönemden )?devir|devreden bakiye|açılış bakiyesi|kapanış bakiyesi|dönem (sonu|başı) bakiyes?i?|i ?alt|summa|(saldo )?(primo|ultimo)|(ingående|inngående|utgående) (saldo|balanse)|ال?مجموع|ال?[إا]جمالي|رصيد (سابق|مرحل|افتتاحي|ختامي)|الرصيد (السابق|المرحل|الافتتاحي|الختامي))(?![\p{L}\p{N}])/iu;

// Korean (Douzone's 월계 month total, 누계 year-to-date, 전기이월 brought forward), Japanese (合計, 月計, 累計, 前期繰越)
// and Chinese (合计, 期初余额, 期末余额) summary labels: a year-to-date row is no sum of the rows above it, so only its
// label says so. Whole: these are written with or without spaces between words, and an entry's own words may follow
// the label ("전월이월 미수금 회수 대한상사", collecting a receivable brought forward).
const CJK_SUMMARY =
  /^\s*(합계|소계|월계|누계|(전기|전월|차기|차월)이월|기초잔액|기말잔액|合計|小計|月計|累計|(前期|前月|次期|次月)繰越|期首残高|期末残高|合计|小计|累计|期初余额|期末余额|上年结转|结转下年|承前页|过次页)\s*$/u;
// Of those, the ones that state a balance.
const CJK_BALANCE_LINE =
  /^\s*((전기|전월|차기|차월)이월|기초잔액|기말잔액|(前期|前月|次期|次月)繰越|期首残高|期末残高|期初余额|期末余额|上年结转|结转下年)\s*$/u;
const isSummary = (text: string) => SUMMARY.test(text) || CJK_SUMMARY.test(text);
const isBalanceLine = (text: string) => BALANCE_LINE.test(text) || CJK_BALANCE_LINE.test(text);

// Labels of rows that state a balance. Such a row with a date and an amount but no journal id or reference is the
// export's balance line, not an entry ("Total …" is left out here: "Total Energies" is a payee).
const BALANCE_LINE =
  /^(opening balance|closing balance|beginning balance|ending balance|balance (b\/?f|c\/?f|brought forward|carried forward)|brought forward|carried forward|b\/f|c\/f|saldovortrag|anfangssaldo|anfangsbestand|endsaldo|schlusssaldo|report à nouveau|solde (initial|final|d'ouverture|de clôture|reporté|à reporter)|saldo (inicial|anterior|final|transportado)|openingsaldo|slotsaldo|saldo oorgedra|(önceki dönemden )?devir|devreden bakiye|açılış bakiyesi|kapanış bakiyesi|dönem (sonu|başı) bakiyes?i?|(saldo )?(primo|ultimo)|(ingående|inngående|utgående) (saldo|balanse)|رصيد (سابق|مرحل|افتتاحي|ختامي)|الرصيد (السابق|المرحل|الافتتاحي|الختامي))(?![\p{L}\p{N}])/iu;

// A bank's balance line labelled where its date would be ("Account balance", "Available balance").
const ACCOUNT_BALANCE = /^(account|available|ledger|book|current|cleared) balance\b/i;

// A period's or year's total, dated with the period's last day (Kingdee's "Total for the period" and "Year-to-date
// total", Yonyou's "Current Month Total" and "Current Year Accumulated" or 本月合计 and 本年累计, "Period total", "YTD
// total", Peachtree's "Current Period Change"): the words say it is a total of the report, never a payee's name.
const PERIOD_TOTAL =
  /^(?:(?:total (for|of) (the )?(period|month|year|day|quarter)|((current|this) )?(period|month|monthly|quarter|year|yearly|annual|cumulative) (totals?|accumulated|change|movement)|accumulated (for (the )?)?(period|month|year)|(year|month)[- ]to[- ]date( totals?)?|ytd( totals?)?)\b|本(?:月|期)合计|本年累计)/i;

// ERPNext's General Ledger report: rows with no date whose Account cell is the label, quoted as ERPNext writes it
// ('Opening', 'Total', 'Closing (Opening + Total)'). Matched whole and only on a row without a date: a dated row is
// never one of these, and "Opening stock" is not a summary.
const DATELESS_SUMMARY = /^'?(opening|total|closing \(opening \+ total\))'?$/i;

function isBlankish(cell: Cell | undefined): boolean {
  const t = cellText(cell);
  return t === '' || /^[-–—]$/.test(t);
}

/**
 * The reading pass: rows after the header, section and summary rows skipped, every other row parsed or refused.
 * Summary rows and rows whose transaction status says the money did not move are reported to `onSkip`.
 */
export async function* readMappedRows(
  src: TableSource,
  profile: TableProfile,
  onSkip: (s: SkippedRow) => void = () => {},
): AsyncGenerator<MappedRow> {
  const c = profile.columns.single;
  const headers = profile.headers;
  const colName = (i: number) => headers[i] || `column ${i + 1}`;
  const moneyCols = [c.amount, c.moneyIn, c.moneyOut, c.fee].filter((i): i is number => i !== undefined);
  let section: string | null = null;
  let seenHeader = false;
  // The last entry read, held back one row: a narration row right under it (TallyPrime's Ledger Vouchers with
  // narrations shown) belongs to it.
  let held: MappedRow | null = null;
  let narrationMayFollow = false;
  // each money column's sum over the entries read, in the file and since the last section heading or total row: a
  // dateless row whose figures are these sums is a total row, in whatever language it is labelled
  const totals = new RunningTotals(moneyCols);

  for await (const r of src.rows()) {
    if (!seenHeader) {
      if (r.row === profile.headerRow) seenHeader = true;
      continue;
    }
    const texts = r.cells.map(cellText);
    const nonBlank = texts.filter((t) => t !== '');
    if (nonBlank.length === 0) {
      narrationMayFollow = false;
      continue;
    }
    // A repeated header (page breaks in PDF-to-spreadsheet conversions) is skipped.
    if (texts[c.date!] === headers[c.date!] && texts.every((t, i) => t === (headers[i] ?? '').trim())) continue;
    const hasMoney = moneyCols.some((i) => !isBlankish(r.cells[i]));
    const descText = profile.columns.description
      .map((i) => texts[i] ?? '')
      .join(' ')
      .trim();
    const dateless = isBlankish(r.cells[c.date!]);
    // the label may stand in the date column itself (an export that writes it first): a summary, never a date
    const dateText = texts[c.date!] ?? '';
    const dateLabel = DATELESS_SUMMARY.test(dateText) || isSummary(dateText) || ACCOUNT_BALANCE.test(dateText);
    const labelled = isSummary(nonBlank[0]!) || dateLabel || (dateless && DATELESS_SUMMARY.test(nonBlank[0]!));
    if (
      labelled ||
      (!hasMoney && isSummary(descText)) ||
      (dateless && isSummary(descText)) ||
      PERIOD_TOTAL.test(descText) ||
      // A dated "Opening Balance" line of a GL export states a balance; it is not a journal entry.
      (isBalanceLine(descText) && isBlankish(r.cells[c.journalId ?? -1]) && isBlankish(r.cells[c.reference ?? -1]))
    ) {
      onSkip({
        row: r.row,
        reason: `a summary row ("${shown(labelled ? nonBlank[0]! : descText)}")`,
      });
      narrationMayFollow = false;
      continue;
    }
    const status = c.status === undefined ? '' : (texts[c.status] ?? '');
    if (status !== '' && !MOVED_STATUS.test(status)) {
      onSkip({ row: r.row, reason: `${colName(c.status!)} "${shown(status)}": the money did not move` });
      narrationMayFollow = false;
      continue;
    }

    const loc = (col?: number) => ({
      file: src.file,
      sheet: src.sheet,
      row: r.row,
      column: col === undefined ? null : colName(col),
    });
    const fail = (col: number | undefined, err: unknown): never => {
      if (err instanceof CellError) throw new LedgerFileError(loc(col), err.message);
      throw err;
    };

    const dateCell = r.cells[c.date!] ?? null;
    if (isBlankish(dateCell)) {
      // text in the description columns alone, right under an entry of a report without sections: its narration
      if (!hasMoney && narrationMayFollow && held && !profile.sections && descText === nonBlank.join(' ')) {
        held.description = held.description ? `${held.description} — ${descText}` : descText;
        narrationMayFollow = false;
        continue;
      }
      narrationMayFollow = false;
      if (!hasMoney) {
        // A lone label is a section heading (the GL account in report-style exports) or a note; either way no entry.
        if (profile.sections && nonBlank.length === 1) {
          section = nonBlank[0]!;
          totals.restart();
        }
        continue;
      }
      // a total row names no document or journal of its own, and leaves the running balance where the entries did
      const ownId = !isBlankish(r.cells[c.reference ?? -1]) || !isBlankish(r.cells[c.journalId ?? -1]);
      if (
        held &&
        !ownId &&
        !movesBalance(r.cells[c.balance ?? -1], held, profile.decimalSeparator) &&
        totals.sums(r.cells, held.currency, profile.decimalSeparator)
      ) {
        onSkip({
          row: r.row,
          reason: `a total row ("${shown(descText || nonBlank[0]!)}"): its figures sum the rows above`,
        });
        totals.restart();
        continue;
      }
      throw new LedgerFileError(loc(c.date), 'a date; the row has an amount but no date');
    }
    if (profile.dateOrderEvidenceRow !== null && typeof dateCell === 'string') {
      const ev = dateOrderEvidence(dateCell);
      if ((ev === 'DMY' || ev === 'MDY') && ev !== profile.dateOrder) {
        throw new LedgerFileError(
          loc(c.date),
          `dates written one way throughout; row ${profile.dateOrderEvidenceRow} is ${profile.dateOrder === 'DMY' ? 'day' : 'month'}-first and this row is ${ev === 'DMY' ? 'day' : 'month'}-first (mixed date formats)`,
        );
      }
    }
    let date: BusinessDate;
    try {
      date = parseDateCell(dateCell, profile.dateOrder, src.dateSystem);
    } catch (err) {
      // Text in the date column of a row without money is a footer ("Generated on …"), not a transaction.
      if (!hasMoney && typeof dateCell === 'string') {
        if (profile.sections && nonBlank.length === 1) section = nonBlank[0]!;
        continue;
      }
      date = fail(c.date, err);
    }
    let valueDate: BusinessDate | null = null;
    if (c.valueDate !== undefined && !isBlankish(r.cells[c.valueDate])) {
      try {
        valueDate = parseDateCell(r.cells[c.valueDate]!, profile.dateOrder, src.dateSystem);
      } catch (err) {
        fail(c.valueDate, err);
      }
    }

    let currency: CurrencyCode;
    if (profile.currency) currency = profile.currency;
    else {
      const label = cellText(r.cells[c.currency!]);
      try {
        currency = normalizeCurrency(label);
      } catch (err) {
        if (err instanceof UnknownCurrencyError || label === '') {
          throw new LedgerFileError(
            loc(c.currency),
            `a currency code such as NGN, GHS, KES or ZAR; found "${shown(label)}"`,
          );
        }
        throw err;
      }
    }
    const amountAt = (i: number | undefined): number | null => {
      if (i === undefined) return null;
      try {
        return parseAmountCell(r.cells[i] ?? null, currency, profile.decimalSeparator);
      } catch (err) {
        return fail(i, err);
      }
    };

    // A fee column (Capitec's Fee, MTN MoMo's Fee) is money out of the account on the same line, whatever the shape of
    // the amount columns: read as a magnitude and netted from the line's movement (the running balance moves by the
    // net), never a line of its own.
    const fee = amountAt(c.fee);
    const balances = { balanceBefore: amountAt(c.balanceBefore), balance: amountAt(c.balance) };
    const refuse = (col: number | undefined, expected: string): never => {
      throw new LedgerFileError(loc(col), expected);
    };
    let amountMinor: number;
    if (c.amount !== undefined) {
      const a = amountAt(c.amount);
      if (a === null && fee === null) {
        if (c.balance !== undefined && !isBlankish(r.cells[c.balance])) continue; // a balance-only line
        throw new LedgerFileError(loc(c.amount), 'an amount; the cell is blank');
      }
      amountMinor = amountLineMinor(profile, { ...balances, amount: a, fee, texts }, refuse);
    } else {
      const moneyIn = amountAt(c.moneyIn);
      const moneyOut = amountAt(c.moneyOut);
      if (moneyIn === null && moneyOut === null && fee === null) {
        if (c.balance !== undefined && !isBlankish(r.cells[c.balance])) continue;
        throw new LedgerFileError(
          loc(c.moneyIn ?? c.moneyOut),
          'an amount in the money-in or money-out column; both are blank',
        );
      }
      if (moneyIn && moneyOut) {
        throw new LedgerFileError(
          loc(c.moneyOut),
          `either a money-in or a money-out amount, not both ("${colName(c.moneyIn!)}" and "${colName(c.moneyOut!)}" are both filled)`,
        );
      }
      // Magnitudes: banks disagree on whether the debit column carries a minus sign; the column says the direction.
      amountMinor = Math.abs(moneyIn ?? 0) - Math.abs(moneyOut ?? 0) - Math.abs(fee ?? 0);
    }
    checkBalanceChange(profile, { ...balances, amount: null, fee, texts }, amountMinor, refuse);
    totals.add(amountAt);
    const balanceMinor = balances.balance;
    const text = (i: number | undefined) => (i === undefined ? null : cellText(r.cells[i]) || null);
    const description =
      profile.columns.description
        .map((i) => cellText(r.cells[i]))
        .filter((t) => t !== '')
        .join(' — ') || null;
    if (held) yield held;
    narrationMayFollow = true;
    held = {
      row: r.row,
      date,
      valueDate,
      amountMinor,
      currency,
      description,
      reference: text(c.reference) ?? (findPreset(profile.preset)?.journalIdIsReference ? text(c.journalId) : null),
      party: text(c.party),
      account: text(c.account) ?? (profile.sections ? section : null),
      accountName: text(c.accountName),
      journalId: text(c.journalId),
      balanceMinor,
      feeMinor: fee === null || fee === 0 ? null : Math.abs(fee),
    };
  }
  if (held) yield held;
}

/**
 * The money columns summed over the entries read. A row is their total when every money figure it holds is the sum of
 * its column over two entries or more written in that column, since the file's start or since the last restart (a
 * section, a total row).
 */
class RunningTotals {
  private readonly all: number[];
  private readonly recent: number[];
  private readonly allCount: number[];
  private readonly recentCount: number[];
  constructor(private readonly columns: readonly number[]) {
    this.all = columns.map(() => 0);
    this.recent = columns.map(() => 0);
    this.allCount = columns.map(() => 0);
    this.recentCount = columns.map(() => 0);
  }
  add(amountAt: (column: number) => number | null): void {
    this.columns.forEach((col, i) => {
      const v = amountAt(col);
      if (v === null) return;
      this.all[i]! += v;
      this.recent[i]! += v;
      this.allCount[i]!++;
      this.recentCount[i]!++;
    });
  }
  restart(): void {
    this.recent.fill(0);
    this.recentCount.fill(0);
  }
  sums(cells: readonly Cell[], currency: CurrencyCode, decimalSeparator: TableProfile['decimalSeparator']): boolean {
    const of = (sums: number[], counts: number[]) =>
      this.columns.every((col, i) => {
        const cell = cells[col];
        if (isBlankish(cell)) return true;
        try {
          const v = parseAmountCell(cell ?? null, currency, decimalSeparator);
          return v !== null && counts[i]! >= 2 && Math.abs(v) === Math.abs(sums[i]!);
        } catch {
          return false;
        }
      });
    return of(this.recent, this.recentCount) || of(this.all, this.allCount);
  }
}

/** Whether a balance cell states another balance than the last entry left (an entry's, moved by its amount). */
function movesBalance(
  cell: Cell | undefined,
  last: Pick<MappedRow, 'currency' | 'balanceMinor'>,
  decimalSeparator: TableProfile['decimalSeparator'],
): boolean {
  if (isBlankish(cell)) return false;
  try {
    return (
      last.balanceMinor === null || parseAmountCell(cell ?? null, last.currency, decimalSeparator) !== last.balanceMinor
    );
  } catch {
    return true;
  }
}
