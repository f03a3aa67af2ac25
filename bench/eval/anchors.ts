import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMajorString } from '../../domain/money.js';
import type { CurrencyCode } from '../../domain/currency.js';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { type Group, placementOf, reconcileDocumentFile } from './engine-output.js';
import { type Tally, emptyTally, sameSet } from './tally.js';

/** One expectation of an anchor case's truth file (see bench/corpus/README.md). */
interface Expectation {
  bank: string[];
  decision: 'auto' | 'suggest' | 'none' | 'bank-only' | 'reversal-pair';
  ledger?: string[];
  ledgerAnyOf?: string[][];
  mustNotAuto?: boolean;
  writeOff?: string;
  difference?: string;
  rule?: string;
  ruleAuto?: boolean;
  partner?: string;
  notRule?: string[];
}

interface AnchorTruth {
  case: string;
  note?: string;
  expect: Expectation[];
}

interface IndexEntry {
  case: string;
  input: string;
  truth: string;
  suite: string;
}

/** Runs every anchor case of the corpus through the JSON input and grades it; one tally per suite. */
export async function evaluateAnchors(corpusDir: string): Promise<Map<string, Tally>> {
  const index = JSON.parse(await readFile(join(corpusDir, 'index.json'), 'utf8')) as { anchors: IndexEntry[] };
  const bySuite = new Map<string, Tally>();
  for (const a of index.anchors) {
    const truth = JSON.parse(await readFile(join(corpusDir, a.truth), 'utf8')) as AnchorTruth;
    const input = JSON.parse(await readFile(join(corpusDir, a.input), 'utf8')) as {
      bank: Array<{ id: string; currency: string }>;
    };
    const t = bySuite.get(a.suite) ?? emptyTally();
    bySuite.set(a.suite, t);
    let out: ReconcileResult;
    try {
      out = await reconcileDocumentFile(join(corpusDir, a.input));
    } catch (err) {
      t.cases++;
      t.failures.push(`${a.case}: ${(err as Error).message}`);
      continue;
    }
    const currency = input.bank[0]?.currency ?? 'NGN';
    gradeAnchor(a.case, truth, out, currency, t);
  }
  return bySuite;
}

function gradeAnchor(name: string, truth: AnchorTruth, out: ReconcileResult, currency: string, t: Tally): void {
  const { groupOf, candidatesOf } = placementOf(out);
  const failuresBefore = t.failures.length;
  const fail = (why: string) => t.failures.push(`${name}: ${why}`);
  const rightSets = (e: Expectation) => e.ledgerAnyOf ?? (e.ledger ? [e.ledger] : []);
  const expectedAutoLedger = new Set<string>();
  for (const e of truth.expect) if (e.decision === 'auto') for (const id of e.ledger ?? []) expectedAutoLedger.add(id);
  const minor = (major: string) => parseMajorString(major, currency as CurrencyCode);
  const graded = new Set<string>();

  for (const e of truth.expect) {
    const lead = e.bank[0]!;
    const g = groupOf.get(lead);
    const withLedger = g && g.ledgerIds.length > 0;
    const countAuto = () => {
      if (graded.has(lead)) return false;
      for (const id of e.bank) graded.add(id);
      return true;
    };
    switch (e.decision) {
      case 'auto': {
        t.shouldAuto++;
        if (!g) {
          fail(`${e.bank.join('+')}: expected auto ${JSON.stringify(e.ledger)}, not confirmed`);
          rank(e);
          break;
        }
        const right =
          sameSet(g.bankIds, e.bank) &&
          rightSets(e).some((s) => sameSet(g.ledgerIds, s)) &&
          (e.writeOff === undefined || (g.writeOff !== null && g.writeOff.amountMinor === minor(e.writeOff))) &&
          (e.writeOff !== undefined || g.writeOff === null) &&
          (e.difference === undefined || g.differenceMinor === minor(e.difference));
        if (countAuto()) {
          t.auto++;
          if (right) t.autoRight++;
        }
        if (right) t.recalled++;
        else fail(`${e.bank.join('+')}: expected auto ${JSON.stringify(e.ledger)}, got ${describe(g)}`);
        break;
      }
      case 'suggest': {
        if (withLedger) {
          const right = sameSet(g.bankIds, e.bank) && rightSets(e).some((s) => sameSet(g.ledgerIds, s));
          if (countAuto()) {
            t.auto++;
            if (right && !e.mustNotAuto) {
              t.autoRight++;
              t.overConfident++;
            }
          }
          if (!right || e.mustNotAuto)
            fail(`${e.bank.join('+')}: expected a suggestion, auto-confirmed ${describe(g)}`);
          break;
        }
        rank(e);
        break;
      }
      case 'none':
      case 'bank-only': {
        if (withLedger) {
          if (countAuto()) t.auto++;
          fail(`${e.bank.join('+')}: expected ${e.decision}, auto-confirmed ${describe(g)}`);
          break;
        }
        if (e.decision === 'bank-only' && e.rule) {
          const ruleOf = g?.ruleId ?? candidatesOf.get(lead)?.find((c) => c.ruleId)?.ruleId ?? undefined;
          if (ruleOf !== e.rule) fail(`${lead}: expected rule ${e.rule}, got ${ruleOf ?? 'none'}`);
          else if (e.ruleAuto && !g) fail(`${lead}: rule ${e.rule} should be auto-confirmed`);
        }
        if (e.notRule && g?.ruleId && e.notRule.includes(g.ruleId))
          fail(`${lead}: rule ${g.ruleId} must not explain it`);
        break;
      }
      case 'reversal-pair': {
        if (withLedger) {
          if (countAuto()) t.auto++;
          fail(`${lead}: one side of a reversal pair auto-matched to the books: ${describe(g)}`);
        } else if (!g || !g.bankIds.includes(e.partner ?? '')) {
          fail(`${lead}: reversal pair with ${e.partner} not recognised`);
        }
        break;
      }
    }
  }
  // entries confirmed that no expectation confirms
  for (const g of out.matches) {
    const extra = g.ledgerIds.filter((id) => !expectedAutoLedger.has(id));
    if (extra.length && !g.bankIds.every((id) => graded.has(id))) {
      t.auto++;
      fail(`${g.bankIds.join('+')}: auto-confirmed ${extra.join(',')} which no expectation confirms`);
    }
  }
  t.cases++;
  if (t.failures.length === failuresBefore) t.casesPassed++;

  function rank(e: Expectation): void {
    t.ranked++;
    const cands = (candidatesOf.get(e.bank[0]!) ?? []).filter((c) => e.bank.every((id) => c.bankIds.includes(id)));
    const i = cands.findIndex((c) => rightSets(e).some((s) => sameSet(c.ledgerIds, s)));
    if (i === 0) t.top1++;
    if (i >= 0 && i < 3) t.top3++;
    if (i !== 0 && e.decision === 'suggest')
      fail(`${e.bank.join('+')}: right set ${JSON.stringify(rightSets(e)[0])} ranked ${i < 0 ? 'nowhere' : i + 1}`);
  }
}

function describe(g: Group): string {
  return `${g.kind} ${g.bankIds.join('+')} → [${g.ledgerIds.join(',')}] diff ${g.differenceMinor}${g.writeOff ? ` w/o ${g.writeOff.amountMinor}` : ''}`;
}
