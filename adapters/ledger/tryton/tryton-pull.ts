import type { CurrencyCode } from '../../../domain/currency.js';
import type { LedgerEntry } from '../../../domain/ledger.js';
import { Decimal, majorToMinor } from '../../../domain/money.js';
import { LedgerVendorError } from '../oauth/errors.js';
import type { LedgerPullResult } from '../types.js';
import type { TrytonBooks } from './tryton-books.js';
import { TrytonDate, TrytonDateTime } from './tryton-json.js';
import { VENDOR, type TrytonRpc } from './tryton-rpc.js';

const PAGE = 1000;

interface InvoiceRow {
  id: number;
  state: 'posted' | 'paid' | 'cancelled';
  number: string | null;
  reference: string | null;
  description: string | null;
  type: 'out' | 'in';
  invoice_date: TrytonDate | null;
  amount_to_pay: Decimal;
  'party.': { rec_name: string } | null;
  create_date: TrytonDateTime;
  write_date: TrytonDateTime | null;
}

interface MoveLineRow {
  id: number;
  move: number;
  date: TrytonDate;
  debit: Decimal;
  credit: Decimal;
  /** In `second_currency`, signed as debit − credit (Tryton keeps debit and credit in the company's currency). */
  amount_second_currency: Decimal | null;
  second_currency: number | null;
  description: string | null;
  move_origin: string | null;
  party: number | null;
  'move.': { number: string | null; description: string | null };
  'party.': { rec_name: string } | null;
}

/** What a statement line says of the move it made: the bank's words for the money (number, description, party). */
interface StatementLineRow {
  id: number;
  move: number | null;
  number: string | null;
  description: string | null;
  'party.': { rec_name: string } | null;
}

/** Entry ids: the model and Tryton's record id, so write-back knows what it is settling. */
export const invoiceEntryId = (id: number | '') => `invoice:${id}`;
export const moveLineEntryId = (id: number) => `move-line:${id}`;

export function parseEntryId(id: string): { model: 'invoice' | 'move-line'; id: number } | null {
  const m = /^(invoice|move-line):(\d+)$/.exec(id);
  return m ? { model: m[1] as 'invoice' | 'move-line', id: +m[2]! } : null;
}

/**
 * Cursor: the newest create/write timestamp of an invoice seen. The next pull asks for records touched after it minus an overlap:
 * Tryton stamps records with their transaction's start, so a long transaction can commit rows older than ones
 * already seen. Rows seen twice are harmless (the import keeps one per id).
 */
function parseCursor(cursor: string | null | undefined, overlapSeconds: number): TrytonDateTime | null {
  // v1 cursors (before invoices were documents) are not read: the pull after an upgrade is a full one, which lists
  // every open invoice again, so each stored one is re-stated as a document.
  const m = /^tryton-v2:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})$/.exec(cursor ?? '');
  if (!m) return null;
  if (overlapSeconds === 0) return new TrytonDateTime(m[1]!);
  const ms = Date.parse(`${m[1]!.slice(0, 23)}Z`) - overlapSeconds * 1000;
  return new TrytonDateTime(`${new Date(ms).toISOString().slice(0, 23)}000`);
}

function touched(r: { create_date: TrytonDateTime; write_date: TrytonDateTime | null }): string {
  const w = r.write_date?.iso ?? '';
  return w > r.create_date.iso ? w : r.create_date.iso;
}

async function pages<T>(rpc: TrytonRpc, model: string, domain: unknown[], fields: string[], ctx: object): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const rows = await rpc.call<T[]>(`model.${model}.search_read`, [
      domain,
      offset,
      PAGE,
      [['id', 'ASC']],
      fields,
      ctx,
    ]);
    out.push(...rows);
    if (rows.length < PAGE) return out;
  }
}

export interface PullOptions {
  books: TrytonBooks;
  currency: CurrencyCode;
  invoiceReference: 'number' | 'reference';
  period: { from: string; to: string };
  cursor: string | null | undefined;
  overlapSeconds: number;
  /** Ids of postings stored open outside the period (LedgerPullQuery.openPostingsOutside): read again by id. */
  openPostingsOutside?: readonly string[] | undefined;
}

/**
 * The books as bankfeed sees them. Documents: posted customer and supplier invoices (and credit notes) with an amount
 * left to pay, signed as they will hit the bank (a customer invoice positive, a supplier invoice negative): match
 * candidates, never money on the bank account. Postings: every journal item on the bank journal's account dated in
 * the period, whoever wrote it (a statement, bankfeed's write-back, a payment recorded by hand, a cheque booked
 * straight on the account), draft moves included as Tryton's own balance includes them: the books' side of the bank
 * reconciliation statement. Invoices are read incrementally by the cursor; postings are read over the whole period
 * each time, so the pull is complete there (a move deleted or a statement cancelled in Tryton leaves bankfeed too),
 * and the open postings stored outside the period are read again by id, so one deleted there leaves bankfeed as well.
 */
