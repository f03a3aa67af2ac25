import type { Kysely } from 'kysely';
import { normalizeCurrency } from '../domain/currency.js';
import type { LedgerEntry } from '../domain/ledger.js';
import type { MatchGroup, Suggestion } from '../domain/reconciliation.js';
import type { ReconciliationReport, ReportBankLine } from '../adapters/reports/index.js';
import { listLiveBankTransactions } from '../db/bank-transaction-repository.js';
import { ACTIVE_STATUSES, createMatchRepository, type StoredGroup } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';

/**
 * Builds one account's reconciliation report from what is stored: the period's live bank lines, the bound ledger's
 * entries, the active match groups and the open suggestions, and the audit trail.
 *
 * Balance per books: the ledger adapters give open items, not a trial balance, so the books are taken to agree with
 * the bank at the start of the period (the opening statement balance) plus every ledger entry of the period. The
 * statement's difference then shows exactly what the period's reconciliation leaves unexplained.
 */
export async function buildAccountReport(
  db: Kysely<Database>,
  input: {
    accountId: string;
    period: { from: string; to: string };
    ledgerSourceId: string | null;
    ledgerAccount?: string | null;
    now?: Date;
  },
): Promise<ReconciliationReport> {
  const account = await db
    .selectFrom('accounts')
    .selectAll()
    .where('id', '=', input.accountId)
    .executeTakeFirstOrThrow();
  const currency = normalizeCurrency(account.currency);
  const rows = await listLiveBankTransactions(db, input.accountId, input.period);
  const bankLines: ReportBankLine[] = rows.map((r) => ({
    id: String(r.id),
    date: r.business_date,
    amountMinor: Number(r.amount_minor),
    currency,
    narration: r.narration,
    reference: r.reference,
    counterpartyName: r.counterparty_name,
    counterpartyAccount: null,
    balanceMinor: r.balance_minor === null ? null : Number(r.balance_minor),
    category: r.category,
  }));
  const ledgerRows = input.ledgerSourceId
    ? await db
        .selectFrom('ledger_entries')
        .selectAll()
        .where('source_id', '=', input.ledgerSourceId)
        .where('status', '!=', 'void')
        .where('entry_date', '>=', input.period.from)
        .where('entry_date', '<=', input.period.to)
        .orderBy('entry_date')
        .orderBy('id')
        .execute()
    : [];
  const repo = createMatchRepository(db);
  const groups = await repo.listGroups(input.accountId, { status: [...ACTIVE_STATUSES, 'suggested'] });
  // Entries matched or proposed for the period's lines may be dated before it (an invoice issued last quarter).
  const have = new Set(ledgerRows.map((r) => Number(r.id)));
  const referenced = [...new Set(groups.flatMap((g) => g.ledgerIds))].filter((id) => !have.has(id));
  for (let i = 0; i < referenced.length; i += 500) {
    ledgerRows.push(
      ...(await db
        .selectFrom('ledger_entries')
        .selectAll()
        .where('id', 'in', referenced.slice(i, i + 500))
        .execute()),
    );
  }
  ledgerRows.sort((a, b) =>
    a.entry_date < b.entry_date ? -1 : a.entry_date > b.entry_date ? 1 : Number(a.id) - Number(b.id),
  );
  const ledgerEntries: LedgerEntry[] = ledgerRows.map((r) => ({
    id: String(r.id),
    date: r.entry_date,
    dueDate: r.due_date,
    amountMinor: Number(r.amount_minor),
    currency: normalizeCurrency(r.currency),
    reference: r.reference,
    description: r.description,
    party: r.party,
    account: r.ledger_account,
  }));

  const bankIds = new Set(bankLines.map((l) => l.id));
  const inPeriod = (g: StoredGroup) =>
    g.bankIds.some((id) => bankIds.has(String(id))) || (g.bankIds.length === 0 && g.ledgerIds.length > 0);
  const active = groups.filter((g) => (ACTIVE_STATUSES as readonly string[]).includes(g.status) && inPeriod(g));
  const matches: MatchGroup[] = active.map((g) => ({
    bankIds: g.bankIds.map(String),
    ledgerIds: g.ledgerIds.map(String),
    kind: g.kind,
    confidence: g.confidence,
    currency: normalizeCurrency(g.currency),
    differenceMinor: g.differenceMinor,
    writeOff: g.writeOff,
    evidence: g.evidence,
    ruleId: g.ruleId,
    proposed: g.proposed,
  }));
  const matchedBank = new Set(active.flatMap((g) => g.bankIds.map(String)));
  const matchedLedger = new Set(active.flatMap((g) => g.ledgerIds.map(String)));

  const bySet = new Map<string, StoredGroup[]>();
  for (const g of groups) {
    if (g.status !== 'suggested' || !inPeriod(g)) continue;
    if (g.bankIds.some((id) => matchedBank.has(String(id)))) continue;
    const key = g.candidateSet ?? `bank:${g.bankIds.join(',')}`;
    bySet.set(key, [...(bySet.get(key) ?? []), g]);
  }
  const suggestions: Suggestion[] = [...bySet.values()].map((gs) => {
    const sorted = gs.sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).slice(0, 3);
    return {
      bankIds: sorted[0]!.bankIds.map(String),
      candidates: sorted.map((g) => ({
        ledgerIds: g.ledgerIds.map(String),
        confidence: g.confidence,
        differenceMinor: g.differenceMinor,
        evidence: g.evidence,
      })),
    };
  });

  const audit = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('account_id', '=', input.accountId)
    .where('at', '>=', `${input.period.from}T00:00:00.000Z`)
    .orderBy('id', 'desc')
    .limit(5000)
    .execute();

  const opening =
    bankLines.length > 0 && bankLines[0]!.balanceMinor != null
      ? bankLines[0]!.balanceMinor! - bankLines[0]!.amountMinor
      : null;
  const last = [...bankLines].reverse().find((l) => l.balanceMinor != null);
  const statementBalanceMinor =
    last?.balanceMinor ?? (account.balance_minor === null ? null : Number(account.balance_minor));
  const bookBalanceMinor = opening === null ? null : opening + ledgerEntries.reduce((s, e) => s + e.amountMinor, 0);

  return {
    account: {
      id: account.id,
      name: account.name,
      currency,
      institution: account.institution_name,
      ledgerAccount: input.ledgerAccount ?? null,
    },
    period: input.period,
    generatedAt: (input.now ?? new Date()).toISOString(),
    statementBalanceMinor,
    bookBalanceMinor,
    bankLines,
    ledgerEntries,
    result: {
      matches,
      suggestions,
      unmatchedBank: bankLines.filter((l) => !matchedBank.has(l.id)).map((l) => l.id),
      unmatchedLedger: ledgerEntries
        .filter((e) => !matchedLedger.has(e.id) && ledgerRows.find((r) => String(r.id) === e.id)?.status === 'open')
        .map((e) => e.id),
    },
    audit: audit.map((a) => ({
      at: a.at,
      actor: a.actor,
      action: a.action,
      entity: `${a.entity_type}:${a.entity_id}`,
      detail: a.detail ?? '',
    })),
  };
}
