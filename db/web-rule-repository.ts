import type { Kysely } from 'kysely';
import type { Rule } from '../matching/rules.js';
import type { Database } from './schema.js';

/** Classification rules people created in the web app; an account's own rules come before global ones. */
export function createWebRuleRepository(db: Kysely<Database>) {
  return {
    async insert(r: { rule: Rule; accountId: string | null; createdBy: string; at: string }): Promise<void> {
      const last = await db
        .selectFrom('web_rules')
        .select((eb) => eb.fn.max('position').as('p'))
        .executeTakeFirst();
      await db
        .insertInto('web_rules')
        .values({
          id: r.rule.id,
          account_id: r.accountId,
          definition: JSON.stringify(r.rule),
          position: Number(last?.p ?? 0) + 1,
          created_by: r.createdBy,
          created_at: r.at,
        })
        .execute();
    },

    async exists(id: string): Promise<boolean> {
      return !!(await db.selectFrom('web_rules').select('id').where('id', '=', id).executeTakeFirst());
    },

    /** Whether a rule of this id was made for this account or for every account (enabled or not). */
    async madeFor(accountId: string, id: string): Promise<boolean> {
      const row = await db
        .selectFrom('web_rules')
        .select('id')
        .where('id', '=', id)
        .where((eb) => eb.or([eb('account_id', '=', accountId), eb('account_id', 'is', null)]))
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The enabled rules that apply to an account, in the order they were created (first match wins). */
    async forAccount(accountId: string): Promise<Rule[]> {
      const rows = await db
        .selectFrom('web_rules')
        .select(['definition', 'account_id'])
        .where('enabled', '=', 1)
        .where((eb) => eb.or([eb('account_id', '=', accountId), eb('account_id', 'is', null)]))
        .orderBy('position')
        .execute();
      return rows.map((r) => JSON.parse(r.definition) as Rule);
    },
  };
}