export async function pullTrytonEntries(rpc: TrytonRpc, o: PullOptions): Promise<LedgerPullResult> {
  const since = parseCursor(o.cursor, o.overlapSeconds);
  const changed = since ? [['OR', ['create_date', '>', since], ['write_date', '>', since]]] : [];
  const ctx = o.books.context;
  let newest = parseCursor(o.cursor, 0)?.iso ?? '';
  const entries: LedgerEntry[] = [];
  const closed: NonNullable<LedgerPullResult['closed']> = [];
  const account = o.books.journal.accountCode;

  // amount_to_pay is computed, not stored: Tryton cannot search on it, so open ones are picked here. An incremental
  // pull also reads invoices paid or cancelled since, so what was pulled open is closed.
  const invoices = await pages<InvoiceRow>(
    rpc,
    'account.invoice',
    [
      ['company', '=', o.books.companyId],
      // a full pull reads the period's invoices paid or cancelled too, so what is stored open is closed as such, not
      // as gone: a payment recorded by hand is then known for the one that paid it (activities/books-payments.ts)
      since
        ? ['state', 'in', ['posted', 'paid', 'cancelled']]
        : [
            'OR',
            ['state', '=', 'posted'],
            [
              ['state', 'in', ['paid', 'cancelled']],
              ['invoice_date', '>=', new TrytonDate(o.period.from)],
            ],
          ],
      ['currency.code', '=', o.currency],
      // no bound on the date: one dated past the period would not be read again once the cursor passed its writing
      ...changed,
    ],
    [
      'state',
      'number',
      'reference',
      'description',
      'type',
      'invoice_date',
      'amount_to_pay',
      'party.rec_name',
      'create_date',
      'write_date',
    ],
    ctx,
  );
  for (const inv of invoices) {
    const t = touched(inv);
    if (t > newest) newest = t;
    if (inv.state !== 'posted' || inv.amount_to_pay.isZero()) {
      closed.push({ id: invoiceEntryId(inv.id), reason: inv.state === 'cancelled' ? 'cancelled' : 'paid' });
      continue;
    }
    const signed = inv.type === 'out' ? inv.amount_to_pay : inv.amount_to_pay.neg();
    const number = inv.number ?? `#${inv.id}`;
    const quoted = o.invoiceReference === 'reference' ? inv.reference || number : number;
    entries.push({
      id: invoiceEntryId(inv.id),
      date: inv.invoice_date?.iso ?? inv.create_date.iso.slice(0, 10),
      amountMinor: toMinor(signed, o.currency, `account.invoice ${inv.id} (${number}) amount_to_pay`),
      currency: o.currency,
      reference: quoted,
      description: [inv.type === 'out' ? 'Invoice' : 'Supplier invoice', number, inv.reference, inv.description]
        .filter((s, i, all) => s && all.indexOf(s) === i)
        .join(' '),
      party: inv['party.']?.rec_name ?? null,
      account,
      kind: 'document',
      // a supplier's credit note ('in', negative to pay) comes in positive, yet no customer owes it
      partyRole: inv.type === 'out' ? 'customer' : 'supplier',
    });
  }

  const postings = await bankAccountPostings(rpc, o, [
    ['date', '>=', new TrytonDate(o.period.from)],
    ['date', '<=', new TrytonDate(o.period.to)],
  ]);
  entries.push(...postings);
  // Postings stored by pulls over other dates are read again by id, whatever their date: listed while the books hold
  // them on the bank account, closed once they do not (a draft move deleted, a statement cancelled, an item moved to
  // another account). Complete scopes cannot say so: they close only what is dated in the period read.
  const listed = new Set(postings.map((e) => e.id));
  const outside = [
    ...new Set(
      (o.openPostingsOutside ?? [])
        .map(parseEntryId)
        .filter((r) => r?.model === 'move-line')
        .map((r) => moveLineEntryId(r!.id))
        .filter((id) => !listed.has(id)),
    ),
  ];
  for (const chunk of chunked(outside)) {
    const held = await bankAccountPostings(rpc, o, [['id', 'in', chunk.map((id) => parseEntryId(id)!.id)]]);
    entries.push(...held);
    const still = new Set(held.map((e) => e.id));
    for (const id of chunk) if (!still.has(id)) closed.push({ id, reason: 'gone' });
  }
  const posting = { from: o.period.from, to: o.period.to, ledgerAccount: account, kind: 'posting' as const };
  return {
    entries,
    closed,
    // A full pull lists every open invoice: complete over the period for documents too.
    complete: since ? [posting] : [{ ...posting, kind: 'document' as const }, posting],
    documentIdPrefixes: [invoiceEntryId('')],
    cursor: newest ? `tryton-v2:${newest}` : since ? (o.cursor ?? null) : null,
  };
}

