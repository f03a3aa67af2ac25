import type { ReconciliationReport } from './model.js';

/** Every id in the engine's result must name a bank line or ledger entry of the report; checked before any writing. */
export function checkReportReferences(r: ReconciliationReport): void {
  const bank = new Set(r.bankLines.map((l) => l.id));
  const ledger = new Set(r.ledgerEntries.map((e) => e.id));
  const check = (ids: readonly string[], set: Set<string>, what: string, where: string) => {
    for (const id of ids)
      if (!set.has(id)) throw new Error(`report: ${where} refers to ${what} "${id}", which is not in the report`);
  };
  r.result.matches.forEach((g, i) => {
    check(g.bankIds, bank, 'bank line', `match ${i + 1}`);
    check(g.ledgerIds, ledger, 'ledger entry', `match ${i + 1}`);
  });
  r.result.suggestions.forEach((s, i) => {
    check(s.bankIds, bank, 'bank line', `suggestion ${i + 1}`);
    s.candidates.forEach((c) => check(c.ledgerIds, ledger, 'ledger entry', `suggestion ${i + 1}`));
  });
  check(r.result.unmatchedBank, bank, 'bank line', 'unmatchedBank');
  check(r.result.unmatchedLedger, ledger, 'ledger entry', 'unmatchedLedger');
  for (const l of r.bankLines)
    if (l.currency !== r.account.currency)
      throw new Error(`report: bank line "${l.id}" is in ${l.currency}, the account in ${r.account.currency}`);
  for (const e of r.ledgerEntries)
    if (e.currency !== r.account.currency)
      throw new Error(`report: ledger entry "${e.id}" is in ${e.currency}, the account in ${r.account.currency}`);
}
