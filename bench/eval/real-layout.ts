import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import type { TabularReadOptions } from '../../adapters/ledger/tabular-options.js';
import { normalizeCurrency } from '../../domain/currency.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { parseMajorString } from '../../domain/money.js';
import type { BankLine, MatchGroup, ReconcileResult } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';
import { reconcileDocumentFile } from './engine-output.js';
import { type Tally, emptyTally, sameSet } from './tally.js';

interface RowRef {
  file: string;
  row: number;
  date: string;
  /** the amount as written (major units), or `amountMinor` instead (holdout15 on) */
  amount?: string;
  amountMinor?: number;
}

/** The row's amount in minor units, whichever way the truth writes it. */
const minorOf = (r: RowRef, currency: ReturnType<typeof normalizeCurrency>): number => {
  if (r.amountMinor !== undefined) return r.amountMinor;
  if (r.amount === undefined) throw new Error(`truth row ${r.file}#${r.row} gives no amount`);
  return parseMajorString(r.amount, currency);
};
/** The row's amount as a failure line writes it. */
const shownAmount = (r: RowRef): string => r.amount ?? `${r.amountMinor} minor`;

interface TruthLine {
  ref: RowRef;
  expect: 'match' | 'bank-only' | 'reversal-pair' | 'no-counterpart';
  /** null when only `ledgerAnyOf` gives the answers (indistinguishable twins) */
  ledger: RowRef[] | null;
  ledgerAnyOf?: RowRef[][];
  group: string | null;
  ambiguous: boolean;
  partner: RowRef | null;
  traits?: string[];
}

interface SetTruth {
  set: string;
  currency: string;
  timezone: string;
  bankFiles: Array<{ file: string; ledgerAccount: string; readOptions?: TabularReadOptions }>;
  ledgerFiles: Array<{ file: string; readOptions?: TabularReadOptions }>;
  bank: TruthLine[];
}

const refKey = (r: RowRef) => `${r.file}#${r.row}`;

/**
 * The real-layout sets, read as a user's files are: bank statements through readBankStatementFile, ledger exports
 * through readLedgerFile (with the set's currency, as `--currency` would give it), the entries of the statement's
 * ledger account only. `folder` names the sets' folder under the corpus (`real-layout`, `holdout`: the same format).
 * Truth rows are found by file and row (ledger entries carry their row; statement lines are paired
 * with their rows by date and amount in file order), and every line is graded.
 */
export async function evaluateRealLayout(
  corpusDir: string,
  via: 'files' | 'json' = 'files',
  folder = 'real-layout',
): Promise<Map<string, Tally>> {
  const root = join(corpusDir, folder);
  const out = new Map<string, Tally>();
  if (!existsSync(root)) return out;
  for (const set of (await readdir(root)).sort()) {
    const dir = join(root, set);
    if (!existsSync(join(dir, 'truth.json'))) continue;
    const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as SetTruth;
    const t = emptyTally();
    out.set(set, t);
    try {
      if (via === 'files') await evaluateSet(dir, truth, t);
      else await evaluateSetJson(dir, truth, t);
    } catch (err) {
      t.failures.push(`${set}: ${(err as Error).message}`);
    }
  }
  return out;
}

async function evaluateSet(dir: string, truth: SetTruth, t: Tally): Promise<void> {
  const currency = normalizeCurrency(truth.currency);
  const entryOfRow = new Map<string, LedgerEntry>();
  const entries: LedgerEntry[] = [];
  for (const lf of truth.ledgerFiles) {
    const { entries: es } = await readLedgerFile(join(dir, lf.file), { currency, ...lf.readOptions });
    for (const e of es) {
      entries.push(e);
      const row = (e as LedgerEntry & { row?: number }).row;
      if (row !== undefined) entryOfRow.set(`${lf.file}#${row}`, e);
    }
  }
  for (const bf of truth.bankFiles) {
    const statement = await readBankStatementFile(join(dir, bf.file), bf.readOptions ?? {});
    const rows = truth.bank.filter((b) => b.ref.file === bf.file).sort((a, b) => a.ref.row - b.ref.row);
    const lineOfRow = pairRows(rows, statement.lines, currency, bf.file, t);
    const account = (e: LedgerEntry) =>
      e.account === bf.ledgerAccount || (e as LedgerEntry & { accountName?: string }).accountName === bf.ledgerAccount;
    // an export of one account only (a Xero account report) names it by its title, not the code: take it whole
    const accounts = new Set(entries.map((e) => e.account ?? ''));
    const ledger = entries.some(account) || accounts.size > 1 ? entries.filter(account) : entries;
    const result = reconcile(statement.lines, ledger, { timezone: truth.timezone });
    const ledgerId = (r: RowRef) => entryOfRow.get(refKey(r))?.id ?? `missing:${refKey(r)}`;
    const before = t.failures.length;
    grade(`${truth.set}/${bf.file}`, rows, lineOfRow, ledgerId, result, t);
    if (process.env.EVAL_EXPLAIN)
      explain(t.failures.slice(before), rows, lineOfRow, statement.lines, entryOfRow, result);
  }
}

