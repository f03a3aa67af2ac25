import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from './schema.js';

/** An expression builder over match_groups aliased `g`. */
export type GEb = ExpressionBuilder<Database & { g: Database['match_groups'] }, 'g'>;

/** No line or entry of the group `g` is held by an active group now: a candidate that is still live. */
export function noItemHeldNow(eb: GEb) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom('match_items as mine')
        .innerJoin('match_items as other', (j) =>
          j
            .onRef('other.side', '=', 'mine.side')
            .onRef('other.item_id', '=', 'mine.item_id')
            .on('other.active', '=', 1),
        )
        .select(sql.lit(1).as('one'))
        .whereRef('mine.group_id', '=', 'g.id'),
    ),
  );
}
