import type { BookBalanceSource, BankBalanceSource, OutstandingItem } from '../../domain/statement.js';
import { isPosting } from '../../domain/ledger.js';
import { formatMoney } from '../../domain/money.js';
import type {
  BankRecStatement,
  NotInBooksLine,
  ReconciliationReport,
  ReportBankLine,
  ReportLedgerEntry,
  StatementItem,
  StatementLine,
} from './model.js';
import { sharesWord, takeCarriedPostings } from './carried-postings.js';
import { bankOnlyCode } from './report-words.js';
import { ruleNameOf } from './rule-name.js';
import { explainOutstanding } from './outstanding-age.js';
import { sectionKinds } from './section-kinds.js';
import { statementProof } from './statement-proof.js';
import { saysReversal } from '../../domain/reversal-words.js';
import {
  REVERSAL_PAIR_RULE,
  bookedReversals,
  reversedNote,
  reversedWords,
  takeCarriedReversals,
  type ReversedLine,
} from './reversed-lines.js';

function byDate(a: StatementItem, b: StatementItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ra = a.ref ?? a.id;
  const rb = b.ref ?? b.id;
  return ra.localeCompare(rb, 'en', { numeric: true });
}

function line(items: StatementItem[]): StatementLine {
  let total = 0;
  for (const it of items) total += it.amountMinor;
  if (!Number.isSafeInteger(total))
    throw new RangeError(`statement total overflows safe integers (${items.length} items)`);
  return { count: items.length, totalMinor: total, items: items.sort(byDate) };
}

/** Credits or debits not in the books, broken down by kind once, for every writer to give the same breakdown. */
function notInBooksLine(items: StatementItem[]): NotInBooksLine {
  const l = line(items);
  return { ...l, byKind: sectionKinds(l.items) };
}

/** A line whose items adjust in both directions: `netMinor` is signed (money in positive). */
function netLine(items: Array<StatementItem & { signed: number }>): StatementLine & { netMinor: number } {
  let net = 0;
  for (const it of items) net += it.signed;
  const l = line(items.map(({ signed: _signed, ...it }) => it));
  return { ...l, netMinor: net };
}

function bankItem(l: ReportBankLine, group?: string): StatementItem {
  return {
    source: 'bank',
    id: l.id,
    ref: l.ref ?? null,
    date: l.date,
    reference: l.reference ?? null,
    description: l.narration ?? l.reference ?? '',
    amountMinor: Math.abs(l.amountMinor),
    signedMinor: l.amountMinor,
    ...(group ? { group } : {}),
  };
}

/**
 * A book entry in words on the statement: whom it was paid to or received from (its party) with its description, so
 * an unpresented cheque reads "Kisumu Fresh Produce" beside its number, as a reviewer ticks it off the cheque register.
 * The party is not said twice (a description "Receipt Kamau Hardware" already names "Kamau Hardware"), nor the
 * reference, which has its own column: it stands in only for an entry with neither party nor description.
 */
export function entryText(e: Pick<ReportLedgerEntry, 'party' | 'description' | 'reference'>): string {
  const party = e.party?.trim() ?? '';
  const reference = e.reference?.trim() ?? '';
  let description = e.description?.trim() ?? '';
  if (description.toLowerCase() === reference.toLowerCase()) description = '';
  if (party && description)
    return description.toLowerCase().includes(party.toLowerCase()) ? description : `${party}: ${description}`;
  return party || description || reference;
}

function ledgerItem(e: ReportLedgerEntry, carriedForward: boolean): StatementItem {
  return {
    source: 'ledger',
    id: e.id,
    ref: e.ref ?? null,
    date: e.date,
    reference: e.reference ?? null,
    description: entryText(e),
    amountMinor: Math.abs(e.amountMinor),
    signedMinor: e.amountMinor,
    ...(carriedForward ? { carriedForward: true } : {}),
  };
}

