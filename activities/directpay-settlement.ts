import type { Kysely } from 'kysely';
import {
  compact,
  flagCollection,
  markSettled,
  paidCollectionsFor,
  type CollectionRow,
} from '../db/collection-repository.js';
import type { Database } from '../db/schema.js';
import type { LedgerEntry } from '../domain/ledger.js';
import { formatMoney, money } from '../domain/money.js';
import type { BankLine, Evidence, MatchGroup } from '../domain/reconciliation.js';

/** Where Mono's DirectPay fee is written off unless BANKFEED_DIRECTPAY_FEE_ACCOUNT (worker/settings.ts) says. */
export const DEFAULT_DIRECTPAY_FEE_ACCOUNT = 'Bank charges:DirectPay fees';

export interface DirectPayInput {
  /** What the engine gets: the lines and entries not settled here, invoice entries carrying their payment codes. */
  bank: BankLine[];
  ledger: LedgerEntry[];
  /** Settlements matched here on verified DirectPay evidence. */
  matches: MatchGroup[];
}

function codesOf(c: CollectionRow): string[] {
  return [c.mono_payment_id, c.reference]
    .filter((x): x is string => !!x)
    .map(compact)
    .filter((x) => x.length >= 8);
}

/**
 * DirectPay evidence for a reconciliation run. A collection Mono verified as paid tells us, before the money lands,
 * which invoice a credit pays: the settlement credit carries Mono's payment id (or our reference) in its narration.
 * - A credit that carries it and equals the verified amount less Mono's fee (when we bear it) is matched to the
 *   invoice here, with the fee written off to the configured account: reference evidence naming that invoice.
 * - Every other paid collection's codes are added to its invoice entry as an alias (in brackets, which the engine's
 *   party reading ignores), so the engine's reference pass sees them: a credit that does not add up is suggested
 *   with its difference, never matched silently, and the collection is flagged.
 */
export async function prepareDirectPay(
  db: Kysely<Database>,
  accountId: string,
  bank: BankLine[],
  ledger: LedgerEntry[],
  opts: { feeAccount?: string; now?: string } = {},
): Promise<DirectPayInput> {
  const collections = await paidCollectionsFor(db, accountId);
  if (collections.length === 0) return { bank, ledger, matches: [] };
  const feeAccount = opts.feeAccount ?? DEFAULT_DIRECTPAY_FEE_ACCOUNT;
  const at = opts.now ?? new Date().toISOString();
  const byId = new Map(ledger.map((l) => [l.id, l]));
  const claimedBank = new Set<string>();
  const claimedLedger = new Set<string>();
  const matches: MatchGroup[] = [];
  const aliases = new Map<string, string[]>();
  const bankText = bank.map((b) => ({ b, text: compact(`${b.narration ?? ''} ${b.reference ?? ''}`) }));

  for (const c of collections) {
    const codes = codesOf(c);
    if (codes.length === 0) continue;
    const invoice =
      (c.ledger_entry_id !== null ? byId.get(String(c.ledger_entry_id)) : undefined) ??
      (() => {
        const same = ledger.filter(
          (l) =>
            l.amountMinor > 0 && compact(l.reference ?? '') === compact(c.invoice_ref) && compact(c.invoice_ref) !== '',
        );
        return same.length === 1 ? same[0] : undefined;
      })();
    if (!invoice) continue;
    aliases.set(invoice.id, [
      ...(aliases.get(invoice.id) ?? []),
      `DirectPay ${c.mono_payment_id ?? ''} ${c.reference}`,
    ]);
    const credit = bankText.find(
      ({ b, text }) => b.amountMinor > 0 && codes.some((k) => text.includes(k)) && !claimedBank.has(b.id),
    )?.b;
    if (!credit) continue;
    if (c.settled_bank_txn_id === null && /^\d+$/.test(credit.id))
      await markSettled(db, Number(c.id), Number(credit.id), at);
    const paid = Number(c.paid_amount_minor ?? c.amount_minor);
    const fee = Number(c.fee_minor ?? 0);
    const weBear = (c.fee_bearer ?? 'business') === 'business';
    const expected = weBear ? paid - fee : paid;
    const nm = (minor: number) => formatMoney(money(minor, credit.currency));
    let why: string | null = c.flag;
    if (!why && credit.amountMinor !== expected)
      why = `settlement credit of ${nm(credit.amountMinor)} is not the ${nm(expected)} expected (${nm(paid)} paid${weBear ? ` less ${nm(fee)} fee` : ''})`;
    if (!why && invoice.amountMinor !== paid)
      why = `the invoice is for ${nm(invoice.amountMinor)}, ${nm(paid)} was collected`;
    if (!why && credit.currency !== invoice.currency)
      why = `the credit is in ${credit.currency}, the invoice in ${invoice.currency}`;
    if (why) {
      if (!c.flag) await flagCollection(db, Number(c.id), why, at);
      continue;
    }
    if (claimedLedger.has(invoice.id)) continue;
    claimedBank.add(credit.id);
    claimedLedger.add(invoice.id);
    const gap = invoice.amountMinor - credit.amountMinor;
    const evidence: Evidence[] = [
      {
        kind: 'reference',
        detail: `the credit quotes Mono DirectPay payment ${c.mono_payment_id ?? c.reference} (our reference ${c.reference}), verified paid for invoice ${c.invoice_ref}`,
        weight: 0.6,
      },
      {
        kind: 'amount_exact',
        detail:
          weBear && fee > 0
            ? `${nm(credit.amountMinor)} is the ${nm(paid)} collected less Mono's ${nm(fee)} fee, written off to ${feeAccount}`
            : `${nm(credit.amountMinor)} is the ${nm(paid)} collected`,
        weight: 0.3,
      },
      { kind: 'date', detail: 'settled after the payment Mono verified', weight: 0.1 },
    ];
    matches.push({
      bankIds: [credit.id],
      ledgerIds: [invoice.id],
      kind: 'reference',
      confidence: 1,
      currency: credit.currency,
      differenceMinor: credit.amountMinor - invoice.amountMinor,
      writeOff: gap > 0 ? { account: feeAccount, amountMinor: gap } : null,
      evidence,
    });
  }

  return {
    bank: bank.filter((b) => !claimedBank.has(b.id)),
    ledger: ledger
      .filter((l) => !claimedLedger.has(l.id))
      .map((l) => {
        const a = aliases.get(l.id);
        return a ? { ...l, description: `${l.description ?? ''} (${a.join('; ')})`.trim() } : l;
      }),
    matches,
  };
}
