import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/audit-repository.js';
import { findWrittenEntryCandidates } from '../db/ledger-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';
import { POST_ACTION } from './ledger-settlements.js';

/** A posting bankfeed wrote into the books for a rule's group (a charge, a levy), as the audit trail records it. */
export interface WrittenPosting {
  groupId: number;
  sourceId: string;
  externalId: string | null;
  reference: string | null;
  amountMinor: number;
  date: string;
}

const GROUP_KEY = /^bankfeed-group-(\d+)$/;

/** Every posting written back for the account's groups, from the audit trail (`ledger.post`, keyed by group). */
export async function writtenPostings(db: Kysely<Database>, accountId: string): Promise<WrittenPosting[]> {
  const out: WrittenPosting[] = [];
  for (const r of await createAuditRepository(db).listActionsOfAccount(accountId, [POST_ACTION])) {
    const m = GROUP_KEY.exec(r.entity_id ?? '');
    if (!m) continue;
    const detail = JSON.parse(r.detail ?? '{}') as { sourceId?: string; externalId?: string };
    const after = JSON.parse(r.after ?? '{}') as { reference?: string | null; amountMinor?: number; date?: string };
    if (!detail.sourceId || after.amountMinor === undefined || !after.date) continue;
    out.push({
      groupId: Number(m[1]),
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
 * posting's reference (the bank line's own id: a twin charge renumbered into that id carries its own line's) and no
 * other match holds it; else the one free entry with the posting's reference, amount and date. Null when none, or
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
  if (byId && (p.reference === null || byId.reference === p.reference) && (await free(byId))) return byId;
  const candidates = [];
  for (const e of byContent) if (await free(e)) candidates.push(e);
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * Joins each posting bankfeed wrote for a rule's group to that group once the books list it: the bank line the rule
 * explained is then matched by the books' own entry. Left apart, the statement counted the line as not in the books
 * and the same entry as a payment the bank had not presented (the two cancelling to a difference of zero). Run after
 * each pull of the source, before matching. Returns how many were joined.
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
    let joined = 0;
    for (const p of posts) {
      const g = groups.get(p.groupId);
      // a group a person undid, or one already holding an entry, is left as it is
      if (!g || (g.status !== 'auto' && g.status !== 'confirmed') || g.kind !== 'rule' || g.ledgerIds.length > 0)
        continue;
      const entry = await writtenEntry(repo, trx, input.sourceId, p);
      if (!entry) continue;
      await repo.addItems(g.id, g.status, [
        { side: 'ledger', itemId: Number(entry.id), amountMinor: Number(entry.amount_minor) },
      ]);
      joined++;
    }
    return joined;
  });
}
