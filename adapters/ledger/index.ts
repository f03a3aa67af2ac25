// The public surface of adapters/ledger: callers import from here rather than from the files behind it.
export type {
  LedgerAdapter,
  LedgerAdapterContext,
  LedgerAdapterFactory,
  LedgerPosting,
  LedgerPullQuery,
  LedgerPullResult,
} from './types.js';
export {
  createLedgerAdapter,
  getLedgerAdapterFactory,
  ledgerAdapterKinds,
  loadLedgerPlugins,
  registerLedgerAdapter,
} from './registry.js';
export {
  ledgerConfigSchema,
  parseLedgerConfig,
  type LedgerBinding,
  type LedgerConfig,
  type LedgerSourceConfig,
} from './config.js';
export { LedgerConfigError, type ConfigIssue } from './config-error.js';
export { LedgerFileError } from './ledger-file-error.js';
export {
  columnMappingSchema,
  tabularOptionsSchema,
  type ColumnMapping,
  type DateOrder,
  type TabularReadOptions,
} from './tabular-options.js';
export { PRESETS, findPreset, type Preset } from './presets.js';
export { openLedgerFile, readLedgerFile, type FileLedgerEntry, type OpenedLedgerFile } from './read-ledger-file.js';
export { readBankStatementFile, type BankStatement } from './read-bank-statement.js';
export {
  LedgerAuthError,
  LedgerPartialWriteError,
  LedgerRateLimitError,
  LedgerRejectedError,
  LedgerVendorError,
} from './oauth/errors.js';
export type { LedgerSettlement, LedgerSettlementResult, SettlesEntries } from './oauth/settlement.js';