/**
 * The same set through the reconcile-JSON documents the corpus ships beside the files (ids "<file>#<row>"), run by the
 * CLI's JSON path: separates what the engine decides from what the file readers make of the files.
 */
async function evaluateSetJson(dir: string, truth: SetTruth, t: Tally): Promise<void> {
  for (const bf of truth.bankFiles) {
    const result = await reconcileDocumentFile(join(dir, `reconcile.${bf.file}.json`));
    const rows = truth.bank.filter((b) => b.ref.file === bf.file).sort((a, b) => a.ref.row - b.ref.row);
    const lineOfRow = new Map(rows.map((r) => [refKey(r.ref), refKey(r.ref)]));
    grade(`${truth.set}/${bf.file} (json)`, rows, lineOfRow, refKey, result, t);
  }
}

/**
 * Statement rows to the adapter's lines: by the spreadsheet row the reader reports for a line, checked to have the
 * row's date and amount; otherwise by date and amount, in file order within each such pair (a statement written newest
 * first is read oldest first, so two equal lines of a day would be paired the wrong way round by order alone).
 */
function pairRows(
  rows: readonly TruthLine[],
  lines: readonly BankLine[],
  currency: ReturnType<typeof normalizeCurrency>,
  file: string,
  t: Tally,
): Map<string, string> {
  const key = (date: string, minor: number) => `${date}|${minor}`;
  const byRow = new Map<number, BankLine>();
  for (const l of lines) {
    const row = (l as BankLine & { row?: number }).row;
    if (row !== undefined) byRow.set(row, l);
  }
  const out = new Map<string, string>();
  const paired = new Set<string>();
  const unpaired: TruthLine[] = [];
  for (const r of rows) {
    const l = byRow.get(r.ref.row);
    if (l && l.date === r.ref.date && l.amountMinor === minorOf(r.ref, currency)) {
      out.set(refKey(r.ref), l.id);
      paired.add(l.id);
    } else unpaired.push(r);
  }
  const queue = new Map<string, string[]>();
  for (const l of lines) {
    if (paired.has(l.id)) continue;
    const k = key(l.date, l.amountMinor);
    const q = queue.get(k) ?? [];
    q.push(l.id);
    queue.set(k, q);
  }
  for (const r of unpaired) {
    const id = queue.get(key(r.ref.date, minorOf(r.ref, currency)))?.shift();
    if (id) out.set(refKey(r.ref), id);
    else
      t.failures.push(
        `${file} row ${r.ref.row}: the statement reader gave no line for ${r.ref.date} ${shownAmount(r.ref)}`,
      );
  }
  const extra = [...queue.values()].flat().length;
  if (extra) t.failures.push(`${file}: the statement reader gave ${extra} line(s) the truth does not list`);
  return out;
}

