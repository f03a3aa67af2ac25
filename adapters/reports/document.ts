import type { CurrencyCode } from '../../domain/currency.js';
import { isPosting } from '../../domain/ledger.js';
import { minorToMajorString } from '../../domain/money.js';
import type { Evidence, ProposedLedgerEntry, WriteOff } from '../../domain/reconciliation.js';
import type { BankBalanceSource, BookBalanceSource } from '../../domain/statement.js';
import {
  groupKey,
  type BankOpenedFrom,
  type BankRecStatement,
  type BookRollForward,
  type StatementProof,
  type NotInBooksLine,
  type ReconciliationReport,
  type StatementItem,
  type StatementLine,
} from './model.js';
import { spendingByCategory } from './spending.js';
import { openBankLines } from './bank-line-standing.js';
import type { OutstandingExplanation } from './outstanding-age.js';

/**
 * THE report document: one JSON shape for every path (`reconcile --input`, `--bank/--ledger`, `--account`, `export`,
 * the nightly run, the web app). docs/report.schema.json is its JSON Schema and docs/reports.md its description.
 * Every amount is given twice, side by side: exact integer minor units (`…Minor`) and a decimal string in major units.
 * Ids: `bank` / `ledger` lists name bank lines and ledger entries by `id`; `ref` is what a person recognises (the
 * statement row or reference, the GL row and journal id); a match's or candidate's `id` is the stored match group id
 * that `bankfeed matches confirm|reject|unmatch` takes (null for file runs, which store nothing).
 */
export interface ReportDocument {
  kind: 'bankfeed.reconciliation-report';
  version: 2;
  generatedAt: string;
  /** Which path wrote it: "reconcile --input", "reconcile --bank", "reconcile --account", "export", "nightly", "web". */
  producedBy: string;
  /** One row per statement, in `statements` order. */
  overview: OverviewEntry[];
  statements: StatementDocument[];
}

export interface DocAmount {
  amountMinor: number | null;
  amount: string | null;
}

export interface OverviewEntry {
  accountId: string;
  accountName: string;
  currency: CurrencyCode;
  ledgerAccount: string | null;
  period: { from: string; to: string };
  balancePerBank: DocAmount & { source: BankBalanceSource };
  balancePerBooks: DocAmount & { source: BookBalanceSource };
  difference: DocAmount;
  verified: boolean;
  balanced: boolean;
  matched: number;
  awaitingReview: number;
  unmatchedBank: number;
  unmatchedLedger: number;
}

export interface DocItem {
  side: 'bank' | 'ledger' | 'match-residual';
  id: string;
  ref: string | null;
  date: string;
  reference: string | null;
  description: string;
  /** Positive: the section says whether it is added or subtracted. */
  amountMinor: number;
  amount: string;
  /** Signed as it affects the bank account (money in positive). */
  signedAmountMinor: number;
  group: string | null;
  /** A line a rule classified: the ledger account the rule posts it to (absent otherwise). */
  postTo?: string;
  /** A line a named rule classified: the rule's name (absent otherwise); `group` keeps its id. */
  ruleName?: string;
  carriedForward: boolean;
}

export interface DocSection {
  count: number;
  totalMinor: number;
  total: string;
  items: DocItem[];
}

/** One kind of item not in the books (a rule's code, bank-only or a write-off to an account, not explained…). */
export interface DocKind extends DocCount {
  group: string;
  ruleName?: string;
  postTo?: string;
}

/**
 * Credits or debits not in the books, with their breakdown by kind in the order each first appears: the counts and
 * subtotals add up to the section's. Absent from documents written before it was kept.
 */
export interface DocNotInBooks extends DocSection {
  byKind?: DocKind[];
}

/** A count and its sum, the sum given twice as every amount is. */
export interface DocCount {
  count: number;
  totalMinor: number;
  total: string;
}

