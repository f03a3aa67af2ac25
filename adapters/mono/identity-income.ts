import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { normalizeCurrency, type CurrencyCode } from '../../domain/currency.js';
import { MonoError, monoErrorFromResponse } from './errors.js';
import { MonoTransport } from './http.js';
import { pageFromNext } from './paging.js';
import { describeIssues, envelope, idOf } from './schemas.js';

/**
 * Income analyses as bankfeed keeps them: integer minor units with their currency. Mono sends kobo/pesewa/cents but
 * its averages may be fractional ("monthly_average": 123456.78) or even decimal strings: every amount is rounded to
 * the nearest minor unit, halves away from zero (decimal.js ROUND_HALF_UP), and the report says which fields were.
 */
export const INCOME_ROUNDING = 'nearest minor unit, halves away from zero (ROUND_HALF_UP)';

const decimalLike = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, 'not a decimal number')]).nullish();
const optStr = z.string().nullish();

const streamSchema = z.object({
  income_type: optStr,
  frequency: optStr,
  monthly_average: decimalLike,
  average_income_amount: decimalLike,
  currency: optStr,
  stability: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]).nullish(),
  first_income_date: optStr,
  last_income_date: optStr,
  last_income_amount: decimalLike,
  last_income_description: optStr,
  number_of_incomes: z.number().int().nullish(),
  number_of_months: z.number().int().nullish(),
});

/** The `data` of `mono.events.account_income`, or one row of `income-records` (the same shape, id added). */
export const incomeAnalysisSchema = z.object({
  id: optStr,
  _id: optStr,
  account: z.union([z.string(), z.object({ id: optStr, _id: optStr })]).nullish(),
  created_at: optStr,
  total_income: decimalLike,
  annual_income: decimalLike,
  monthly_income: decimalLike,
  income_summary: z
    .object({
      total_income: decimalLike,
      aggregated_monthly_average: decimalLike,
      monthly_average: decimalLike,
    })
    .nullish(),
  income_streams: z.array(streamSchema).nullish(),
});

export interface IncomeStream {
  incomeType: string | null;
  frequency: string | null;
  currency: CurrencyCode | null;
  monthlyAverageMinor: number | null;
  /** 0..1 as Mono sent it, kept as a decimal string (a ratio, not money). */
  stability: string | null;
  firstIncomeDate: string | null;
  lastIncomeDate: string | null;
  lastIncomeAmountMinor: number | null;
  lastIncomeDescription: string | null;
  numberOfIncomes: number | null;
}

export interface IncomeAnalysis {
  recordId: string | null;
  accountId: string | null;
  createdAt: string | null;
  currency: CurrencyCode | null;
  monthlyIncomeMinor: number | null;
  annualIncomeMinor: number | null;
  totalIncomeMinor: number | null;
  streams: IncomeStream[];
  /** Field paths whose fractional value was rounded (empty when Mono sent whole minor units). */
  rounded: string[];
}

export class IncomeParseError extends Error {
  constructor(readonly reason: string) {
    super(`Mono income analysis: ${reason}`);
    this.name = 'IncomeParseError';
  }
}

function minorOf(v: number | string | null | undefined, path: string, rounded: string[]): number | null {
  if (v === null || v === undefined) return null;
  const d = new Decimal(v);
  const whole = d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (!whole.eq(d)) rounded.push(path);
  const n = whole.toNumber();
  if (!Number.isSafeInteger(n)) throw new IncomeParseError(`${path}: too large for minor units`);
  return n;
}

function currencyOf(label: string | null | undefined, path: string): CurrencyCode | null {
  if (!label) return null;
  try {
    return normalizeCurrency(label);
  } catch {
    throw new IncomeParseError(`${path}: unknown currency label`);
  }
}

