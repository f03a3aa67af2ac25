import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './support/harness.js';
import { get, signIn } from './support/session.js';

// "Lines not cleared" on the statement links each line to the queue. Every link opened the Unmatched tab, so a line
// with a suggestion waiting (on Awaiting review) opened a tab without it: "No line of this tab matches the filter".

describe("the statement's links to the lines not cleared", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => h?.close());

  it('open the tab that holds the line', async () => {
    const rita = await signIn(h.app, 'rita');
    const page = (await get(h.app, rita, `/accounts/${h.accountId}/statement?end=2026-10-31`)).body;
    const table = page.slice(page.indexOf('Lines not cleared'), page.indexOf('<h2>History</h2>'));
    const links = [...table.matchAll(/href="([^"]*\/review\?[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(3);
    expect(links.some((l) => l.includes('view=suggested'))).toBe(true);
    for (const link of links) {
      const date = /from=([\d-]+)/.exec(link)![1]!;
      const queue = (await get(h.app, rita, link)).body;
      expect(queue, link).not.toContain('No line of this tab matches the filter');
      expect(queue, link).toMatch(new RegExp(`class="line"[\\s\\S]*?<span>${date}</span>`));
    }
  });
});
