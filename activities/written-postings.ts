import type { Kysely } from 'kysely';
import { vendorReference } from '../adapters/ledger/oauth/write-keys.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { findWrittenEntryCandidates, listOpenPostingsIdentifiedAs } from '../db/ledger-repository.js';
import { createMatchRepository, type StoredGroup } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';
import { isPosting } from '../domain/ledger.js';
import { POST_ACTION, SETTLE_ACTION } from './ledger-settlements.js';

/**
 * A posting bankfeed wrote into the books, as the audit trail records it: for a rule's group (a charge, a levy), or
 * for a match of documents (the payment that settles them, the write-off line beside it).
 */
export interface WrittenPosting {
  /** rule: a rule's group's posting; settlement: a match's payment or write-off line, known only by the books' id */
  for: 'rule' | 'settlement';
  groupId: number;
  /** The write's idempotency key (a source that keys writes by reference writes it as the entry's reference). */
  key: string;
  sourceId: string;
  externalId: string | null;
  reference: string | null;
  amountMinor: number;
  date: string;
}

const GROUP_KEY = /^bankfeed-group-(\d+)$/;
const HELD = new Set(['auto', 'confirmed', 'manual']);
const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort((x, y) => x - y).every((id, i) => id === [...b].sort((x, y) => x - y)[i]);

/**
 * Every posting written back for the account's groups, from the audit trail: a rule's (`ledger.post`, keyed by
 * group), a write-off line's (`ledger.post`, with its group) and a settlement's payment (`ledger.settle`).
 */
export async function writtenPostings(db: Kysely<Database>, accountId: string): Promise<WrittenPosting[]> {
  const out: WrittenPosting[] = [];
  for (const r of await createAuditRepository(db).listActionsOfAccount(accountId, [POST_ACTION, SETTLE_ACTION])) {
    const detail = JSON.parse(r.detail ?? '{}') as { sourceId?: string; externalId?: string; groupId?: number };
    const after = JSON.parse(r.after ?? '{}') as { reference?: string | null; amountMinor?: number; date?: string };
    if (!detail.sourceId || after.amountMinor === undefined || !after.date) continue;
    const m = GROUP_KEY.exec(r.entity_id ?? '');
    if (!m) {
      if (detail.groupId !== undefined && detail.externalId)
        out.push({
          for: 'settlement',
          groupId: detail.groupId,
          key: r.entity_id ?? '',
          sourceId: detail.sourceId,
          externalId: detail.externalId,
          reference: null,
          amountMinor: after.amountMinor,
          date: after.date,
        });
      continue;
    }
    out.push({
      for: 'rule',
      groupId: Number(m[1]),
      key: r.entity_id!,
      sourceId: detail.sourceId,
      externalId: detail.externalId ?? null,
      reference: after.reference ?? null,
      amountMinor: after.amountMinor,
      date: after.date,
    });
  }
  return out;
}

/**
 * The books' entry that is the posting written: the one with the id the books gave it, when it still carries the
 * posting's reference (the bank line's own id: a twin charge renumbered into that id carries its own line's), or the
 * write's own key where the source keys writes by reference (Zoho), and no other match holds it; else the one free entry with the posting's reference, amount and date. Null when none, or
 * several.
 */
async function writtenEntry(
  repo: ReturnType<typeof createMatchRepository>,
  db: Kysely<Database>,
  sourceId: string,
  p: WrittenPosting,
) {
  const { byId, byContent } = await findWrittenEntryCandidates(db, sourceId, p);
  const free = async (e: { id: number | string }) =>
    (await repo.activeHolders([{ side: 'ledger', itemId: Number(e.id) }])).size === 0;
  const own = p.reference === null || byId?.reference === p.reference || byId?.reference === vendorReference(p.key);
  if (byId && own && (await free(byId))) return byId;
  const candidates = [];
  for (const e of byContent) if (await free(e)) candidates.push(e);
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * Joins each posting bankfeed wrote for a group to that group once the books list it: the bank line the rule
 * explained, or the documents the match paid, are then matched by the books' own entry on the bank's account. Left
 * apart, the statement counted the line as not in the books and the same entry as a payment the bank had not presented
 * (the two cancelling to a difference of zero). A settlement's payment and write-off line are found by the id the
 * books gave them only (a match of documents has no reference of its own to look for). Run after each pull of the
 * source, before matching. Returns how many were joined.
 */
export async function joinWrittenPostings(
  db: Kysely<Database>,
  input: { accountId: string; sourceId: string },
): Promise<number> {
  const posts = (await writtenPostings(db, input.accountId)).filter((p) => p.sourceId === input.sourceId);
  if (posts.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const repo = createMatchRepository(trx);
    await repo.lockAccount(input.accountId);
    const groups = new Map((await repo.getGroups(posts.map((p) => p.groupId))).map((g) => [g.id, g]));
    // what a held match holds already: a settlement's write joined on an earlier run is not looked for again (a
    // rule's is: the books may have renumbered its id), also one joined by the name the source gives it (restate key)
    const heldIds = new Set(
      (
        await repo.ledgerRows([...groups.values()].filter((g) => HELD.has(g.status)).flatMap((g) => g.ledgerIds))
      ).flatMap((r) => (r.restate_key ? [r.external_id, r.restate_key] : [r.external_id])),
    );
    const free = async (e: { id: number | string }) =>
      (await repo.activeHolders([{ side: 'ledger', itemId: Number(e.id) }])).size === 0;
    const settlementEntry = async (p: WrittenPosting) => {
      const { byId } = await findWrittenEntryCandidates(trx, input.sourceId, { ...p, reference: null });
      if (byId) return isPosting(byId) && (await free(byId)) ? byId : null;
      // written before the source gave its postings' ids their kind (a bare transaction or payment id): the one
      // posting listed under that id with its kind in front
      const listed = p.externalId ? await listOpenPostingsIdentifiedAs(trx, input.sourceId, p.externalId) : [];
      return listed.length === 1 && (await free(listed[0]!)) ? listed[0]! : null;
    };
    // A match a person undid and made again over the same bank lines (matched again to its invoice): the payment
    // written for the first is the second's, once the books list it.
    const successorOf = async (undone: StoredGroup): Promise<StoredGroup | null> => {
      const holders = new Set(
        (await repo.activeHolders(undone.bankIds.map((id) => ({ side: 'bank' as const, itemId: id })))).values(),
      );
      if (holders.size !== 1) return null;
      const [next] = await repo.getGroups([...holders]);
      return next && HELD.has(next.status) && sameIds(next.bankIds, undone.bankIds) ? next : null;
    };
    let joined = 0;
    for (const p of posts) {
      if (p.for === 'settlement' && p.externalId !== null && heldIds.has(p.externalId)) continue;
      const first = groups.get(p.groupId);
      const g = first && !HELD.has(first.status) && p.for === 'settlement' ? await successorOf(first) : first;
      if (!g || !HELD.has(g.status)) continue;
      // a rule's group already holding an entry is left as it is
      if (p.for === 'rule' && (g.kind !== 'rule' || g.ledgerIds.length > 0)) continue;
      const entry = p.for === 'rule' ? await writtenEntry(repo, trx, input.sourceId, p) : await settlementEntry(p);
      if (!entry) continue;
      await repo.addItems(g.id, g.status, [
        { side: 'ledger', itemId: Number(entry.id), amountMinor: Number(entry.amount_minor) },
      ]);
      joined++;
    }
    return joined;
  });
}
