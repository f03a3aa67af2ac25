import type { CurrencyCode } from '../../domain/currency.js';
import { counted } from '../../domain/counted.js';
import { formatMoney } from '../../domain/money.js';
import type { BookBalanceSource } from '../../domain/statement.js';
import type { BankRecStatement } from './model.js';
import type { OutstandingAge, OutstandingExplanation } from './outstanding-age.js';
import { BOOKS_OWN } from './statement.js';

/** An item of the section explained, as the statement lists it (its model's item or its document's). */
interface Listed {
  id: string;
  reference?: string | null;
  description: string;
  amountMinor: number;
}

/** What the words say around the explanation: the statement's currency, period, difference and books' source. */
export interface ExplainedFigures {
  currency: CurrencyCode;
  period: { from: string; to: string };
  differenceMinor: number | null;
  /** Where the balance per books comes from: only the books' own holds entries dated before the period as items. */
  bookSource: BookBalanceSource;
  /** The period opens from an agreed starting point: what it carries comes from it, no reconciliation was finished. */
  fromAgreedStart?: boolean;
}

const SECTION = {
  'deposits-in-transit': {
    one: 'deposit in transit',
    many: 'deposits in transit',
    rule: (end: string, days: number) =>
      `A receipt in the books that no bank line has cleared by ${end} is a deposit in transit: it is added to the bank's balance until the bank credits it. A recent one clears in the next days; one older than ${days} days may be a receipt never banked, or one booked twice: find its paying-in slip or transfer, and look in the books for the same receipt entered again.`,
    never: 'never banked',
  },
  'unpresented-payments': {
    one: 'unpresented payment',
    many: 'unpresented payments',
    rule: (end: string, days: number) =>
      `A payment in the books that no bank line has cleared by ${end} is an unpresented payment: it is taken off the bank's balance until the bank pays it. A recent one clears in the next days; one older than ${days} days may be a cheque never presented, a payment never sent, or one booked twice: ask the payee, look in the books for the same payment entered again, and cancel a stale cheque in the books.`,
    never: 'never presented or sent',
  },
} as const;

/** How many entries needing a look the words name one by one; every one is marked on its own line besides. */
const NAMED = 5;

function label(i: Listed | undefined): string {
  if (!i) return '';
  const reference = i.reference?.trim() ?? '';
  return reference && i.description !== reference ? `${reference} ${i.description}` : i.description || reference;
}