/**
 * Why a line of outstanding book entries holds what it holds (adapters/reports/outstanding-age.ts): each entry's age
 * at the period end and where it comes from, the oldest, the part dated before the period, those that need a look.
 */
export interface DocOutstandingExplanation extends Omit<OutstandingExplanation, 'beforePeriod' | 'needsLook'> {
  beforePeriod: DocCount;
  needsLook: DocCount;
}

export interface StatementFigures {
  currency: CurrencyCode;
  periodEnd: string;
  balancePerBank: DocAmount & { source: BankBalanceSource };
  depositsInTransit: DocSection;
  unpresentedPayments: DocSection;
  /** Book entries whose clearing only has a suggestion; `net` adjusts the bank side (signed). */
  awaitingReviewLedger: DocSection & { netMinor: number; net: string };
  adjustedBankBalance: DocAmount;
  balancePerBooks: DocAmount & { source: BookBalanceSource };
  creditsNotInBooks: DocNotInBooks;
  debitsNotInBooks: DocNotInBooks;
  /** Bank lines that only have a suggestion; `net` adjusts the book side (signed). */
  awaitingReviewBank: DocSection & { netMinor: number; net: string };
  adjustedBookBalance: DocAmount;
  difference: DocAmount;
  /** Both balances are the bank's and the books' own figures: the difference is a real check. */
  verified: boolean;
  /** verified and a zero difference. */
  balanced: boolean;
  notes: string[];
  /** Carried bank lines the books posted in the period, each with the entry that posted it (absent: none). */
  postedByBooks?: Array<DocItem & { postedBy: string }>;
  /** Lines of the period reversing a carried bank line (`reverses` its id): listed on neither side, decided by it. */
  reversedByBank?: Array<DocItem & { reverses: string }>;
  /**
   * Why the deposits in transit and the unpresented payments are there; it moves no figure. Absent from documents
   * written before it was kept.
   */
  whyOutstanding?: {
    depositsInTransit: DocOutstandingExplanation;
    unpresentedPayments: DocOutstandingExplanation;
  };
  /**
   * What the statement rests on before its lines (StatementProof): the opening, the lines a decision cleared and the
   * cleared difference, each side from its opening to its closing. Absent where the path that wrote it knew no bank
   * opening, and from documents written before it was kept.
   */
  proof?: DocProof;
}

/** The statement's proof, every amount given twice as every amount is. */
export interface DocProof {
  bank: {
    opening: DocAmount & { from: BankOpenedFrom };
    /** The period's bank lines and their sum. */
    movements: DocCount;
    /** opening + movements */
    closing: DocAmount;
  };
  books: {
    opening: DocAmount & { source: BookRollForward['openingSource'] };
    /** The period's book entries of the bound ledger account (and the moves of earlier ones since) and their sum. */
    movements: DocCount;
    closing: DocAmount;
  } | null;
  /** The period's bank lines a decision clears and their sum. */
  cleared: DocCount;
  /** statement balance − (opening + cleared) */
  clearedDifference: DocAmount;
  /** The period's bank lines no decision clears. */
  uncleared: string[];
}

export interface DocEvidence {
  kind: string;
  detail: string;
  weight: number;
}

export interface DocProposed {
  account: string;
  category: string | null;
  counterparty: string | null;
  description: string;
  amountMinor: number;
  amount: string;
}

export interface DocWriteOff {
  account: string;
  amountMinor: number;
  amount: string;
}

export interface DocMatch {
  id: string | null;
  bank: string[];
  ledger: string[];
  kind: string;
  confidence: number;
  differenceMinor: number;
  difference: string;
  writeOff: DocWriteOff | null;
  evidence: DocEvidence[];
  rule: string | null;
  proposed: DocProposed | null;
}

export interface DocCandidate {
  id: string | null;
  ledger: string[];
  confidence: number;
  differenceMinor: number;
  difference: string;
  evidence: DocEvidence[];
  rule: string | null;
  proposed: DocProposed | null;
  writeOff: DocWriteOff | null;
}

