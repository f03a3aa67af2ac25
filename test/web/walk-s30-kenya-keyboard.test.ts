/**
 * Session 30's walk in Chromium, keyboard only, as the Nairobi team's reviewer who works the queue with j/k, a and r
 * and a screen reader (test/web/support/kenya.ts). The one defect that needs a browser: where the keyboard is when the
 * queue opens. (Signing in by keyboard, Find & match and Bank-only opened, filled and sent by keyboard, the panel's
 * focus in its first field, the tick boxes' names and the focus kept on a decided line were as they should be.)
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumAvailable } from './support/browser.js';
import { ACCOUNT, createKenyaHarness, type KenyaHarness } from './support/kenya.js';
import { PASSWORD } from './support/session.js';

const available = await chromiumAvailable();

describe.runIf(available)('walk s30 in Chromium: the review queue by keyboard', () => {
  let h: KenyaHarness;
  let browser: Browser;
  let page: Page;
  let base: string;
  beforeAll(async () => {
    h = await createKenyaHarness();
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const addr = h.app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, timezoneId: 'Africa/Nairobi' });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("gives the keyboard to the queue's first line as it opens, and the first j goes on to the second", async () => {
    // Did: signed in with the keyboard alone (the username field has the focus; Tab, the password, Enter), landed on
    // the queue's Awaiting review tab (two lines: the RTGS from Kamau Hardware, then the PesaLink payment), and pressed
    // j to hear the first line, as the help says ("j / k next / previous line").
    // Saw: the first j put the focus on the second line, "Bank line 2026-11-04 -KSh36,200.75 PESALINK NAIROBI OFFICE
    // SUPPLIES"; the RTGS line was never read out. On load the first line is only highlighted, the keyboard focus left
    // on the page (web/static/app.js, the DOMContentLoaded handler: focusLine(first) sets the class, never focus()),
    // and move() counts from the highlighted line, so j goes one past it. Pressing a before any j accepts the RTGS
    // line, which the screen reader never named. The same on the Unmatched tab.
    // Should: the first j (or the queue as it opens) gives the keyboard focus to the first line, the one a and r
    // decide, so that it is read out before it can be decided.
    await page.goto(`${base}/accounts/${ACCOUNT}/review?view=suggested`);
    await page.keyboard.type('wanjiru');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/review'));
    const lines = await page.locator('.line').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(lines).toEqual([
      'Bank line 2026-11-03 +KSh250,000.00 RTGS KAMAU HARDWARE LTD',
      'Bank line 2026-11-04 -KSh36,200.75 PESALINK NAIROBI OFFICE SUPPLIES',
    ]);
    // The queue opens with its first line holding the keyboard focus (read out before a or r can decide it); j and k
    // then move from it, one line at a time. (As first written, this pressed j once and expected the first line: that
    // holds only if the opening leaves the focus off the line, the defect itself; the comment's other way, the queue
    // as it opens, is the one taken, and j then goes to the second line.)
    const focused = () => page.locator(':focus').getAttribute('aria-label');
    expect(await focused()).toBe(lines[0]);
    await page.keyboard.press('j');
    expect(await focused()).toBe(lines[1]);
    await page.keyboard.press('k');
    expect(await focused()).toBe(lines[0]);
    // the same on the Unmatched tab
    await page.goto(`${base}/accounts/${ACCOUNT}/review?view=unmatched`);
    const unmatched = await page.locator('.line').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(unmatched.length).toBeGreaterThan(1);
    expect(await focused()).toBe(unmatched[0]);
    await page.keyboard.press('j');
    expect(await focused()).toBe(unmatched[1]);
  });
});
