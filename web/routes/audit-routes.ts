import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { neutraliseText } from '../../adapters/reports/cell-safety.js';
import { createAuditRepository, type AuditEntry } from '../../db/audit-repository.js';
import { listAccounts } from '../../db/account-repository.js';
import { createReviewRepository } from '../../db/review-repository.js';
import type { WebAppContext } from '../app.js';
import { userOf } from '../auth/access.js';
import { acceptedWithWriteOff, actionLabel, AUDIT_ACTIONS, entityLabel, entryLabel } from '../action-labels.js';
import { changeInWords, itemIdsOf, itemsInWords, type AuditItems } from '../audit-change.js';
import { maskNumbers, minorUnitsInMoney, when } from '../format.js';
import { html, type Html } from '../html.js';
import { type ActorName, actorNames } from '../people.js';
import { layout } from '../views/layout.js';
import { evidenceNamesRule } from '../rule-evidence.js';
import { sendHtml } from './review-helpers.js';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { issuesInWords } from '../issue-words.js';

const auditQuery = z.object({
  account: z.string().trim().max(200).optional(),
  actor: z.string().trim().max(200).optional(),
  action: z.string().trim().max(60).optional(),
  line: z
    .string()
    .regex(/^\d{1,15}$/, 'expected a bank line id')
    .optional()
    .or(z.literal('')),
  before: z
    .string()
    .regex(/^\d{1,15}$/, 'expected an audit id')
    .optional()
    .or(z.literal('')),
});

const PAGE = 100;

function parse(input: unknown) {
  const r = auditQuery.safeParse(input ?? {});
  if (!r.success) throw new ReconciliationError('invalid_input', `audit filter: ${issuesInWords(r.error)}`);
  const q = r.data;
  return {
    q,
    filter: {
      ...(q.account ? { accountId: q.account } : {}),
      ...(q.actor ? { actor: q.actor } : {}),
      ...(q.action ? { action: q.action } : {}),
      ...(q.line ? { bankLineId: Number(q.line) } : {}),
      ...(q.before ? { beforeId: Number(q.before) } : {}),
    },
  };
}

function evidenceOf(e: AuditEntry, currency: string): string {
  const d = e.detail as { evidence?: Array<{ detail: string }>; ruleId?: string | null } | null;
  return minorUnitsInMoney(
    [
      ...(d?.evidence ?? []).map((x) => x.detail),
      ...(d?.ruleId && !evidenceNamesRule(d.evidence ?? [], d.ruleId) ? [`rule ${d.ruleId}`] : []),
    ].join('; '),
    currency,
  );
}

/**
 * What the trail's entries are on and who made them, looked up once for a page of entries: the bank lines and book
 * entries by date, amount and text, the hand matches that accepted a suggestion, and the people by name. The page and
 * its CSV say the same words from it.
 */
async function auditWords(
  ctx: WebAppContext,
  review: ReturnType<typeof createReviewRepository>,
  rows: AuditEntry[],
  extraActors: readonly string[] = [],
): Promise<{ items: AuditItems; nameOf: ActorName }> {
  const ids = itemIdsOf(rows);
  const [bankRows, ledgerRows] = await Promise.all([
    Promise.all([...ids.bank].map(([account, lineIds]) => review.bankByIds(account, [...new Set(lineIds)]))),
    ids.ledger.length ? review.ledgerByIds([...new Set(ids.ledger)]) : [],
  ]);
  // Which hand matches accepted a suggestion: their manual_match entries say, one query for the page.
  const manualGroups = [
    ...new Set(
      rows
        .filter(
          (e) =>
            e.entityType === 'match_group' &&
            [e.before, e.after].some((x) => (x as { status?: string } | null)?.status === 'manual'),
        )
        .map((e) => e.entityId),
    ),
  ];
  const made = manualGroups.length
    ? await createAuditRepository(ctx.db).listActionFor('match_group', manualGroups, 'manual_match')
    : [];
  return {
    items: {
      bank: new Map(bankRows.flat().map((b) => [Number(b.id), b])),
      ledger: new Map(ledgerRows.map((l) => [Number(l.id), l])),
      acceptedGroups: new Set(made.filter((e) => acceptedWithWriteOff(e.detail)).map((e) => Number(e.entityId))),
    },
    nameOf: await actorNames(ctx.db, [...extraActors, ...rows.map((e) => e.actor)]),
  };
}