/** What makes one entry need a look ("45 days old; booked twice? …"); empty when nothing does. */
function lookReasons(a: Pick<OutstandingAge, 'ageDays' | 'sameAs'>, afterDays: number): string {
  return [
    a.ageDays > afterDays ? `${a.ageDays} days old` : '',
    a.sameAs
      ? `booked twice? the same amount and ${a.sameAs.by === 'reference' ? 'reference' : 'party on the same date'} as the entry of ${a.sameAs.date}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** An entry's mark on its line ("needs a look: 45 days old"); empty when it does not need one. */
export function needsLookWords(a: Pick<OutstandingAge, 'ageDays' | 'sameAs' | 'needsLook'>, afterDays: number): string {
  return a.needsLook ? `needs a look: ${lookReasons(a, afterDays)}` : '';
}

/**
 * The explanation in plain sentences, as the statement page, the workbook and the print say it: the rule, what the
 * line is made of, why entries dated before the period are on it, the oldest, the entries that need a look, and never
 * a word that the difference is explained by them (they are inside the adjusted bank balance already).
 */
export function outstandingWords(x: OutstandingExplanation, listed: readonly Listed[], f: ExplainedFigures): string[] {
  if (x.items.length === 0) return [];
  const w = SECTION[x.section];
  const money = (minor: number) => formatMoney({ minor, currency: f.currency });
  const byId = new Map(listed.map((i) => [i.id, i]));
  const total = listed.reduce((t, i) => t + i.amountMinor, 0);
  const inPeriod = x.items.filter((a) => a.since === 'period').length;
  const carried = x.items.filter((a) => a.since === 'carried-forward').length;
  const out: string[] = [w.rule(f.period.to, x.needsLookAfterDays)];
  const carriedFrom = `carried forward from ${f.fromAgreedStart ? 'the agreed starting point' : 'the last finished reconciliation'}`;
  const parts = [
    inPeriod ? `${inPeriod.toLocaleString('en')} dated in the period` : '',
    carried ? `${carried.toLocaleString('en')} ${carriedFrom}` : '',
    x.beforePeriod.count
      ? `${x.beforePeriod.count.toLocaleString('en')} dated before it (${money(x.beforePeriod.totalMinor)})`
      : '',
  ].filter(Boolean);
  // one origin for all: said once ("all dated in the period"), not counted again
  const whole =
    parts.length === 1 && x.beforePeriod.count === 0
      ? `, ${x.items.length === 1 ? '' : 'all '}${inPeriod ? 'dated in the period' : carriedFrom}`
      : `: ${parts.join(', ')}`;
  out.push(`${counted(x.items.length, w.one, w.many)}, ${money(total)}${whole}.`);
  const early = x.beforePeriod.count;
  if (early && BOOKS_OWN.includes(f.bookSource)) {
    const [they, are, them, items] = early === 1 ? ['it', 'is', 'it', 'an item'] : ['they', 'are', 'them', 'items'];
    out.push(
      `The ${early === 1 ? 'one' : early.toLocaleString('en')} dated before ${f.period.from} ${are} in the books' own balance and no bank line has cleared ${them}, so ${they} ${are} ${items}. With the books assumed to open at the bank's opening ${they} would be taken as settled and not listed: ${they} ${are} what the ${w.many} grow by when the books' own balance is given.`,
    );
  }
  if (x.oldest)
    out.push(
      `${x.items.length === 1 ? 'It' : 'The oldest'}, ${label(byId.get(x.oldest.id))} dated ${x.oldest.date}, is ${counted(x.oldest.ageDays, 'day')} old at ${f.period.to}.`,
    );
  const look = x.items.filter((a) => a.needsLook);
  if (look.length) {
    const named = look.slice(0, NAMED).map((a) => `${label(byId.get(a.id))} (${lookReasons(a, x.needsLookAfterDays)})`);
    const more = look.length > NAMED ? `, and ${(look.length - NAMED).toLocaleString('en')} more, each marked` : '';
    out.push(
      `${look.length === 1 ? 'One needs' : `${look.length.toLocaleString('en')} need`} a look (${money(x.needsLook.totalMinor)}): ${named.join('; ')}${more}.`,
    );
  } else out.push(`None is older than ${x.needsLookAfterDays} days or looks booked twice.`);
  // never an explanation of the difference: these are inside the adjusted bank balance, which the difference is taken
  // from; a receipt booked twice is on both sides, so a zero difference cannot clear it
  if (f.differenceMinor !== null && f.differenceMinor !== 0)
    out.push(
      `These are counted in the adjusted bank balance already: they do not explain the difference of ${money(f.differenceMinor)}, which is still to be found.`,
    );
  else if (f.differenceMinor === 0 && look.length)
    out.push(
      look.length === 1
        ? `The zero difference does not clear it: the balance per books holds it as the ${w.many} do, so the statement balances whether it was ${w.never} or booked twice.`
        : `The zero difference does not clear them: the balance per books holds them as the ${w.many} do, so the statement balances whether they were ${w.never} or booked twice.`,
    );
  return out;
}

/** A statement's two explanations in words (the workbook's Summary, the print of a finished reconciliation). */
export function whyOutstandingWords(s: BankRecStatement): {
  depositsInTransit: string[];
  unpresentedPayments: string[];
} {
  const figures = {
    currency: s.currency,
    period: s.period,
    differenceMinor: s.differenceMinor,
    bookSource: s.bookBalanceSource,
    fromAgreedStart: s.proof?.bank.openedFrom.kind === 'agreed-start',
  };
  return {
    depositsInTransit: outstandingWords(s.whyOutstanding.depositsInTransit, s.depositsInTransit.items, figures),
    unpresentedPayments: outstandingWords(s.whyOutstanding.unpresentedPayments, s.unpresentedPayments.items, figures),
  };
}
