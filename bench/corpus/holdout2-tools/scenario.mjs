// Event helpers shared by the four sets: a customer receipt, a supplier payment, each written through the set's
// profile (how its bank narrates, what it charges, how its package books the entry).
import { writeRef } from './lib.mjs';

const REF_KINDS = ['canonical', 'canonical', 'lowercase', 'spaces', 'no-padding', 'serial-only', 'joined', 'slashes'];

/**
 * A customer receipt. o: { c, serials, ledAmts, bankAmts?, bankDate | bankDates, ledgerDate, ref: true|false|kind,
 * rail, traits, alias (payer is someone else: a director, a sister company), twinOf }
 * Returns { bankIds, ledIds }.
 */
export function receipt(S, R, P, o) {
  const traits = [...(o.traits ?? [])];
  const parts = o.serials.map((s) => P.invParts(s));
  let remark;
  let evidence;
  if (o.ref) {
    const kind = typeof o.ref === 'string' ? o.ref : R.pick(P.refKinds ?? REF_KINDS);
    const written = parts.map((p) => writeRef(kind, p));
    traits.push(written[0][1]);
    remark = R.pick(P.refTemplates)(written.map((w) => w[0]).join(P.refJoin ?? ' & '));
    evidence = 'reference';
  } else {
    remark = R.pick(P.noRefRemarks);
    evidence = o.alias ? 'amount' : 'counterparty';
    traits.push(o.alias ? 'amount-only' : 'name-only');
  }
  const ledAmts = o.ledAmts;
  const bankAmts = o.bankAmts ?? [ledAmts.reduce((a, b) => a + b, 0)];
  const bankDates = o.bankDates ?? bankAmts.map(() => o.bankDate);
  const payer = o.alias ?? o.c;
  const bankIds = [];
  bankAmts.forEach((amt, i) => {
    const n = P.inNarr({ c: payer, remark, date: bankDates[i], rail: o.rail, amt });
    const id = S.b(P.bankFile, { date: bankDates[i], amt, ...n });
    bankIds.push(id);
    for (const f of P.inFees?.(amt, o.rail, bankDates[i]) ?? [])
      S.bankOnly(S.b(P.bankFile, { date: bankDates[i], ...f }), f.kind);
  });
  traits.push(...(P.railTraits?.(o.rail) ?? []));
  const ledIds = parts.map((p, i) =>
    S.l(P.ledgerFile, P.ledIn({ c: o.c, inv: p, amt: ledAmts[i], date: o.ledgerDate ?? bankDates[0], rail: o.rail })),
  );
  if (o.ledgerDate && o.ledgerDate > bankDates[bankDates.length - 1]) traits.push('late-posting');
  if (!o.deferTruth) S.match(bankIds, ledIds, { traits: [...new Set(traits)], evidence });
  return { bankIds, ledIds, traits: [...new Set(traits)], evidence };
}

/**
 * A supplier payment. o: { s, bill, amt, bankDate, ledgerDate, ref: bool, rail, traits }
 */
export function payment(S, R, P, o) {
  const traits = [...(o.traits ?? [])];
  const remark = o.ref ? R.pick(P.billTemplates)(o.bill) : R.pick(P.noBillRemarks);
  traits.push(o.ref ? 'ref-canonical' : 'name-only', ...(P.railTraits?.(o.rail) ?? []));
  const n = P.outNarr({ s: o.s, remark, date: o.bankDate, rail: o.rail, amt: o.amt });
  const bankId = S.b(P.bankFile, { date: o.bankDate, amt: -o.amt, ...n });
  for (const f of P.outFees?.(o.amt, o.rail, o.bankDate) ?? [])
    S.bankOnly(S.b(P.bankFile, { date: o.bankDate, ...f }), f.kind);
  const ledId = S.l(
    P.ledgerFile,
    P.ledOut({ s: o.s, bill: o.bill, amt: -o.amt, date: o.ledgerDate ?? o.bankDate, rail: o.rail }),
  );
  if (o.ledgerDate && o.ledgerDate > o.bankDate) traits.push('late-posting');
  S.match([bankId], [ledId], { traits, evidence: o.ref ? 'reference' : 'counterparty' });
  return { bankId, ledId };
}
