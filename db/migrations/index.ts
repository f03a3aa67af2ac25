import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_reconciliation_decisions.js';
import * as m0003 from './0003_ledger_sync_state.js';
import * as m0004 from './0004_account_balance_watermark.js';
import * as m0005 from './0005_statement_reconciliations.js';
import * as m0006 from './0006_web_app.js';
import * as m0007 from './0007_webhook_outbox.js';
import * as m0010 from './0010_mono_data.js';
import * as m0011 from './0011_account_alias_reauth_expiry.js';
import * as m0012 from './0012_ledger_entry_closure.js';
import * as m0013 from './0013_web_bulk_jobs.js';
import * as m0014 from './0014_account_nightly_error.js';
import * as m0015 from './0015_nightly_failed_at_unknown.js';
import * as m0016 from './0016_account_bank_reauth.js';
import * as m0017 from './0017_account_relinked_at.js';
import * as m0018 from './0018_statement_balance_source.js';
import * as m0019 from './0019_statement_reconciliation_kind.js';
import * as m0020 from './0020_statement_signed_reports.js';
import * as m0021 from './0021_ledger_entry_changes.js';
import * as m0022 from './0022_ledger_entry_restate_key.js';
import * as m0023 from './0023_ledger_entry_kind.js';
import * as m0024 from './0024_account_feed_failing_since.js';
import * as m0025 from './0025_ledger_entry_party_role.js';
import * as m0026 from './0026_account_unlink_set_aside.js';
import * as m0027 from './0027_mono_rate_holds.js';
import * as m0028 from './0028_mono_rate_hold_recorded_ms.js';
import * as m0029 from './0029_temporal_unreachable.js';

/** Ordered migrations; add new files here, never edit a released one. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_reconciliation_decisions': m0002,
  '0003_ledger_sync_state': m0003,
  '0004_account_balance_watermark': m0004,
  '0005_statement_reconciliations': m0005,
  '0006_web_app': m0006,
  '0007_webhook_outbox': m0007,
  '0010_mono_data': m0010,
  '0011_account_alias_reauth_expiry': m0011,
  '0012_ledger_entry_closure': m0012,
  '0013_web_bulk_jobs': m0013,
  '0014_account_nightly_error': m0014,
  '0015_nightly_failed_at_unknown': m0015,
  '0016_account_bank_reauth': m0016,
  '0017_account_relinked_at': m0017,
  '0018_statement_balance_source': m0018,
  '0019_statement_reconciliation_kind': m0019,
  '0020_statement_signed_reports': m0020,
  '0021_ledger_entry_changes': m0021,
  '0022_ledger_entry_restate_key': m0022,
  '0023_ledger_entry_kind': m0023,
  '0024_account_feed_failing_since': m0024,
  '0025_ledger_entry_party_role': m0025,
  '0026_account_unlink_set_aside': m0026,
  '0027_mono_rate_holds': m0027,
  '0028_mono_rate_hold_recorded_ms': m0028,
  '0029_temporal_unreachable': m0029,
};