export interface DocSuggestion {
  bank: string[];
  candidates: DocCandidate[];
}

export interface DocBankLine {
  id: string;
  ref: string | null;
  date: string;
  amountMinor: number;
  amount: string;
  currency: CurrencyCode;
  narration: string | null;
  reference: string | null;
  counterparty: { name: string | null; account: string | null };
  balanceMinor: number | null;
  balance: string | null;
  category: string | null;
}

export interface DocLedgerEntry {
  id: string;
  ref: string | null;
  date: string;
  dueDate: string | null;
  amountMinor: number;
  amount: string;
  currency: CurrencyCode;
  reference: string | null;
  description: string | null;
  party: string | null;
  account: string | null;
  /** posting: money the books hold on the bank's account; document: an open invoice or bill (LedgerEntry.kind) */
  kind: 'posting' | 'document';
}

export interface StatementDocument {
  account: {
    id: string;
    name: string;
    currency: CurrencyCode;
    institution: string | null;
    ledgerAccount: string | null;
  };
  period: { from: string; to: string };
  statement: StatementFigures;
  matches: DocMatch[];
  suggestions: DocSuggestion[];
  unmatched: { bank: string[]; ledger: string[] };
  spendingByCategory: Array<{
    category: string;
    currency: CurrencyCode;
    debitsMinor: number;
    debits: string;
    creditsMinor: number;
    credits: string;
    count: number;
  }>;
  bankLines: DocBankLine[];
  ledgerEntries: DocLedgerEntry[];
  audit: Array<{ at: string; actor: string; action: string; entity: string; detail: string }>;
}

const amt = (minor: number | null, cur: CurrencyCode): DocAmount => ({
  amountMinor: minor,
  amount: minor === null ? null : minorToMajorString(minor, cur),
});

function section(l: StatementLine, cur: CurrencyCode): DocSection {
  return {
    count: l.count,
    totalMinor: l.totalMinor,
    total: minorToMajorString(l.totalMinor, cur),
    items: l.items.map((i) => docItem(i, cur)),
  };
}

function docItem(i: StatementItem, cur: CurrencyCode): DocItem {
  return {
    side: i.source,
    id: i.id,
    ref: i.ref ?? null,
    date: i.date,
    reference: i.reference ?? null,
    description: i.description,
    amountMinor: i.amountMinor,
    amount: minorToMajorString(i.amountMinor, cur),
    signedAmountMinor: i.signedMinor ?? i.amountMinor,
    group: i.group ?? null,
    ...(i.postTo ? { postTo: i.postTo } : {}),
    ...(i.ruleName ? { ruleName: i.ruleName } : {}),
    carriedForward: i.carriedForward ?? false,
  };
}

function notInBooksSection(l: NotInBooksLine, cur: CurrencyCode): DocNotInBooks {
  return {
    ...section(l, cur),
    byKind: l.byKind.map((k) => ({ ...k, total: minorToMajorString(k.totalMinor, cur) })),
  };
}

function netSection(l: StatementLine & { netMinor: number }, cur: CurrencyCode) {
  return { ...section(l, cur), netMinor: l.netMinor, net: minorToMajorString(l.netMinor, cur) };
}

function explanation(x: OutstandingExplanation, cur: CurrencyCode): DocOutstandingExplanation {
  const count = (c: { count: number; totalMinor: number }): DocCount => ({
    ...c,
    total: minorToMajorString(c.totalMinor, cur),
  });
  return { ...x, beforePeriod: count(x.beforePeriod), needsLook: count(x.needsLook) };
}

