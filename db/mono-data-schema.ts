import type { Generated } from 'kysely';

// Tables of migration 0010 (Mono beyond transactions). Timestamps ISO-8601 text, money integer minor units.

export interface AccountIdentitiesTable {
  account_id: string;
  full_name: string | null;
  /** Last four digits only: the full BVN Mono returns is never stored. */
  bvn_last4: string | null;
  email: string | null;
  phone: string | null;
  gender: string | null;
  dob: string | null;
  address: string | null;
  expected_holder: string | null;
  fetched_at: string;
  fetched_by: string;
}

export interface IncomeReportsTable {
  id: Generated<number>;
  account_id: string;
  status: string;
  requested_by: string | null;
  requested_at: string | null;
  period_months: number | null;
  received_at: string | null;
  source: string | null;
  mono_record_id: string | null;
  currency: string | null;
  monthly_income_minor: number | null;
  annual_income_minor: number | null;
  total_income_minor: number | null;
  streams: string | null;
  rounding: string | null;
}

export interface StatementExportsTable {
  id: Generated<number>;
  account_id: string;
  months: number;
  format: string;
  status: string;
  job_id: string | null;
  path: string | null;
  error: string | null;
  requested_by: string;
  requested_at: string;
  finished_at: string | null;
}

export interface CollectionsTable {
  id: Generated<number>;
  invoice_ref: string;
  reference: string;
  mono_payment_id: string | null;
  account_id: string | null;
  ledger_entry_id: number | null;
  amount_minor: number;
  currency: string;
  customer_name: string;
  customer_email: string;
  description: string;
  payment_link: string | null;
  status: string;
  paid_amount_minor: number | null;
  fee_minor: number | null;
  fee_bearer: string | null;
  flag: string | null;
  settled_bank_txn_id: number | null;
  request: string;
  requested_by: string;
  requested_at: string;
  verified_at: string | null;
  updated_at: string;
}

export interface CollectionEventsTable {
  id: Generated<number>;
  collection_id: number | null;
  reference: string;
  event_key: string;
  event: string;
  webhook_status: string | null;
  verified_status: string | null;
  outcome: string;
  detail: string | null;
  at: string;
}

export interface MonoDataEventOutcomesTable {
  webhook_event_id: number;
  outcome: string | null;
  detail: string | null;
  attempts: Generated<number>;
  next_attempt_at: string | null;
  processed_at: string | null;
}
