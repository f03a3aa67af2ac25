import type { CurrencyCode } from '../../domain/currency.js';
import type { BusinessDate } from '../../domain/dates.js';
import type { RetryAfterHold } from './retry-after-hold.js';

export type MonoDataStatus = 'AVAILABLE' | 'PROCESSING' | 'PARTIAL' | 'UNAVAILABLE' | 'FAILED';
export type MonoJobStatus = 'processing' | 'finished' | 'failed';

export interface MonoLogger {
  debug(obj: Record<string, unknown>, msg: string): void;
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface MonoClientOptions {
  baseUrl: string;
  secretKey: string;
  /** Whole-call budget (connect, headers and body), default 30000. */
  timeoutMs?: number;
  logger?: MonoLogger;
  /** Keep-alive sockets per origin, default 16. */
  connections?: number;
  /**
   * Header that asks for a real-time refresh. Mono's guide and examples use `x-realtime` (the default); its API
   * reference spells it `x-real-time`. Only switch if an environment honours the latter alone.
   */
  realtimeHeader?: 'x-realtime' | 'x-real-time';
  /** The Retry-After hold its calls obey: this process's own unless one shared with other processes is given. */
  retryAfterHold?: RetryAfterHold;
}

export type LinkCustomer = { name: string; email: string } | { id: string };

export interface InitiateLinkInput {
  customer: LinkCustomer;
  ref?: string;
  redirectUrl?: string;
  institution?: { id: string; authMethod?: 'internet_banking' | 'mobile_banking' };
}

export interface InitiateReauthInput {
  ref?: string;
  redirectUrl?: string;
}

/** A hosted Connect link (scope "auth" for a new link, "reauth" for re-authorisation). */
export interface MonoLinkSession {
  monoUrl: string;
  scope: string;
  customerId: string | null;
  accountId: string | null;
  ref: string | null;
  redirectUrl: string | null;
  createdAt: string | null;
}

export interface MonoInstitution {
  name: string | null;
  bankCode: string | null;
  type: string | null;
}

export interface MonoAccountDetails {
  id: string;
  name: string | null;
  /** The full account number: store it, never log it. */
  accountNumber: string | null;
  currency: CurrencyCode;
  balanceMinor: number | null;
  type: string | null;
  bvnLast4: string | null;
  institution: MonoInstitution;
  customerId: string | null;
  dataStatus: MonoDataStatus | null;
  authMethod: string | null;
  retrievedData: string[];
  ref: string | null;
}

export interface MonoAccountSummary {
  id: string;
  name: string | null;
  accountNumberLast4: string | null;
  currency: CurrencyCode | null;
  institution: MonoInstitution | null;
  customerId: string | null;
  authMethod: string | null;
}

/** What the x-job-* / x-has-new-data response headers said about a real-time refresh. */
export interface RealtimeInfo {
  jobId: string | null;
  jobStatus: MonoJobStatus | null;
  hasNewData: boolean | null;
}

export interface MonoBalance {
  accountId: string | null;
  /** null when a real-time fetch was only enqueued (Mono answered data: null). */
  balanceMinor: number | null;
  currency: CurrencyCode | null;
  realtime?: RealtimeInfo;
}

export interface MonoTransaction {
  id: string;
  narration: string;
  /** Always positive; the direction is `type`. */
  amountMinor: number;
  type: 'debit' | 'credit';
  balanceMinor: number | null;
  /** ISO instant as Mono sent it; the business date depends on the account's time zone. */
  date: string;
  category: string | null;
  currency: CurrencyCode | null;
}

export interface TransactionFilters {
  start?: BusinessDate;
  end?: BusinessDate;
  type?: 'debit' | 'credit';
  narration?: string;
  limit?: number;
  page?: number;
  paginate?: boolean;
  realtime?: boolean;
}

export interface MonoTransactionPage {
  transactions: MonoTransaction[];
  total: number | null;
  page: number;
  nextPage: number | null;
  realtime?: RealtimeInfo;
}

export interface MonoJob {
  id: string;
  status: MonoJobStatus;
  name: string | null;
  accountId: string | null;
}

export type LegacySyncCode =
  'SYNC_SUCCESSFUL' | 'REAUTHORISATION_REQUIRED' | 'SYNC_ERROR' | 'INCOMPLETE_STATEMENT_ERROR';

export interface LegacySyncResult {
  code: LegacySyncCode;
  hasNewData: boolean;
}

/** Personal data: hand it to storage, never to logs or workflow history. */
export interface MonoIdentity {
  fullName: string | null;
  bvn: string | null;
  email: string | null;
  phone: string | null;
  gender: string | null;
  dob: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  maritalStatus: string | null;
  stateOfOrigin: string | null;
  lgaOfOrigin: string | null;
}

export interface MonoIncomeStream {
  incomeType: string | null;
  frequency: string | null;
  /** Mono reports averages that may be fractional; kept as the decimal string it sent. */
  monthlyAverage: string | null;
  currency: string | null;
  stability: number | null;
  lastIncomeDate: string | null;
  numberOfIncomes: number | null;
}

export interface MonoIncomeRecord {
  id: string | null;
  createdAt: string | null;
  totalIncome: string | null;
  annualIncome: string | null;
  monthlyIncome: string | null;
  streams: MonoIncomeStream[];
}

export type MonoSpendingResult =
  | { supported: true; totalSpentMinor: number; currency: CurrencyCode | null; period: string }
  | { supported: false; reason: string };
