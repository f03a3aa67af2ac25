import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAuditRepository } from '../../db/audit-repository.js';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { get, signIn } from './support/session.js';

// A rule's own evidence reads "rule ng-emtl (EMTL levy)"; the pages added "rule ng-emtl" after it, naming it twice.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const times = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const evidence = [{ kind: 'rule', detail: 'rule ng-emtl (EMTL levy)', weight: 0.7 }];

it('names the rule once in the audit trail', async () => {
  const g = (await suggestions(h))[0]!;
  await createAuditRepository(h.db.db).append({
    at: '2026-10-31T12:00:00.000Z',
    actor: 'rule:ng-emtl',
    action: 'suggest',
    entityType: 'match_group',
    entityId: String(g.id),
    accountId: h.accountId,
    detail: { evidence, ruleId: 'ng-emtl' },
  });
  const s = await signIn(h.app, 'rita');
  const trail = text((await get(h.app, s, `/audit?account=${h.accountId}&action=suggest`)).body.split('<tbody>')[1]!);
  expect(trail).toContain('rule ng-emtl (EMTL levy)');
  expect(times(trail, 'ng-emtl (EMTL levy); rule ng-emtl')).toBe(0);
});

it('names the rule once under a suggestion, and still names one its evidence does not', async () => {
  const [a, b] = await suggestions(h);
  for (const [g, ev] of [
    [a!, evidence],
    [b!, [{ kind: 'amount_exact', detail: 'same amount', weight: 0.4 }]],
  ] as const)
    await h.db.db
      .updateTable('match_groups')
      .set({ rule_id: 'ng-emtl', evidence: JSON.stringify(ev) })
      .where('id', '=', g.id)
      .execute();
  const s = await signIn(h.app, 'rita');
  const page = (await get(h.app, s, `/accounts/${h.accountId}/review?view=all`)).body;
  const list = (g: { id: number }) => {
    const block = page.slice(page.indexOf(`data-group="${g.id}"`));
    return text(
      block.slice(
        block.indexOf('<ul class="evidence">'),
        block.indexOf('</ul>', block.indexOf('<ul class="evidence">')),
      ),
    );
  };
  expect(times(list(a!), 'ng-emtl')).toBe(1);
  expect(list(b!)).toContain('rule ng-emtl');
});
