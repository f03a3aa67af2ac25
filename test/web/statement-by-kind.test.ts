/**
 * The statement page's credits and debits not in the books, broken down by kind (walk s40): each rule, bank-only to
 * each account, each write-off, not explained, with a count and a subtotal that add up to the line, the kinds a person
 * decided or nobody explained first with their lines listed, a rule's routine charges folded under their subtotal.
 * The breakdown is the report document's (`byKind`), the one the workbook's Summary counts.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import type { ReportDocument } from '../../adapters/reports/index.js';
import { seedBank } from '../reconciliation/seed.js';
import { decideEverything } from './support/decisions.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn } from './support/session.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h?.close());

/** "-₦6,342.50" → -634250 */
const minor = (text: string): number => {
  const m = /^(-?)₦([\d,]+)\.(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${text}`);
  return (m[1] ? -1 : 1) * Number(m[2]!.replaceAll(',', '') + m[3]);
};

/** The debits' kinds as the page gives them: words, and the subtotal from its data-kind cell, in the page's order. */
function debitKinds(body: string): Array<{ group: string; words: string; subtotal: number }> {
  const from = body.indexOf('Less: debits not in the books');
  const section = body.slice(from, body.indexOf('data-figure="debits-not-in-books"', from));
  return [
    ...section.matchAll(
      /<tr class="kind">\s*<th colspan="3">([\s\S]*?)<\/th>\s*<th class="num" data-kind="([^"]*)">([^<]*)</g,
    ),
  ].map((m) => ({
    words: pageText(m[1]!).replace(/\s+/g, ' ').trim(),
    group: m[2]!.replaceAll('&amp;', '&'),
    subtotal: minor(m[3]!),
  }));
}

it("breaks the debits not in the books down by kind, adding up, a person's decisions first and the levies folded", async () => {
  await decideEverything(h);
  // a month of transfer fees the presets explain, a card payment a person explains as bank-only, one nobody explains
  await seedBank(
    h.db.db,
    h.accountId,
    Array.from({ length: 110 }, (_, i) => ({
      date: `2026-10-${String(10 + (i % 19)).padStart(2, '0')}`,
      amountMinor: -5_375,
      narration: `NIP TRANSFER FEE ${i}`,
    })),
  );
  const [netflix] = await seedBank(h.db.db, h.accountId, [
    { date: '2026-10-30', amountMinor: -6_089_279, narration: 'POS/WEB PMT 5399********1099 NETFLIX.COM' },
    { date: '2026-10-30', amountMinor: -250_000, narration: 'ATM WDL SANDTON 9236' },
  ]);
  const service = createReconciliationService({ db: h.db.db });
  await service.reconcileAccount({
    accountId: h.accountId,
    ledgerSourceId: `books-${h.accountId}`,
    period: { from: '2026-09-01', to: '2026-10-31' },
    trigger: 'manual',
    options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
  });
  await service.manualMatch({
    accountId: h.accountId,
    bankIds: [netflix!],
    ledgerIds: [],
    actor: 'rita',
    writeOffAccount: 'Subscriptions:Netflix',
  });
  const rita = await signIn(h.app, 'rita');
  const url = `/accounts/${h.accountId}/statement?end=2026-10-31&balance=&books=`;
  const page = await get(h.app, rita, url);
  expect(page.statusCode).toBe(200);
  const doc = JSON.parse((await get(h.app, rita, url.replace('statement?', 'statement.json?'))).body) as ReportDocument;
  const debits = doc.statements[0]!.statement.debitsNotInBooks;
  expect(debits.byKind).toBeDefined();
  // the document's kinds: every item in one, their counts and subtotals the section's
  expect(debits.byKind!.reduce((t, k) => t + k.count, 0)).toBe(debits.count);
  expect(debits.byKind!.reduce((t, k) => t + k.totalMinor, 0)).toBe(debits.totalMinor);

  const kinds = debitKinds(page.body);
  // the page gives the document's kinds, each subtotal its own, adding up to the line's figure
  expect(new Set(kinds.map((k) => k.group))).toEqual(new Set(debits.byKind!.map((k) => k.group)));
  for (const k of kinds) expect(k.subtotal).toBe(-debits.byKind!.find((d) => d.group === k.group)!.totalMinor);
  const line = /data-figure="debits-not-in-books">([^<]*)</.exec(page.body)![1]!;
  expect(kinds.reduce((t, k) => t + k.subtotal, 0)).toBe(minor(line));
  // a person's decision first, then what nobody explained, the rule's fees last
  const at = (group: string) => kinds.findIndex((k) => k.group === group);
  // (the harness's POS subscription, explained as bank-only to Suspense, came first in date order)
  expect(kinds.slice(0, 2).map((k) => k.group)).toEqual(['bank-only:Suspense', 'bank-only:Subscriptions:Netflix']);
  expect(kinds[1]!.words).toBe('bank-only: Subscriptions:Netflix (1)');
  expect(kinds[1]!.subtotal).toBe(-6_089_279);
  expect(at('unexplained')).toBeGreaterThan(at('bank-only:Subscriptions:Netflix'));
  const fees = kinds.filter((k) => k.group.startsWith('rule:'));
  expect(fees.length).toBeGreaterThan(0);
  for (const f of fees) expect(at(f.group)).toBeGreaterThan(at('unexplained'));
  const fee = fees.find((f) => /NIP transfer fee/.test(f.words))!;
  expect(fee.words).toMatch(
    /^by rule “NIP transfer fee ₦53\.75 \(VAT inclusive\)” \(\d+\), to Bank charges:Transfer fees$/,
  );
  // the lines a person decided or nobody explained are listed openly; the levies behind their own fold
  const text = pageText(page.body);
  expect(text).toMatch(/bank-only: Subscriptions:Netflix \(1\)\s*-₦60,892\.79\s*2026-10-30\s*POS\/WEB PMT/);
  expect(text).toMatch(/not explained \(\d+\)\s*-₦[\d,.]+\s*2026-10-\d\d/);
  expect(page.body).toMatch(
    /<td colspan="4" class="kind-list">\s*<details>\s*<summary class="sub">the \d+ lines<\/summary>/,
  );

  // the workbook's Summary counts the same kinds
  const xlsx = await h.app.inject({
    method: 'GET',
    url: url.replace('statement?', 'statement.xlsx?'),
    headers: { cookie: rita.cookie },
  });
  const summary = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(xlsx.rawPayload).Sheets.Summary!, { header: 1 });
  const row = summary.find((r) => r[0] === 'Less: debits on the statement not in the books')!;
  expect(row[1]).toBe(debits.count);
  expect(String(row[3])).toContain('bank-only: Subscriptions:Netflix (1)');
  expect(String(row[3])).toContain(fee.words.replace(/, to .*$/, ''));
});
