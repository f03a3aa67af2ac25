import type { Kysely, Selectable } from 'kysely';
import type { IncomeReportsTable } from './mono-data-schema.js';
import type { Database } from './schema.js';

export type IncomeReportRow = Selectable<IncomeReportsTable>;

export interface ReceivedIncome {
  accountId: string;
  source: 'webhook' | 'income-records';
  monoRecordId: string | null;
  receivedAt: string;
  currency: string | null;
  monthlyIncomeMinor: number | null;
  annualIncomeMinor: number | null;
  totalIncomeMinor: number | null;
  /** JSON of the streams (minor units). */
  streams: string;
  rounding: string;
}

/** A person asked Mono for an analysis: kept with who, when and the period, until the result arrives. */
export async function recordIncomeRequest(
  db: Kysely<Database>,
  r: { accountId: string; requestedBy: string; requestedAt: string; periodMonths: number | null },
): Promise<number> {
  const row = await db
    .insertInto('income_reports')
    .values({
      account_id: r.accountId,
      status: 'requested',
      requested_by: r.requestedBy,
      requested_at: r.requestedAt,
      period_months: r.periodMonths,
      received_at: null,
      source: null,
      mono_record_id: null,
      currency: null,
      monthly_income_minor: null,
      annual_income_minor: null,
      total_income_minor: null,
      streams: null,
      rounding: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/**
 * Records a result: it completes the oldest request still waiting for this account, or stands alone (an analysis
 * asked elsewhere, or read back from income-records). A record Mono already gave us changes nothing.
 */
export async function recordIncomeResult(
  db: Kysely<Database>,
  r: ReceivedIncome,
): Promise<{ id: number; inserted: boolean }> {
  return db.transaction().execute(async (tx) => {
    if (r.monoRecordId !== null) {
      const known = await tx
        .selectFrom('income_reports')
        .select('id')
        .where('account_id', '=', r.accountId)
        .where('mono_record_id', '=', r.monoRecordId)
        .executeTakeFirst();
      if (known) return { id: Number(known.id), inserted: false };
    }
    const values = {
      status: 'received',
      received_at: r.receivedAt,
      source: r.source,
      mono_record_id: r.monoRecordId,
      currency: r.currency,
      monthly_income_minor: r.monthlyIncomeMinor,
      annual_income_minor: r.annualIncomeMinor,
      total_income_minor: r.totalIncomeMinor,
      streams: r.streams,
      rounding: r.rounding,
    };
    const waiting = await tx
      .selectFrom('income_reports')
      .select('id')
      .where('account_id', '=', r.accountId)
      .where('status', '=', 'requested')
      .orderBy('id')
      .executeTakeFirst();
    if (waiting) {
      await tx.updateTable('income_reports').set(values).where('id', '=', waiting.id).execute();
      return { id: Number(waiting.id), inserted: true };
    }
    const row = await tx
      .insertInto('income_reports')
      .values({ account_id: r.accountId, requested_by: null, requested_at: null, period_months: null, ...values })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), inserted: true };
  });
}

/** Every report of an account, newest first. */
export async function listIncomeReports(db: Kysely<Database>, accountId: string): Promise<IncomeReportRow[]> {
  return db
    .selectFrom('income_reports')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .execute();
}