function proofDoc(p: StatementProof, c: CurrencyCode): DocProof {
  const count = (n: number, minor: number): DocCount => ({
    count: n,
    totalMinor: minor,
    total: minorToMajorString(minor, c),
  });
  return {
    bank: {
      opening: { ...amt(p.bank.openingMinor, c), from: p.bank.openedFrom },
      movements: count(p.bank.lines, p.bank.movementsMinor),
      closing: amt(p.bank.closingMinor, c),
    },
    books: p.books
      ? {
          opening: { ...amt(p.books.openingMinor, c), source: p.books.openingSource },
          movements: count(p.books.entries, p.books.movementsMinor),
          closing: amt(p.books.closingMinor, c),
        }
      : null,
    cleared: count(p.cleared.lines, p.cleared.totalMinor),
    clearedDifference: amt(p.clearedDifferenceMinor, c),
    uncleared: p.unclearedIds,
  };
}

export function statementFigures(s: BankRecStatement): StatementFigures {
  const c = s.currency;
  return {
    currency: c,
    periodEnd: s.period.to,
    balancePerBank: { ...amt(s.statementBalanceMinor, c), source: s.statementBalanceSource },
    depositsInTransit: section(s.depositsInTransit, c),
    unpresentedPayments: section(s.unpresentedPayments, c),
    awaitingReviewLedger: netSection(s.awaitingReviewLedger, c),
    adjustedBankBalance: amt(s.adjustedBankBalanceMinor, c),
    balancePerBooks: { ...amt(s.bookBalanceMinor, c), source: s.bookBalanceSource },
    creditsNotInBooks: notInBooksSection(s.creditsNotInBooks, c),
    debitsNotInBooks: notInBooksSection(s.debitsNotInBooks, c),
    awaitingReviewBank: netSection(s.awaitingReviewBank, c),
    adjustedBookBalance: amt(s.adjustedBookBalanceMinor, c),
    difference: amt(s.differenceMinor, c),
    verified: s.verified,
    balanced: s.balanced,
    notes: s.notes,
    ...(s.postedSince?.length
      ? { postedByBooks: s.postedSince.map((p) => ({ ...docItem(p.line, c), postedBy: p.entryId })) }
      : {}),
    ...(s.reversedSince?.length
      ? { reversedByBank: s.reversedSince.map((p) => ({ ...docItem(p.reversal, c), reverses: p.line.id })) }
      : {}),
    whyOutstanding: {
      depositsInTransit: explanation(s.whyOutstanding.depositsInTransit, c),
      unpresentedPayments: explanation(s.whyOutstanding.unpresentedPayments, c),
    },
    ...(s.proof ? { proof: proofDoc(s.proof, c) } : {}),
  };
}

const evidence = (e: Evidence[]): DocEvidence[] => e.map(({ kind, detail, weight }) => ({ kind, detail, weight }));

const proposedDoc = (p: ProposedLedgerEntry | null | undefined, cur: CurrencyCode): DocProposed | null =>
  p
    ? {
        account: p.account,
        category: p.category ?? null,
        counterparty: p.counterparty ?? null,
        description: p.description,
        amountMinor: p.amountMinor,
        amount: minorToMajorString(p.amountMinor, cur),
      }
    : null;

const writeOffDoc = (w: WriteOff | null | undefined, cur: CurrencyCode): DocWriteOff | null =>
  w ? { account: w.account, amountMinor: w.amountMinor, amount: minorToMajorString(w.amountMinor, cur) } : null;

