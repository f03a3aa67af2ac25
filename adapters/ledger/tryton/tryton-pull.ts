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
  reconciliation: number | null;
  date: TrytonDate;
  debit: Decimal;
  credit: Decimal;
  description: string | null;
  move_origin: string | null;
  'move.': { number: string | null; description: string | null };
  'party.': { rec_name: string } | null;
  create_date: TrytonDateTime;
  write_date: TrytonDateTime | null;
}

/** Entry ids: the model and Tryton's record id, so write-back knows what it is settling. */
export const invoiceEntryId = (id: number) => `invoice:${id}`;
export const moveLineEntryId = (id: number) => `move-line:${id}`;

export function parseEntryId(id: string): { model: 'invoice' | 'move-line'; id: number } | null {
  const m = /^(invoice|move-line):(\d+)$/.exec(id);
  return m ? { model: m[1] as 'invoice' | 'move-line', id: +m[2]! } : null;
}

/**
 * Cursor: the newest create/write timestamp seen. The next pull asks for records touched after it minus an overlap:
 * Tryton stamps records with their transaction's start, so a long transaction can commit rows older than ones
 * already seen. Rows seen twice are harmless (the import keeps one per id).
 */
function parseCursor(cursor: string | null | undefined, overlapSeconds: number): TrytonDateTime | null {
  const m = /^tryton-v1:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})$/.exec(cursor ?? '');
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
}

/**
 * Open items of the books as bankfeed sees them: posted customer and supplier invoices (and credit notes) with an
 * amount left to pay, and lines on the bank's GL account that no statement wrote (book entries the bank has not
 * shown yet). Amounts are signed as they will hit the bank: a customer invoice positive, a supplier invoice negative.
 */
export async function pullTrytonEntries(rpc: TrytonRpc, o: PullOptions): Promise<LedgerPullResult> {
  const since = parseCursor(o.cursor, o.overlapSeconds);
  const changed = since ? [['OR', ['create_date', '>', since], ['write_date', '>', since]]] : [];
  const ctx = o.books.context;
  let newest = parseCursor(o.cursor, 0)?.iso ?? '';
  const entries: LedgerEntry[] = [];
  const closed: NonNullable<LedgerPullResult['closed']> = [];

  // amount_to_pay is computed, not stored: Tryton cannot search on it, so open ones are picked here. An incremental
  // pull also reads invoices paid or cancelled since, so what was pulled open is closed.
  const invoices = await pages<InvoiceRow>(
    rpc,
    'account.invoice',
    [
      ['company', '=', o.books.companyId],
      since ? ['state', 'in', ['posted', 'paid', 'cancelled']] : ['state', '=', 'posted'],
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
      account: o.books.journal.accountCode,
    });
  }

  const lines = await pages<MoveLineRow>(
    rpc,
    'account.move.line',
    [
      ['account', '=', o.books.journal.accountId],
      ['move.state', '=', 'posted'],
      // Incrementally, lines reconciled since are read too: they were open items and are settled now.
      ...(since ? [] : [['reconciliation', '=', null]]),
      // from the period's start (the first pull's reach), with no end, as for invoices
      ['date', '>=', new TrytonDate(o.period.from)],
      ...changed,
    ],
    [
      'reconciliation',
      'date',
      'debit',
      'credit',
      'description',
      'move_origin',
      'move.number',
      'move.description',
      'party.rec_name',
      'create_date',
      'write_date',
    ],
    ctx,
  );
  for (const l of lines) {
    const t = touched(l);
    if (t > newest) newest = t;
    // Lines a statement wrote are the bank's own lines, already in the feed: only book-side entries are open items.
    if (l.move_origin?.startsWith('account.statement')) continue;
    if (l.reconciliation !== null) {
      closed.push({ id: moveLineEntryId(l.id), reason: 'paid' });
      continue;
    }
    const signed = l.debit.minus(l.credit);
    if (signed.isZero()) continue;
    entries.push({
      id: moveLineEntryId(l.id),
      date: l.date.iso,
      amountMinor: toMinor(signed, o.currency, `account.move.line ${l.id} debit/credit`),
      currency: o.currency,
      reference: l['move.'].number,
      description: l.description || l['move.'].description || null,
      party: l['party.']?.rec_name ?? null,
      account: o.books.journal.accountCode,
    });
  }
  return { entries, closed, cursor: newest ? `tryton-v1:${newest}` : (o.cursor ?? null) };
}

function toMinor(v: Decimal, currency: CurrencyCode, what: string): number {
  try {
    return majorToMinor(v, currency);
  } catch (err) {
    throw new LedgerVendorError(VENDOR, `${what}: ${(err as Error).message}`, null);
  }
}
