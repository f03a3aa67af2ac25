import { expect, it } from 'vitest';
import type { AuditEntry } from '../../db/audit-repository.js';
import { changeInWords } from '../../web/audit-change.js';

// The audit row of an agreed starting point says where its statement balance came from: typed, and checked against the
// bank feed's running balance at that date — not "on its last line", which is a statement's.
const entry = (statementBalanceSource: string): AuditEntry => ({
  id: 1,
  at: '2026-10-05T09:00:00Z',
  actor: 'ada',
  action: 'statement.start',
  entityType: 'statement_reconciliation',
  entityId: '1',
  accountId: 'acc-main',
  detail: { reason: 'reconciled to 30 Sep in Sage' },
  before: null,
  after: {
    kind: 'opening',
    periodEnd: '2026-09-30',
    statementBalanceMinor: 36_748_821,
    statementBalanceSource,
    bookBalanceMinor: 36_748_821,
    bookBalanceSource: 'stated',
  },
  undoesId: null,
  undoneById: null,
});

it("says an agreed starting point's statement balance was typed, and checked against the feed at that date", () => {
  const words = changeInWords(entry('mono-running-balance'), 'KES');
  expect(words).toContain(
    "agreed starting point at 2026-09-30; statement KSh367,488.21 (typed: the bank feed's running balance at that date)",
  );
  expect(words).not.toContain('on its last line');
  expect(changeInWords(entry('stated'), 'KES')).toContain('statement KSh367,488.21 (typed)');
});
