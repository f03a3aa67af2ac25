import { Decimal } from '../../../domain/money.js';
import { LedgerRejectedError } from '../oauth/errors.js';
import type { TrytonBooks } from './tryton-books.js';
import { TrytonDate } from './tryton-json.js';
import { moveLineEntryId } from './tryton-pull.js';
import type { TrytonRpc } from './tryton-rpc.js';

/** One bank line to record on a Tryton statement. */
export interface StatementLineSpec {
  key: string;
  /** Stored in the line's `number`: how a retry finds what an earlier attempt wrote. */
  number: string;
  date: string;
  /** Major units, signed as the bank saw it (money in positive). */
  amount: Decimal;
  accountId: number;
  partyId: number | null;
  invoiceId: number | null;
  description: string;
}

export type LineOutcome =
  | { key: string; status: 'written'; externalId: string; created: boolean }
  | { key: string; status: 'rejected'; vendorMessage: string };

/** Statements bankfeed creates carry this name prefix; only those are ever deleted (drafts a crash left behind). */
export const STATEMENT_PREFIX = 'bankfeed';

interface ExistingLine {
  id: number;
  number: string;
  statement: number;
  move: number | null;
  'statement.': { state: string; name: string };
}

/**
 * The bank account's journal item of each move: what a validated statement line booked on the bank journal's account,
 * the entry the next pull lists the written line under (`move-line:<id>`).
 */
async function bankLinesOf(rpc: TrytonRpc, books: TrytonBooks, moves: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const wanted = [...new Set(moves)];
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await rpc.call<Array<{ id: number; move: number }>>('model.account.move.line.search_read', [
      [
        ['move', 'in', wanted.slice(i, i + 500)],
        ['account', '=', books.journal.accountId],
      ],
      0,
      null,
      [['id', 'ASC']],
      ['move'],
      books.context,
    ]);
    for (const r of rows) if (!out.has(r.move)) out.set(r.move, r.id);
  }
  return out;
}

/**
 * A line Tryton booked, reported by its bank-account journal item. A line with none (its move deleted in Tryton since)
 * is still written: it is reported by its own id, which no pull lists, so nothing is joined to its match.
 */
function bookedId(line: { id: number; move: number | null }, bank: Map<number, number>): string {
  const id = line.move === null ? undefined : bank.get(line.move);
  return id === undefined ? `statement-line:${line.id}` : moveLineEntryId(id);
}

/**
 * Writes lines onto new statements of the bank journal and validates them, so Tryton books the moves and pays the
 * related invoices. Idempotent by `number`: lines already on a validated or posted statement are reported, not
 * written again; a draft an interrupted attempt left is deleted and written afresh. Lines go in batches (one
 * statement each); a batch Tryton refuses is deleted and split until the refused line stands alone with Tryton's
 * message, so one closed period or locked invoice does not hold back the others.
 */
export async function writeStatementLines(
  rpc: TrytonRpc,
  books: TrytonBooks,
  specs: StatementLineSpec[],
  batchSize: number,
  /** Why a line not written yet must not be written now (the invoice is paid or cancelled), or null. */
  refuse: (s: StatementLineSpec) => string | null = () => null,
): Promise<Map<string, LineOutcome>> {
  const ctx = books.context;
  const out = new Map<string, LineOutcome>();
  const numbers = [...new Set(specs.map((s) => s.number))];
  const existing: ExistingLine[] = [];
  for (let i = 0; i < numbers.length; i += 500) {
    existing.push(
      ...(await rpc.call<ExistingLine[]>('model.account.statement.line.search_read', [
        [
          ['number', 'in', numbers.slice(i, i + 500)],
          ['statement.journal', '=', books.journal.id],
        ],
        0,
        null,
        [['id', 'ASC']],
        ['number', 'statement', 'move', 'statement.state', 'statement.name'],
        ctx,
      ])),
    );
  }
  const staleDrafts = new Set<number>();
  const byNumber = new Map<string, ExistingLine>();
  for (const line of existing) {
    const state = line['statement.'].state;
    if (state === 'draft') {
      if (line['statement.'].name.startsWith(STATEMENT_PREFIX)) staleDrafts.add(line.statement);
      continue;
    }
    if (!byNumber.has(line.number) || state !== 'cancelled') byNumber.set(line.number, line);
  }
  if (staleDrafts.size > 0) await rpc.call('model.account.statement.delete', [[...staleDrafts], ctx]);

  const bank = await bankLinesOf(
    rpc,
    books,
    [...byNumber.values()].filter((l) => l['statement.'].state !== 'cancelled' && l.move !== null).map((l) => l.move!),
  );
  const todo: StatementLineSpec[] = [];
  for (const s of specs) {
    const found = byNumber.get(s.number);
    const refusal = found ? null : refuse(s);
    if (refusal) out.set(s.key, { key: s.key, status: 'rejected', vendorMessage: refusal });
    else if (!found) todo.push(s);
    else if (found['statement.'].state === 'cancelled')
      out.set(s.key, {
        key: s.key,
        status: 'rejected',
        vendorMessage: `statement "${found['statement.'].name}" holding this line was cancelled in Tryton; bankfeed does not write it again`,
      });
    else out.set(s.key, { key: s.key, status: 'written', externalId: bookedId(found, bank), created: false });
  }

  for (let i = 0; i < todo.length; i += batchSize) {
    for (const o of await writeBatch(rpc, books, todo.slice(i, i + batchSize))) out.set(o.key, o);
  }
  return out;
}