/** A bank line an earlier reconciliation left outstanding, as this statement lists it. */
export function carriedBankItem(it: OutstandingItem): StatementItem {
  return {
    source: 'bank',
    id: it.id,
    date: it.date,
    reference: it.reference,
    description: it.description,
    amountMinor: Math.abs(it.amountMinor),
    signedMinor: it.amountMinor,
    // as the reconciliation it was outstanding at grouped it (a charge by its rule, a line explained as bank-only)
    group: it.group ?? 'unexplained',
    ...(it.postTo ? { postTo: it.postTo } : {}),
    ...(it.ruleName ? { ruleName: it.ruleName } : {}),
    carriedForward: true,
  };
}

/** How a bank line the books lack is grouped on the statement (charges and levies are grouped by their rule). */
function bankOnlyGroup(l: ReportBankLine): string {
  const text = `${l.narration ?? ''} ${l.reference ?? ''}`;
  if (saysReversal(l.narration) || saysReversal(l.reference)) return 'reversal';
  if (/\binterest\b|\bint\.? (paid|credit)\b/i.test(text)) return 'interest';
  return 'unexplained';
}

/** A line matched to open invoices or bills whose payment the books do not hold yet (report-words.ts words it). */
export const PAYMENT_UNRECORDED = 'payment-unrecorded';
/** A line matched to postings the books have deleted or voided since (report-words.ts words it). */
export const REMOVED_FROM_BOOKS = 'removed-from-books';

/** "pays INV-000105 Festac Ventures": the documents a line is matched to, in words. */
function paysWords(documents: readonly ReportLedgerEntry[]): string {
  return `pays ${documents.map((d) => [d.reference, d.party].filter(Boolean).join(' ') || entryText(d)).join(', ')}`;
}

/** The books' own balance: the difference is a check against it (an assumed or unknown one is not). */
export const BOOKS_OWN: readonly BookBalanceSource[] = ['ledger-closing', 'ledger-api', 'carried-forward', 'stated'];
const BANKS_OWN: readonly BankBalanceSource[] = [
  'statement-closing',
  'stated',
  'mono-running-balance',
  'mono-account-balance',
];

/**
 * The bank reconciliation statement as of the period end. Two independent balances: the bank's and the books' own.
 * Book entries dated on or before the end that no bank line dated on or before it clears are deposits in transit or
 * unpresented payments (they adjust the bank side); bank lines no book entry clears are credits and debits not in the
 * books (they adjust the book side), grouped by rule, interest, reversals and unexplained. Lines and entries that
 * only have a suggestion are kept apart ("awaiting review"), on their own sides, so they neither vanish nor inflate
 * the deposits in transit. A match group whose amounts differ leaves its residual on the book side.
 *
 * The difference is a check only when both balances are the bank's and the books' own; with an assumed book
 * balance it is computed but marked not verified, and `balanced` stays false.
 */