export function registerAuditRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const review = createReviewRepository(ctx.db);

  app.get('/audit', async (request, reply) => {
    const user = userOf(request);
    const { q, filter } = parse(request.query);
    const [rows, accounts, actors] = await Promise.all([
      review.audit({ ...filter, limit: PAGE }),
      listAccounts(ctx.db),
      review.auditActors(filter.accountId),
    ]);
    const { items, nameOf } = await auditWords(ctx, review, rows, actors);
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    const currencies = new Map(accounts.map((a) => [a.id, a.currency]));
    // each entry at its account's own clock (an entry of no account, a person's or the app's, in UTC)
    const zones = new Map(accounts.map((a) => [a.id, a.timezone]));
    const ccy = (e: AuditEntry) => (e.accountId && currencies.get(e.accountId)) || '';
    const qs = (extra: Record<string, string>) =>
      new URLSearchParams({ ...Object.fromEntries(Object.entries(q).filter(([, v]) => v)), ...extra } as Record<
        string,
        string
      >).toString();
    const body: Html = html`<h1>Audit trail</h1>
      <form class="toolbar" method="get" action="/audit">
        <label
          >Account
          <select name="account">
            <option value="">all</option>
            ${accounts.map((a) => html`<option value="${a.id}" ${q.account === a.id ? 'selected' : ''}>${a.name}</option>`)}
          </select></label
        >
        <label
          >Person
          <select name="actor">
            <option value="">anyone</option>
            ${actors.map((a) => html`<option value="${a}" ${q.actor === a ? 'selected' : ''}>${nameOf(a)}</option>`)}
          </select></label
        >
        <label
          >Action
          <select name="action">
            <option value="">any</option>
            ${AUDIT_ACTIONS.map((a) => html`<option value="${a}" ${q.action === a ? 'selected' : ''}>${actionLabel(a)}</option>`)}
          </select></label
        >
        <label>Bank line id <input name="line" value="${q.line ?? ''}" size="8" /></label>
        <button>Filter</button>
        <a class="btn" href="/audit.csv?${qs({})}">Export CSV</a>
      </form>
      <table class="grid audit">
        <thead>
          <tr>
            <th>#</th>
            <th>When</th>
            <th>Who</th>
            <th>Action</th>
            <th>Account</th>
            <th>What</th>
            <th>Change</th>
            <th>Evidence or rule</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (e) =>
              html`<tr id="audit-${e.id}">
                <td class="num">${e.id}</td>
                <td>${when(e.at, e.accountId ? zones.get(e.accountId) : null)}</td>
                <td><b>${nameOf(e.actor)}</b></td>
                <td>
                  ${entryLabel(e)}${
                    e.undoneById
                      ? html` <span class="sub"
                          >(undone by
                          <a href="/audit?before=${String(e.undoneById + 1)}#audit-${e.undoneById}">#${e.undoneById}</a
                          >)</span
                        >`
                      : ''
                  }
                </td>
                <td>${e.accountId ? (names.get(e.accountId) ?? e.accountId) : '—'}</td>
                <td>${entityLabel(e.entityType, e.entityId, e.after)}</td>
                <td class="typed">${maskNumbers(changeInWords(e, ccy(e), items))}</td>
                <td class="sub typed">${maskNumbers(evidenceOf(e, ccy(e)))}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="pager">
        ${rows.length === PAGE ? html`<a href="/audit?${qs({ before: String(rows[rows.length - 1]!.id) })}">Older ›</a>` : html`<span class="sub">End of the trail.</span>`}
      </div>`;
    return sendHtml(reply, layout({ user, csrfToken: reply.generateCsrf(), section: 'audit' }, 'Audit', body));
  });

  // The whole filtered trail as CSV: text cells neutralised against formula injection, as the report writers do. It
  // is the file of the trail an auditor is given: beside the codes and ids scripts read, it says what the page says
  // (when at the account's clock, who by name, the action, the bank lines and book entries in words).
  app.get('/audit.csv', async (request, reply) => {
    userOf(request);
    const { filter } = parse(request.query);
    const accounts = await listAccounts(ctx.db);
    const currencies = new Map(accounts.map((a) => [a.id, a.currency]));
    const zones = new Map(accounts.map((a) => [a.id, a.timezone]));
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    const ccy = (e: AuditEntry) => (e.accountId && currencies.get(e.accountId)) || '';
    const out: string[][] = [
      [
        'id',
        'at',
        'actor',
        'action',
        'account_id',
        'entity_type',
        'entity_id',
        'change',
        'evidence',
        'undone_by',
        'when',
        'who',
        'action_in_words',
        'account_name',
        'bank_lines',
        'book_entries',
        'change_in_words',
      ],
    ];
    const text = (v: string) => neutraliseText(maskNumbers(v));
    let before: number | undefined = filter.beforeId;
    for (;;) {
      const rows = await review.audit({
        ...filter,
        ...(before !== undefined ? { beforeId: before } : {}),
        limit: 5000,
      });
      const { items, nameOf } = await auditWords(ctx, review, rows);
      for (const e of rows) {
        const on = itemsInWords(e, items);
        out.push([
          String(e.id),
          e.at,
          neutraliseText(e.actor),
          neutraliseText(e.action),
          neutraliseText(e.accountId ?? ''),
          e.entityType,
          neutraliseText(e.entityId),
          text(changeInWords(e, ccy(e))),
          text(evidenceOf(e, ccy(e))),
          e.undoneById === null ? '' : String(e.undoneById),
          when(e.at, e.accountId ? zones.get(e.accountId) : null),
          neutraliseText(nameOf(e.actor)),
          neutraliseText(`${entryLabel(e)}${e.undoneById === null ? '' : ` (undone by #${e.undoneById})`}`),
          neutraliseText(e.accountId ? (names.get(e.accountId) ?? e.accountId) : ''),
          text(on.bank.join('; ')),
          text(on.books.join('; ')),
          text(changeInWords(e, ccy(e), items)),
        ]);
      }
      if (rows.length < 5000) break;
      before = rows[rows.length - 1]!.id;
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="bankfeed-audit.csv"')
      .send(stringify(out));
  });
}
