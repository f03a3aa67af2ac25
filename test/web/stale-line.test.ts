import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, suggestions } from './support/harness.js';
import { post, signIn, type Session } from './support/session.js';

// A decision made on a page loaded before someone else decided the line: the answer said "confirm: group 2522 is
// confirmed; confirm needs suggested or auto. The line was probably decided elsewhere". It says who did what, when.

describe('a decision on a line that changed since the page was loaded', () => {
  let h: Harness;
  let rita: Session;
  let ada: Session;
  beforeAll(async () => {
    h = await createHarness();
    rita = await signIn(h.app, 'rita');
    ada = await signIn(h.app, 'ada');
  });
  afterAll(async () => h?.close());

  const decide = (s: Session, id: number, action: string, line: number) =>
    post(h.app, s, `/accounts/${h.accountId}/groups/${id}/${action}`, { line });

  const notice = (body: string) => /class="notice warn"[^>]*>([^<]*)</.exec(body)?.[1] ?? '';

  // at the account's clock, as the row under the notice writes the same decision
  it('names who accepted it, and when', async () => {
    const [g] = await suggestions(h);
    expect((await decide(ada, g!.id, 'confirm', g!.bankIds[0]!)).statusCode).toBe(200);
    const stale = await decide(rita, g!.id, 'reject', g!.bankIds[0]!);
    expect(stale.statusCode).toBe(409);
    expect(notice(stale.body)).toMatch(
      /^Not done: since this page was loaded, this suggestion was accepted by Ada \(\d{4}-\d{2}-\d{2} \d{2}:\d{2} Lagos time\)\. The line is shown as it stands now; nothing was changed\.$/,
    );
  });

  it('names who rejected it', async () => {
    const g = (await suggestions(h))[0]!;
    expect((await decide(ada, g.id, 'reject', g.bankIds[0]!)).statusCode).toBe(200);
    const stale = await decide(rita, g.id, 'confirm', g.bankIds[0]!);
    expect(stale.statusCode).toBe(409);
    expect(notice(stale.body)).toContain('since this page was loaded, this suggestion was rejected by Ada');
    expect(stale.body).not.toMatch(/needs suggested|group \d+ is|decided elsewhere/);
  });

  it("calls a second click the person's own decision", async () => {
    const g = (await suggestions(h)).find((s) => s.differenceMinor === 0)!;
    expect((await decide(rita, g.id, 'confirm', g.bankIds[0]!)).statusCode).toBe(200);
    const again = await decide(rita, g.id, 'confirm', g.bankIds[0]!);
    expect(again.statusCode).toBe(409);
    expect(notice(again.body)).toContain('this suggestion was accepted by you');
  });
});