function grade(
  name: string,
  rows: readonly TruthLine[],
  lineOfRow: Map<string, string>,
  ledgerId: (r: RowRef) => string,
  result: ReconcileResult,
  t: Tally,
): void {
  const groupOf = new Map<string, MatchGroup>();
  for (const g of result.matches) for (const id of g.bankIds) groupOf.set(id, g);
  const candidatesOf = new Map<string, Array<{ ledgerIds: string[]; confidence: number; bankIds: string[] }>>();
  for (const s of result.suggestions)
    for (const id of s.bankIds)
      candidatesOf.set(id, [
        ...(candidatesOf.get(id) ?? []),
        ...s.candidates.map((c) => ({ ...c, bankIds: s.bankIds })),
      ]);
  for (const list of candidatesOf.values()) list.sort((a, b) => b.confidence - a.confidence);
  const groupLines = new Map<string, string[]>();
  for (const r of rows)
    if (r.group) groupLines.set(r.group, [...(groupLines.get(r.group) ?? []), lineOfRow.get(refKey(r.ref)) ?? '?']);

  for (const r of rows) {
    const id = lineOfRow.get(refKey(r.ref));
    t.cases++;
    if (!id) continue;
    const before = t.failures.length;
    // the truth's traits ride along so `--misses` can count the misses by kind (reporting only)
    const traits = r.traits?.length ? ` [${r.traits.join(' ')}]` : '';
    const fail = (why: string) => t.failures.push(`${name} row ${r.ref.row} (${shownAmount(r.ref)}): ${why}${traits}`);
    const g = groupOf.get(id);
    const decided = g && (g.ledgerIds.length > 0 || g.kind !== 'rule' || g.ruleId === 'reversal-pair');
    // a rule's posting is confirmed too: right on a bank-only line, wrong on one the books hold (counted in precision)
    const posted = g !== undefined && !decided;
    const describe = (x: MatchGroup) => `${x.kind}${x.ruleId ? ` ${x.ruleId}` : ''} → [${x.ledgerIds.join(',')}]`;
    if (decided || posted) t.auto++;
    switch (r.expect) {
      case 'match': {
        const bankIds = r.group ? groupLines.get(r.group)! : [id];
        // the right sets: the truth's `ledger`, or each of `ledgerAnyOf` (twins either way round)
        const options = (r.ledger ? [r.ledger] : (r.ledgerAnyOf ?? [[]])).map((o) => o.map(ledgerId));
        const ledgerIds = options[0]!;
        if (!r.ambiguous) t.shouldAuto++;
        if (g) {
          const right = sameSet(g.bankIds, bankIds) && options.some((o) => sameSet(g.ledgerIds, o));
          if (right && !r.ambiguous) {
            t.autoRight++;
            t.recalled++;
          } else fail(`${right ? 'ambiguous line guessed' : 'wrong'}: ${describe(g)}, truth [${ledgerIds.join(',')}]`);
          break;
        }
        t.ranked++;
        const cands = (candidatesOf.get(id) ?? []).filter((c) => bankIds.every((b) => c.bankIds.includes(b)));
        const i = cands.findIndex((c) => options.some((o) => sameSet(c.ledgerIds, o)));
        if (i === 0) t.top1++;
        if (i >= 0 && i < 3) t.top3++;
        const differs = (r.traits ?? []).some((x) => x.startsWith('short-') || x === 'over-payment');
        if (differs && !r.ambiguous) t.heldByTolerance++;
        if (!r.ambiguous) fail(`not confirmed; right answer ranked ${i < 0 ? 'nowhere' : i + 1}`);
        break;
      }
      case 'reversal-pair': {
        const partner = r.partner ? lineOfRow.get(refKey(r.partner)) : undefined;
        if (g && g.ruleId === 'reversal-pair' && partner && g.bankIds.includes(partner)) t.autoRight++;
        else if (decided) fail(`reversal line decided otherwise: ${describe(g!)}`);
        else fail('reversal pair not recognised');
        break;
      }
      case 'bank-only':
      case 'no-counterpart':
        if (posted && r.expect === 'bank-only') t.autoRight++;
        if (g && g.ledgerIds.length > 0) fail(`${r.expect} line matched to the books: ${describe(g)}`);
        else if (decided) fail(`${r.expect} line decided as ${describe(g!)}`);
        else if (r.expect === 'bank-only' && !g) fail('bank-only line explained by no rule');
        break;
    }
    if (t.failures.length === before) t.casesPassed++;
  }
}

/** EVAL_EXPLAIN=1: for each failure, the line as read, the truth's entries and the engine's candidates (for diagnosis). */
function explain(
  failures: readonly string[],
  rows: readonly TruthLine[],
  lineOfRow: Map<string, string>,
  lines: readonly BankLine[],
  entryOfRow: Map<string, LedgerEntry>,
  result: ReconcileResult,
): void {
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const entryById = new Map([...entryOfRow.values()].map((e) => [e.id, e]));
  const show = (e: LedgerEntry | undefined) =>
    e ? `${e.date} ${e.amountMinor} ref=${e.reference ?? ''} party=${e.party ?? ''} desc=${e.description ?? ''}` : '?';
  for (const f of failures) {
    const row = Number(/ row (\d+) /.exec(f)?.[1]);
    const r = rows.find((x) => x.ref.row === row);
    if (!r) continue;
    const l = lineById.get(lineOfRow.get(refKey(r.ref)) ?? '');
    console.log(`\n${f}\n  bank  ${l?.date} ${l?.amountMinor} ${l?.narration ?? ''} | ref=${l?.reference ?? ''}`);
    for (const x of r.ledger ?? r.ledgerAnyOf?.[0] ?? []) console.log(`  truth ${show(entryOfRow.get(refKey(x)))}`);
    const s = result.suggestions.find((x) => l && x.bankIds.includes(l.id));
    for (const c of s?.candidates ?? [])
      console.log(
        `  cand  ${c.confidence} ${c.ledgerIds.map((id) => show(entryById.get(id))).join(' + ')}\n        ${c.evidence.map((e) => `${e.kind}:${e.weight} ${e.detail}`).join('; ')}`,
      );
  }
}
