import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createUserAdmin } from '../../web/auth/user-admin.js';
import { issuesInWords } from '../../web/issue-words.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// walk-s26: the validator's own words ("Too big: expected string to have <=64 characters") reached the page.

describe('refusals in words a person reads', () => {
  it('names the field and its limit', () => {
    const schema = z.object({ q: z.string().max(200), n: z.number().min(1), name: z.string().min(1) });
    const r = schema.safeParse({ q: 'x'.repeat(201), n: 0, name: '' });
    expect(r.success).toBe(false);
    expect(issuesInWords(r.error!)).toBe('q: at most 200 characters; n: at least 1; name: required');
    expect(issuesInWords(z.object({ a: z.string() }).safeParse({}).error!)).toBe('a: required');
  });

  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => h?.close());

  it('a review filter too long, a username too long, a display name of a paragraph', async () => {
    const rita = await signIn(h.app, 'rita');
    const res = await get(h.app, rita, `/accounts/${h.accountId}/review?q=${'x'.repeat(201)}`);
    expect(res.body).toContain('q: at most 200 characters');
    expect(res.body).not.toContain('Too big');
    const admin = createUserAdmin({ db: h.db.db });
    await expect(admin.add({ username: 'a'.repeat(65), role: 'viewer', actor: 'ada' })).rejects.toThrow(
      'username: at most 64 characters',
    );
    await expect(
      admin.add({ username: 'longname', displayName: 'x'.repeat(5000), role: 'viewer', actor: 'ada' }),
    ).rejects.toThrow('display name: at most 100 characters');
  });
});
