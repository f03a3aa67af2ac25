import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, type Pair, linesWithRules } from '../assignment.js';
import { evidenceOf, evidenceSum, pairGroup } from '../groups.js';
import { daysOutside } from '../prepared.js';
import { DOCUMENT, SameAmounts } from '../same-amounts.js';
import { CLOSE_DATE_DAYS, OWN_TRANSFER_DAYS, WEIGHTS } from '../thresholds.js';

/**
 * Pass 5c — a transfer between the business's own accounts. The books record money moved from the bank to the till,
 * the wallet or the money-market account as a transfer with no party ("Funds Transfer to Fidelity", "Internal transfer
 * from M-PESA Till", "Bank Transfer M-PESA to KCB"); the bank writes whatever its channel writes ("MOMO TO BANK …",
 * "Business Withdrawal to Bank", "MPESA B2B … TILL 5123456"). Round sums are the rule here, so the amount alone proves
 * little: the entry must be worded as a transfer and name no party, document, payroll or tax, and within
 * OWN_TRANSFER_DAYS either side no other open entry and no other bank line may carry the amount (sign included). Then
 * the one open transfer entry of the exact amount dated within CLOSE_DATE_DAYS is the line's.
 */
export function ownTransferPass(state: AssignmentState): void {
  const { opts } = state;
  if (opts.autoConfirmUniqueAmount === false) return;
  const ruled = linesWithRules(state);
  const strong: Pair[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    if (!state.bankOpen(b) || ruled[b.order]) continue;
    if (DOCUMENT.test(`${b.line.narration ?? ''} ${b.line.reference ?? ''}`)) continue;
    let only: Pair | null = null;
    let n = 0;
    for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
      const p = state.pairAt(i);
      if (p.s.referenceHit) {
        n = 2; // the line quotes a document: that document decides
        break;
      }
      if (!state.pairEntryOpen(i) || p.s.fit !== 'exact' || daysOutside(b, p.l) > CLOSE_DATE_DAYS) continue;
      n++;
      only = p;
    }
    if (n !== 1 || only === null || !isOwnTransfer(only)) continue;
    // a payer found against the entry (another party named) is never a transfer of one's own
    if (only.s.partyKind === 'conflict') continue;
    strong.push(only);
  }
  if (strong.length === 0) return;
  const others = new SameAmounts(state, strong);
  for (const p of strong) {
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l)) continue;
    if (others.entriesNear(p, OWN_TRANSFER_DAYS) > 1 || others.linesNear(p, OWN_TRANSFER_DAYS) > 1) continue;
    const ev = evidenceOf(p, OWN_TRANSFER);
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claimPair(pairGroup(p.b, p.l, 'exact', confidence, ev, opts), p.b, p.l);
  }
}

/** How books word money moved between a business's own accounts. */
const TRANSFER = /\b(TRANSFERS?|TRF|TFR|SWEEP|INTER[- ]?ACCOUNT|CONTRA)\b/i;
/** Transfers that pay someone: wages, taxes and statutory remittances go out as "transfers" too. */
const PAYS_SOMEONE =
  /\b(SALARY|SALARIES|PAYROLL|WAGES?|PAYE|TAX|VAT|WHT|NSSF|NHIF|SHIF|PENSION|LOAN|DIVIDEND|REFUND|INVOICE|BILL|SUPPLIER|CUSTOMER)\b/i;

function isOwnTransfer(p: Pair): boolean {
  const { entry } = p.l;
  if (entry.party || p.l.partyTokens.length > 0) return false;
  const text = `${entry.description ?? ''} ${entry.reference ?? ''}`;
  return TRANSFER.test(text) && !PAYS_SOMEONE.test(text) && !DOCUMENT.test(text);
}

// the same words on every such match: one shared, frozen object
const OWN_TRANSFER: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `a transfer between the business's own accounts: the only open entry and the only bank line of this amount within ${OWN_TRANSFER_DAYS} days`,
  weight: WEIGHTS.ownTransfer,
}) as Evidence;
