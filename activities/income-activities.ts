import type { Kysely } from 'kysely';
import type { MonoClient } from '../adapters/mono/index.js';
import { INCOME_ROUNDING, parseIncomeAnalysis, type IncomeAnalysis } from '../adapters/mono/identity-income.js';
import { getAccount } from '../db/account-repository.js';
import {
  listIncomeReports,
  recordIncomeRequest,
  recordIncomeResult,
  type IncomeReportRow,
} from '../db/income-repository.js';
import type { Database } from '../db/schema.js';
import { normalizeCurrency, type CurrencyCode } from '../domain/currency.js';

export interface IncomeDeps {
  db: Kysely<Database>;
  mono: Pick<MonoClient, 'requestIncome'>;
  clock?: () => Date;
}

async function accountCurrency(db: Kysely<Database>, accountId: string): Promise<CurrencyCode | null> {
  const a = await getAccount(db, accountId);
  try {
    return a ? normalizeCurrency(a.currency) : null;
  } catch {
    return null;
  }
}

function roundingNote(a: IncomeAnalysis): string {
  return a.rounded.length === 0
    ? `whole minor units as sent (rule: ${INCOME_ROUNDING})`
    : `${INCOME_ROUNDING}: ${a.rounded.join(', ')}`;
}

/** Income analyses: started by a person, recorded when Mono's webhook (or income-records) brings the result. */
export function createIncomeActivities(deps: IncomeDeps) {
  const now = () => (deps.clock ? deps.clock() : new Date()).toISOString();

  async function store(accountId: string, value: unknown, source: 'webhook' | 'income-records') {
    const analysis = parseIncomeAnalysis(value, await accountCurrency(deps.db, accountId));
    if (analysis.accountId !== null && analysis.accountId !== accountId)
      throw new RangeError('the income analysis names another account than the event');
    return recordIncomeResult(deps.db, {
      accountId,
      source,
      monoRecordId: analysis.recordId,
      receivedAt: now(),
      currency: analysis.currency,
      monthlyIncomeMinor: analysis.monthlyIncomeMinor,
      annualIncomeMinor: analysis.annualIncomeMinor,
      totalIncomeMinor: analysis.totalIncomeMinor,
      streams: JSON.stringify(analysis.streams),
      rounding: roundingNote(analysis),
    });
  }

  return {
    /** Starts Mono's analysis and keeps the request (who asked, when, the period). */
    async requestIncome(input: { accountId: string; requestedBy: string; periodMonths?: number }): Promise<number> {
      if (input.periodMonths !== undefined && (!Number.isInteger(input.periodMonths) || input.periodMonths < 1))
        throw new RangeError('--months must be a positive whole number of months');
      await deps.mono.requestIncome(input.accountId, input.periodMonths);
      return recordIncomeRequest(deps.db, {
        accountId: input.accountId,
        requestedBy: input.requestedBy,
        requestedAt: now(),
        periodMonths: input.periodMonths ?? null,
      });
    },

    /** The `data` of a `mono.events.account_income` webhook. */
    recordIncomeWebhook(input: { accountId: string; data: unknown }) {
      return store(input.accountId, input.data, 'webhook');
    },

    /** Rows of `GET /v2/accounts/{id}/income-records` (raw, as Mono sent them). */
    async recordIncomeRecords(input: { accountId: string; records: unknown[] }): Promise<number> {
      let added = 0;
      for (const r of input.records) if ((await store(input.accountId, r, 'income-records')).inserted) added++;
      return added;
    },

    async incomeReports(input: { accountId: string }): Promise<IncomeReportRow[]> {
      return listIncomeReports(deps.db, input.accountId);
    },
  };
}

export type IncomeActivities = ReturnType<typeof createIncomeActivities>;