async function previousEndBalance(rpc: TrytonRpc, books: TrytonBooks, date: string): Promise<Decimal> {
  const rows = await rpc.call<Array<{ end_balance: Decimal | null }>>('model.account.statement.search_read', [
    [
      ['journal', '=', books.journal.id],
      ['date', '<=', new TrytonDate(date)],
      ['state', 'in', ['validated', 'posted']],
    ],
    0,
    1,
    [
      ['date', 'DESC'],
      ['id', 'DESC'],
    ],
    ['end_balance'],
    books.context,
  ]);
  return rows[0]?.end_balance ?? new Decimal(0);
}

async function writeBatch(rpc: TrytonRpc, books: TrytonBooks, batch: StatementLineSpec[]): Promise<LineOutcome[]> {
  const ctx = books.context;
  const date = batch.reduce((m, s) => (s.date > m ? s.date : m), batch[0]!.date);
  const total = batch.reduce((sum, s) => sum.plus(s.amount), new Decimal(0));
  const values: Record<string, unknown> = {
    name: `${STATEMENT_PREFIX} ${date} ${batch[0]!.number}${batch.length > 1 ? ` +${batch.length - 1}` : ''}`,
    company: books.companyId,
    journal: books.journal.id,
    date: new TrytonDate(date),
    lines: [
      [
        'create',
        batch.map((s, i) => ({
          sequence: i + 1,
          number: s.number,
          date: new TrytonDate(s.date),
          amount: s.amount,
          account: s.accountId,
          party: s.partyId,
          related_to: s.invoiceId === null ? null : `account.invoice,${s.invoiceId}`,
          description: s.description.slice(0, 200),
        })),
      ],
    ],
  };
  if (books.journal.validation === 'balance') {
    const start = await previousEndBalance(rpc, books, date);
    values.start_balance = start;
    values.end_balance = start.plus(total);
  } else if (books.journal.validation === 'amount') {
    values.total_amount = total;
  } else {
    values.number_of_lines = batch.length;
  }

  let statementId: number | null = null;
  try {
    statementId = (await rpc.call<number[]>('model.account.statement.create', [[values], ctx]))[0] ?? null;
    await rpc.call('model.account.statement.validate_statement', [[statementId], ctx]);
  } catch (err) {
    if (statementId !== null) await rpc.call('model.account.statement.delete', [[statementId], ctx]).catch(() => {});
    if (!(err instanceof LedgerRejectedError)) throw err;
    if (batch.length === 1) return [{ key: batch[0]!.key, status: 'rejected', vendorMessage: err.vendorMessage }];
    const half = Math.ceil(batch.length / 2);
    return [
      ...(await writeBatch(rpc, books, batch.slice(0, half))),
      ...(await writeBatch(rpc, books, batch.slice(half))),
    ];
  }
  // Validating booked a move per line (each has its own number): its journal item on the bank journal's account is
  // what the next pull lists.
  const lines = await rpc.call<Array<{ id: number; number: string; move: number | null }>>(
    'model.account.statement.line.search_read',
    [[['statement', '=', statementId]], 0, null, [['id', 'ASC']], ['number', 'move'], ctx],
  );
  const lineOf = new Map(lines.map((l) => [l.number, l]));
  const bank = await bankLinesOf(
    rpc,
    books,
    lines.filter((l) => l.move !== null).map((l) => l.move!),
  );
  return batch.map((s) => ({
    key: s.key,
    status: 'written',
    externalId: bookedId(lineOf.get(s.number)!, bank),
    created: true,
  }));
}