export function buildStatement(report: ReconciliationReport): BankRecStatement {
  const currency = report.account.currency;
  const end = report.period.to;
  const bookSource: BookBalanceSource =
    report.bookBalanceSource ?? (report.bookBalanceMinor === null ? 'unknown' : 'stated');
  const bankSource: BankBalanceSource =
    report.statementBalanceSource ?? (report.statementBalanceMinor === null ? 'unknown' : 'statement-closing');
  const cf = report.carriedForward ?? null;
  const cfLedger = new Set(cf?.items.filter((i) => i.side === 'ledger').map((i) => i.id) ?? []);
  // Cleared in an earlier, finished reconciliation: never an item again.
  const clearedEarlier = (e: ReportLedgerEntry) => cf !== null && e.date <= cf.periodEnd && !cfLedger.has(e.id);
  // Book entries the period's lines are matched to, or (lines not matched) suggested against.
  const periodMatchedBank = new Set(report.result.matches.flatMap((g) => g.bankIds));
  const periodReferenced = new Set([
    ...report.result.matches.flatMap((g) => g.ledgerIds),
    ...report.result.suggestions
      .filter((sg) => !sg.bankIds.some((id) => periodMatchedBank.has(id)))
      .flatMap((sg) => sg.candidates.flatMap((c) => c.ledgerIds)),
  ]);
  // An assumed balance takes the books to agree with the bank at the period's opening: earlier entries are settled,
  // unless a line of the period is matched or suggested against one (then it stands as the period's: cleared, or
  // awaiting review; the books' opening the assumption ignores then shows in the difference, decided or not).
  const settledBefore = (e: ReportLedgerEntry) =>
    bookSource === 'assumed' && e.date < report.period.from && !periodReferenced.has(e.id);
  const bookCounts = (e: ReportLedgerEntry) => e.date <= end && !clearedEarlier(e) && !settledBefore(e);

  const bankById = new Map(report.bankLines.map((l) => [l.id, l]));
  const ledgerById = new Map(report.ledgerEntries.map((e) => [e.id, e]));
  const matchedBank = new Set<string>();
  const matchedLedger = new Set<string>();
  const credits: StatementItem[] = [];
  const debits: StatementItem[] = [];
  const dit: StatementItem[] = [];
  const up: StatementItem[] = [];
  // book entries recording a payment the bank reversed (the engine names them on the reversal pair): they will not
  // clear, and are listed saying so, by the reversal's date
  const reversedOn = new Map<string, string>();
  const outstanding = (e: ReportLedgerEntry) => {
    const item = ledgerItem(e, e.date < report.period.from);
    const on = reversedOn.get(e.id);
    if (on) item.description = `${item.description} (${reversedWords(on)})`;
    (e.amountMinor > 0 ? dit : up).push(item);
  };
  const notInBooks = (
    l: ReportBankLine,
    group: string,
    postTo?: string,
    ruleName?: string | null,
    pays?: string | null,
  ) =>
    (l.amountMinor > 0 ? credits : debits).push({
      ...bankItem(l, group),
      ...(pays ? { description: `${bankItem(l).description} (${pays})` } : {}),
      // a line of an earlier period, listed again through its match: carried, as the others a statement carries
      ...(l.date < report.period.from ? { carriedForward: true } : {}),
      ...(postTo ? { postTo } : {}),
      ...(ruleName ? { ruleName } : {}),
    });

  const reversed: ReversedLine[] = [];
  // the book entries each booked pair names, to say in its note whether this statement lists them
  const bookedBy = new Map<ReversedLine, string[]>();
  for (const g of report.result.matches) {
    const bank = g.bankIds.map((id) => {
      const l = bankById.get(id);
      if (!l) throw new Error(`report: match group refers to bank line "${id}", which is not in bankLines`);
      matchedBank.add(id);
      return l;
    });
    const ledger = g.ledgerIds.map((id) => {
      const e = ledgerById.get(id);
      if (!e) throw new Error(`report: match group refers to ledger entry "${id}", which is not in ledgerEntries`);
      matchedLedger.add(id);
      return e;
    });
    const bIn = bank.filter((l) => l.date <= end);
    // An open invoice or bill the line pays is why it is matched, not money in the books: its payment is, once the
    // books record it (written back, then pulled and joined to this match).
    const documents = ledger.filter((e) => !isPosting(e));
    // A posting the books have deleted or voided since a match took it holds nothing of the line's money any longer.
    const gone = ledger.filter((e) => isPosting(e) && e.removedFromBooks);
    // A matched entry is the period's whatever its date: the assumed opening settles only unmatched earlier ones.
    const lIn = ledger.filter((e) => isPosting(e) && !e.removedFromBooks && e.date <= end && !clearedEarlier(e));
    if (bIn.length === 0) {
      // Cleared by the bank only after the period end: still outstanding at it.
      for (const e of lIn) if (e.amountMinor !== 0) outstanding(e);
      continue;
    }
    if (lIn.length === 0) {
      // A failed transfer and the bank's reversal of it, both in by the end: the bank's balance holds the two, which
      // cancel, and the books post neither, so neither is an item, here or carried to the next statement (a note names
      // them). One whose reversal is after the end leaves the transfer an item until it comes.
      if (g.ruleId === REVERSAL_PAIR_RULE && g.ledgerIds.length === 0 && bIn.length === bank.length) {
        const [first, ...undoing] = [...bank].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const booked = bookedReversals(g);
        for (const id of booked) reversedOn.set(id, undoing[undoing.length - 1]!.date);
        for (const l of undoing) {
          const pair = { line: bankItem(first!), reversal: bankItem(l), ...(booked.length ? { booked: true } : {}) };
          reversed.push(pair);
          if (booked.length) bookedBy.set(pair, booked);
        }
        continue;
      }
      // A line a person explained as bank-only (no rule) goes under the account they named: bank-only, not a write-off
      // (nothing of the books' was short; the whole line is posted there).
      const group =
        documents.length > 0 && documents.length + gone.length === ledger.length
          ? PAYMENT_UNRECORDED
          : gone.length > 0 && gone.length === ledger.length
            ? REMOVED_FROM_BOOKS
            : g.ledgerIds.length > 0
              ? 'recorded-later'
              : !g.ruleId && !g.proposed && g.writeOff
                ? bankOnlyCode(g.writeOff.account)
                : `rule:${g.ruleId ?? g.proposed?.account ?? 'rule'}`;
      const postTo = group.startsWith('rule:') ? g.proposed?.account : undefined;
      // the rule said by its name where it has one: its id is the configuration's, not the accountant's
      const ruleName = group.startsWith('rule:') && g.ruleId ? ruleNameOf(g.evidence, g.ruleId) : null;
      const pays =
        group === PAYMENT_UNRECORDED
          ? paysWords(documents)
          : group === REMOVED_FROM_BOOKS
            ? `matched to ${gone.map((e) => [e.reference, entryText(e)].filter(Boolean).join(' ')).join(', ')}`
            : null;
      for (const l of bIn) if (l.amountMinor !== 0) notInBooks(l, group, postTo, ruleName, pays);
      continue;
    }
    let residual = 0;
    let date = '';
    const descriptions: string[] = [];
    for (const l of bIn) {
      residual += l.amountMinor;
      if (l.date > date) date = l.date;
      if (l.narration) descriptions.push(l.narration);
    }
    for (const e of lIn) residual -= e.amountMinor;
    if (residual !== 0) {
      // beside a posting the books hold, the part of open documents whose payment they lack
      const unpaid = documents.length > 0 && !g.proposed && !g.writeOff;
      const why = g.proposed
        ? `proposed ${g.proposed.account}`
        : g.writeOff
          ? `write-off to ${g.writeOff.account}`
          : unpaid
            ? paysWords(documents)
            : 'residual';
      (residual > 0 ? credits : debits).push({
        source: 'match-residual',
        id: g.bankIds.join('+'),
        ref: bIn.map((l) => l.ref ?? l.id).join('+'),
        date,
        description: `${why}: ${descriptions.join(' / ')}`.trim(),
        amountMinor: Math.abs(residual),
        signedMinor: residual,
        group: g.writeOff ? `write-off:${g.writeOff.account}` : unpaid ? PAYMENT_UNRECORDED : 'residual',
      });
    }
  }

  const pendingBank = new Set<string>();
  const pendingLedger = new Set<string>();
  // lines awaiting review with book entries among their candidates (the rest have a rule's bank-only proposal only)
  const pendingWithEntries = new Set<string>();
  for (const s of report.result.suggestions) {
    if (s.bankIds.some((id) => matchedBank.has(id))) continue;
    for (const id of s.bankIds) pendingBank.add(id);
    if (s.candidates.some((c) => c.ledgerIds.length > 0)) for (const id of s.bankIds) pendingWithEntries.add(id);
    for (const c of s.candidates) for (const id of c.ledgerIds) if (!matchedLedger.has(id)) pendingLedger.add(id);
  }

  const reviewLedger: Array<StatementItem & { signed: number }> = [];
  const reviewBank: Array<StatementItem & { signed: number }> = [];
  for (const e of report.ledgerEntries) {
    if (!isPosting(e) || matchedLedger.has(e.id) || e.amountMinor === 0 || !bookCounts(e)) continue;
    if (pendingLedger.has(e.id))
      reviewLedger.push({ ...ledgerItem(e, e.date < report.period.from), signed: e.amountMinor });
    else outstanding(e);
  }
  for (const l of report.bankLines) {
    if (matchedBank.has(l.id) || l.amountMinor === 0 || l.date > end) continue;
    if (pendingBank.has(l.id)) reviewBank.push({ ...bankItem(l), signed: l.amountMinor });
    else notInBooks(l, bankOnlyGroup(l));
  }
  // Bank lines of earlier periods the books still lacked when the last reconciliation was finished.
  for (const it of cf?.items ?? []) {
    // the same line when the report holds it too (the web's ids are the store's); a file's ids are its own, so another
    // month's line of the id is not it unless its date and amount are too
    const same = bankById.get(it.id);
    if (it.side !== 'bank' || it.amountMinor === 0) continue;
    if (same && same.date === it.date && same.amountMinor === it.amountMinor) continue;
    (it.amountMinor > 0 ? credits : debits).push(carriedBankItem(it));
  }

  // Residuals and write-offs of matches finished earlier: the books lack them until a person posts them. The books'
  // entry posting one (the write-off journal on the bank's account, of its amount) and it cancel: neither is an item.
  // What posts one: its own match's entries the books dated after that reconciliation (the rest of a caught-up line),
  // each as it comes, the residual left carried until all have; or, when its match waits for none, an entry of its
  // amount no line is matched to whose text shares a word with it (a write-off journal; a cheque of the amount is not).
  const free = new Set(report.result.unmatchedLedger);
  for (const a of cf?.adjustments ?? []) {
    if (a.amountMinor === 0) continue;
    const posting = a.amountMinor < 0 ? up : dit;
    const own = new Set(a.entryIds ?? []);
    const taken =
      own.size > 0
        ? posting.filter((i) => i.source === 'ledger' && own.has(i.id))
        : posting
            .filter(
              (i) =>
                i.source === 'ledger' &&
                free.has(i.id) &&
                i.amountMinor === Math.abs(a.amountMinor) &&
                sharesWord(`${i.reference ?? ''} ${i.description}`, a.description),
            )
            .slice(0, 1);
    let left = a.amountMinor;
    for (const i of taken) {
      posting.splice(posting.indexOf(i), 1);
      left -= i.signedMinor ?? 0;
    }
    if (left === 0) continue;
    (left > 0 ? credits : debits).push({
      source: 'match-residual',
      id: a.id,
      date: a.date,
      description: a.description,
      amountMinor: Math.abs(left),
      signedMinor: left,
      group: a.group,
      carriedForward: true,
    });
  }

  // Carried lines the bank has reversed since (a transfer that failed just before the last end, its reversal in this
  // period, which no run could pair with a locked line): the two cancel, as a pair in one period does. Before the
  // books' postings: a reversal naming the transfer says more than an entry sharing its payee's name (the payment the
  // team sent again, which is the books' to clear when the bank does).
  const proposedOnly = new Set(reviewBank.filter((i) => !pendingWithEntries.has(i.id)).map((i) => i.id));
  const reversedSince = takeCarriedReversals(credits, debits, reviewBank, proposedOnly, cf?.reversedBy ?? []);
  reversed.push(...reversedSince);
  // Carried lines the books have posted since: the entry and the line are the same money, never two items for good.
  // Only entries no line clears (one the bank clears after the end is a payment, not a posting) and lines no entry is
  // matched to (one carried as recorded later waits for its own entry).
  const posted = [...takeCarriedPostings(debits, up, free), ...takeCarriedPostings(credits, dit, free)];

  const ditL = line(dit);
  const upL = line(up);
  const cr = notInBooksLine(credits);
  const dr = notInBooksLine(debits);
  const arLedger = netLine(reviewLedger);
  const arBank = netLine(reviewBank);
  const adjustedBank =
    report.statementBalanceMinor === null
      ? null
      : report.statementBalanceMinor + ditL.totalMinor - upL.totalMinor + arLedger.netMinor;
  const adjustedBook =
    report.bookBalanceMinor === null ? null : report.bookBalanceMinor + cr.totalMinor - dr.totalMinor + arBank.netMinor;
  const difference = adjustedBank === null || adjustedBook === null ? null : adjustedBank - adjustedBook;
  const verified = difference !== null && BOOKS_OWN.includes(bookSource) && BANKS_OWN.includes(bankSource);
  const notes = [...(report.balanceNotes ?? [])];
  if (posted.length)
    notes.push(
      `Carried forward and posted by the books since, so neither is an item: ${posted
        .map(
          ({ line: l, entry: e }) =>
            `${l.date} ${l.description} (${formatMoney({ minor: l.signedMinor ?? 0, currency }, { sign: 'always' })}) by ${e.date} ${[e.reference, e.description === e.reference ? null : e.description].filter(Boolean).join(' ')}`,
        )
        .join('; ')}.`,
    );
  // A booked pair's entries this statement does not list (dated before the period, with the books' balance assumed,
  // they are taken as settled at the opening): its note names them, rather than sending the reader to the book items.
  const listedEntries = new Set(
    [...ditL.items, ...upL.items, ...arLedger.items].filter((i) => i.source === 'ledger').map((i) => i.id),
  );
  for (const [pair, ids] of bookedBy) {
    const unlisted = ids
      .filter((id) => !listedEntries.has(id))
      .flatMap((id) => ledgerById.get(id) ?? [])
      .map((e) => ({ ...ledgerItem(e, e.date < report.period.from), settledAtOpening: settledBefore(e) }));
    if (unlisted.length) pair.unlisted = unlisted;
  }
  if (reversed.length) notes.push(reversedNote(reversed, currency));
  if (bookSource === 'assumed') {
    // Entries dated before the period that its lines clear (or await) were in the books before the bank had them:
    // the books did not open at the bank's opening, and the difference is theirs. Said in words, with their sum.
    const early = report.ledgerEntries.filter(
      (e) => isPosting(e) && e.date < report.period.from && periodReferenced.has(e.id),
    );
    if (early.length)
      notes.unshift(
        `${early.length} book ${early.length === 1 ? 'entry' : 'entries'} dated before ${report.period.from} (net ${formatMoney({ minor: early.reduce((t, e) => t + e.amountMinor, 0), currency })}) ${early.length === 1 ? 'is' : 'are'} matched or suggested against the period's bank lines: the books held ${early.length === 1 ? 'it' : 'them'} before the bank did, so they did not open at the bank's opening balance, and the difference shows ${early.length === 1 ? 'it' : 'them'}. Give the books' own balance to verify.`,
      );
    notes.unshift(
      "Books assumed to open at the bank's opening balance: the balance per books is the bank's opening plus the period's book entries, not the books' own figure, so the difference is NOT VERIFIED.",
    );
  }
  if (report.bookBalanceMinor === null) notes.unshift('Balance per books unknown: the difference cannot be computed.');
  if (report.statementBalanceMinor === null)
    notes.unshift('Balance per bank unknown: the difference cannot be computed.');
  if (report.leadingNotes?.length) notes.unshift(...report.leadingNotes);
  const proof = statementProof(report, report.statementBalanceMinor, reversedSince);
  return {
    currency,
    period: report.period,
    statementBalanceMinor: report.statementBalanceMinor,
    statementBalanceSource: bankSource,
    depositsInTransit: ditL,
    unpresentedPayments: upL,
    awaitingReviewLedger: arLedger,
    adjustedBankBalanceMinor: adjustedBank,
    bookBalanceMinor: report.bookBalanceMinor,
    bookBalanceSource: bookSource,
    creditsNotInBooks: cr,
    debitsNotInBooks: dr,
    awaitingReviewBank: arBank,
    adjustedBookBalanceMinor: adjustedBook,
    differenceMinor: difference,
    verified,
    notes,
    balanced: verified && difference === 0,
    // words and flags only: computed from the lines as they stand, after every figure above
    whyOutstanding: {
      depositsInTransit: explainOutstanding(
        'deposits-in-transit',
        ditL.items,
        report.period,
        cfLedger,
        report.ledgerEntries,
      ),
      unpresentedPayments: explainOutstanding(
        'unpresented-payments',
        upL.items,
        report.period,
        cfLedger,
        report.ledgerEntries,
      ),
    },
    ...(posted.length ? { postedSince: posted.map((p) => ({ line: p.line, entryId: p.entry.id })) } : {}),
    ...(reversedSince.length ? { reversedSince } : {}),
    ...(proof ? { proof } : {}),
  };
}