/**
 * The journal items on the bank journal's account that `domain` picks (those dated in the period, or some by id),
 * signed as they move the account (debit is money in), in the account's currency: the journal's. A journal kept in
 * another currency than the company's states each item in it (`amount_second_currency`), not in the company's
 * (debit and credit). An item a statement booked takes the statement line's number, words and party (bankfeed's
 * write-back numbers its lines `bf:<key>`), and is named by that statement line (`restateKey`
 * `statement-line:<id>`: the id earlier versions reported the write under, and the line a re-validated statement
 * books again); another takes its move's number and description, and the party of the move's other lines when it has
 * none (a payment recorded on an invoice names the customer on the receivable side only).
 */
async function bankAccountPostings(rpc: TrytonRpc, o: PullOptions, domain: unknown[]): Promise<LedgerEntry[]> {
  const ctx = o.books.context;
  const lines = await pages<MoveLineRow>(
    rpc,
    'account.move.line',
    [['account', '=', o.books.journal.accountId], ...domain],
    [
      'move',
      'date',
      'debit',
      'credit',
      'amount_second_currency',
      'second_currency',
      'description',
      'move_origin',
      'party',
      'move.number',
      'move.description',
      'party.rec_name',
    ],
    ctx,
  );
  const moves = (pick: (l: MoveLineRow) => boolean) => [...new Set(lines.filter(pick).map((l) => l.move))];
  const fromStatement = (l: MoveLineRow) => l.move_origin?.startsWith('account.statement,') ?? false;
  const statementLines = new Map<number, StatementLineRow[]>();
  for (const chunk of chunked(moves(fromStatement)))
    for (const sl of await pages<StatementLineRow>(
      rpc,
      'account.statement.line',
      [['move', 'in', chunk]],
      ['move', 'number', 'description', 'party.rec_name'],
      ctx,
    ))
      statementLines.set(sl.move!, [...(statementLines.get(sl.move!) ?? []), sl]);
  const partyOfMove = new Map<number, string | null>();
  for (const chunk of chunked(moves((l) => !fromStatement(l) && l.party === null)))
    for (const other of await pages<{ move: number; 'party.': { rec_name: string } | null }>(
      rpc,
      'account.move.line',
      [
        ['move', 'in', chunk],
        ['party', '!=', null],
      ],
      ['move', 'party.rec_name'],
      ctx,
    )) {
      const name = other['party.']?.rec_name ?? null;
      // one party named on the move's other lines is the payment's; several name none
      partyOfMove.set(other.move, partyOfMove.has(other.move) && partyOfMove.get(other.move) !== name ? null : name);
    }

  const out: LedgerEntry[] = [];
  const { journal } = o.books;
  const foreign = journal.currency !== o.books.companyCurrency;
  for (const l of lines) {
    if (foreign && l.second_currency !== journal.currencyId && !l.debit.minus(l.credit).isZero())
      throw new LedgerVendorError(
        VENDOR,
        `account.move.line ${l.id} (move ${l['move.'].number ?? l.move}) on account ${journal.accountCode} of statement journal "${journal.name}", kept in ${journal.currency}, states no amount in ${journal.currency} (only debit/credit in the company's ${o.books.companyCurrency}): give it its amount in ${journal.currency} in Tryton; setting the account's Second Currency to ${journal.currency} makes Tryton require it`,
        null,
      );
    const signed = !foreign
      ? l.debit.minus(l.credit)
      : l.second_currency === journal.currencyId
        ? (l.amount_second_currency ?? new Decimal(0))
        : new Decimal(0);
    if (signed.isZero()) continue;
    const st = statementLines.get(l.move) ?? [];
    const words = (xs: Array<string | null | undefined>) =>
      xs.filter((x, i, all): x is string => !!x && all.indexOf(x) === i).join('; ') || null;
    out.push({
      id: moveLineEntryId(l.id),
      date: l.date.iso,
      amountMinor: toMinor(
        signed,
        o.currency,
        `account.move.line ${l.id} ${foreign ? 'amount_second_currency' : 'debit/credit'}`,
      ),
      currency: o.currency,
      reference: st.length > 0 ? words(st.map((x) => x.number)) : l['move.'].number,
      description:
        st.length > 0 ? words(st.map((x) => x.description)) : l.description || l['move.'].description || null,
      party:
        l['party.']?.rec_name ??
        (st.length > 0 ? words(st.map((x) => x['party.']?.rec_name)) : (partyOfMove.get(l.move) ?? null)),
      account: o.books.journal.accountCode,
      kind: 'posting',
      restateKey: st.length === 1 ? `statement-line:${st[0]!.id}` : null,
    });
  }
  return out;
}

function chunked<T>(xs: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function toMinor(v: Decimal, currency: CurrencyCode, what: string): number {
  try {
    return majorToMinor(v, currency);
  } catch (err) {
    throw new LedgerVendorError(VENDOR, `${what}: ${(err as Error).message}`, null);
  }
}