/** Reads one income analysis (webhook `data` or an income-records row); names the offending field, never a value. */
export function parseIncomeAnalysis(value: unknown, fallbackCurrency: CurrencyCode | null = null): IncomeAnalysis {
  const r = incomeAnalysisSchema.safeParse(value);
  if (!r.success) throw new IncomeParseError(describeIssues(r.error, 'data'));
  const d = r.data;
  const rounded: string[] = [];
  const streams = (d.income_streams ?? []).map((s, i): IncomeStream => {
    const p = `data.income_streams[${i}]`;
    return {
      incomeType: s.income_type ?? null,
      frequency: s.frequency ?? null,
      currency: currencyOf(s.currency, `${p}.currency`),
      monthlyAverageMinor: minorOf(s.monthly_average ?? s.average_income_amount, `${p}.monthly_average`, rounded),
      stability: s.stability === null || s.stability === undefined ? null : new Decimal(s.stability).toString(),
      firstIncomeDate: s.first_income_date ?? null,
      lastIncomeDate: s.last_income_date ?? null,
      lastIncomeAmountMinor: minorOf(s.last_income_amount, `${p}.last_income_amount`, rounded),
      lastIncomeDescription: s.last_income_description ?? null,
      numberOfIncomes: s.number_of_incomes ?? null,
    };
  });
  const currencies = new Set(streams.map((s) => s.currency).filter((c): c is CurrencyCode => c !== null));
  if (currencies.size > 1) throw new IncomeParseError('data.income_streams: streams in more than one currency');
  const account =
    d.account === null || d.account === undefined ? null : typeof d.account === 'string' ? d.account : idOf(d.account);
  return {
    recordId: idOf(d),
    accountId: account,
    createdAt: d.created_at ?? null,
    currency: [...currencies][0] ?? fallbackCurrency,
    monthlyIncomeMinor: minorOf(
      d.monthly_income ?? d.income_summary?.aggregated_monthly_average ?? d.income_summary?.monthly_average,
      'data.monthly_income',
      rounded,
    ),
    annualIncomeMinor: minorOf(d.annual_income, 'data.annual_income', rounded),
    totalIncomeMinor: minorOf(d.total_income ?? d.income_summary?.total_income, 'data.total_income', rounded),
    streams,
    rounded,
  };
}

/**
 * Past analyses, as Mono keeps them (`GET /v2/accounts/{id}/income-records`, paginated): the raw rows, for
 * parseIncomeAnalysis. The fallback when an account_income webhook never arrived.
 */
export async function fetchIncomeRecords(
  options: { baseUrl: string; secretKey: string; timeoutMs?: number },
  accountId: string,
): Promise<unknown[]> {
  const http = new MonoTransport({ ...options, timeoutMs: options.timeoutMs ?? 30_000, connections: 2 });
  const endpoint = 'GET /v2/accounts/{id}/income-records';
  const rows: unknown[] = [];
  try {
    for (let page: number | null = 1, guard = 0; page !== null && guard < 1000; guard++) {
      const res = await http.send({
        method: 'GET',
        path: `/v2/accounts/${encodeURIComponent(accountId)}/income-records`,
        endpoint,
        query: { page },
      });
      const env = envelope.safeParse(res.body);
      if (!env.success) throw new MonoError({ kind: 'protocol', endpoint, detail: describeIssues(env.error, 'body') });
      if ((env.data.status ?? '').toLowerCase() === 'failed')
        throw monoErrorFromResponse({
          status: res.status,
          endpoint,
          ...(env.data.message ? { message: env.data.message } : {}),
          secrets: [options.secretKey],
        });
      const d = env.data.data;
      const batch: unknown[] = Array.isArray(d)
        ? d
        : d && typeof d === 'object' && Array.isArray((d as { records?: unknown }).records)
          ? (d as { records: unknown[] }).records
          : [];
      rows.push(...batch);
      const meta = env.data.meta as { next?: string | number | null } | null | undefined;
      const next = pageFromNext(meta?.next ?? null);
      if (next === undefined) throw new MonoError({ kind: 'protocol', endpoint, detail: 'meta.next: no page number' });
      page = batch.length === 0 || next === null || next <= page ? null : next;
    }
  } finally {
    await http.close();
  }
  return rows;
}