/** One statement of the document, from a report and its statement (built once by the caller). */
export function statementDocument(r: ReconciliationReport, s: BankRecStatement): StatementDocument {
  const cur = r.account.currency;
  return {
    account: {
      id: r.account.id,
      name: r.account.name,
      currency: cur,
      institution: r.account.institution ?? null,
      ledgerAccount: r.account.ledgerAccount ?? null,
    },
    period: r.period,
    statement: statementFigures(s),
    matches: r.result.matches.map((m) => ({
      id: r.groupIds?.get(groupKey(m.bankIds, m.ledgerIds)) ?? null,
      bank: m.bankIds,
      ledger: m.ledgerIds,
      kind: m.kind,
      confidence: m.confidence,
      differenceMinor: m.differenceMinor,
      difference: minorToMajorString(m.differenceMinor, cur),
      writeOff: writeOffDoc(m.writeOff, cur),
      evidence: evidence(m.evidence),
      rule: m.ruleId ?? null,
      proposed: proposedDoc(m.proposed, cur),
    })),
    suggestions: r.result.suggestions.map((sg) => ({
      bank: sg.bankIds,
      candidates: sg.candidates.map((c) => ({
        id: r.candidateIds?.get(groupKey(sg.bankIds, c.ledgerIds)) ?? null,
        ledger: c.ledgerIds,
        confidence: c.confidence,
        differenceMinor: c.differenceMinor,
        difference: minorToMajorString(c.differenceMinor, cur),
        evidence: evidence(c.evidence),
        rule: c.ruleId ?? null,
        proposed: proposedDoc(c.proposed, cur),
        writeOff: writeOffDoc(c.writeOff, cur),
      })),
    })),
    unmatched: { bank: openBankLines(r.result).unmatched, ledger: r.result.unmatchedLedger },
    spendingByCategory: spendingByCategory(r.bankLines).map((x) => ({
      category: x.category,
      currency: x.currency,
      debitsMinor: x.debitsMinor,
      debits: minorToMajorString(x.debitsMinor, x.currency),
      creditsMinor: x.creditsMinor,
      credits: minorToMajorString(x.creditsMinor, x.currency),
      count: x.count,
    })),
    bankLines: r.bankLines.map((l) => ({
      id: l.id,
      ref: l.ref ?? null,
      date: l.date,
      amountMinor: l.amountMinor,
      amount: minorToMajorString(l.amountMinor, l.currency),
      currency: l.currency,
      narration: l.narration ?? null,
      reference: l.reference ?? null,
      counterparty: { name: l.counterpartyName ?? null, account: l.counterpartyAccount ?? null },
      balanceMinor: l.balanceMinor ?? null,
      balance: l.balanceMinor == null ? null : minorToMajorString(l.balanceMinor, l.currency),
      category: l.category ?? null,
    })),
    ledgerEntries: r.ledgerEntries.map((e) => ({
      id: e.id,
      ref: e.ref ?? null,
      date: e.date,
      dueDate: e.dueDate ?? null,
      amountMinor: e.amountMinor,
      amount: minorToMajorString(e.amountMinor, e.currency),
      currency: e.currency,
      reference: e.reference ?? null,
      description: e.description ?? null,
      party: e.party ?? null,
      account: e.account ?? null,
      kind: isPosting(e) ? 'posting' : 'document',
    })),
    // the codes, for scripts (the words are the workbook's)
    audit: r.audit.map((a) => ({ at: a.at, actor: a.actor, action: a.action, entity: a.entity, detail: a.detail })),
  };
}

export function overviewEntry(d: StatementDocument): OverviewEntry {
  const s = d.statement;
  return {
    accountId: d.account.id,
    accountName: d.account.name,
    currency: d.account.currency,
    ledgerAccount: d.account.ledgerAccount,
    period: d.period,
    balancePerBank: s.balancePerBank,
    balancePerBooks: s.balancePerBooks,
    difference: s.difference,
    verified: s.verified,
    balanced: s.balanced,
    matched: d.matches.length,
    awaitingReview: new Set(d.suggestions.flatMap((s) => s.bank)).size,
    unmatchedBank: d.unmatched.bank.length,
    unmatchedLedger: d.unmatched.ledger.length,
  };
}

export function reportDocument(
  statements: StatementDocument[],
  opts: { producedBy: string; generatedAt: string },
): ReportDocument {
  return {
    kind: 'bankfeed.reconciliation-report',
    version: 2,
    generatedAt: opts.generatedAt,
    producedBy: opts.producedBy,
    overview: statements.map(overviewEntry),
    statements,
  };
}
