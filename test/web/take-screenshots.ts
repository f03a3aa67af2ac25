/**
 * Screenshots of the review app's main screens for docs/screenshots, taken with Debian's Chromium against a running
 * `bankfeed start` (the demo): tsx test/web/take-screenshots.ts http://127.0.0.1:8788/ demo-admin <password>
 */
import { chromium } from 'playwright-core';
import { signInInBrowser } from './support/session.js';

const [base = 'http://127.0.0.1:8788/', username = 'demo-admin', password = ''] = process.argv.slice(2);
const out = new URL('../../docs/screenshots/', import.meta.url).pathname;

const browser = await chromium.launch({
  executablePath: process.env.BANKFEED_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(new URL('/sign-in', base).href);
  await page.screenshot({ path: `${out}sign-in.png` });
  await signInInBrowser(page, new URL('/', base).href, username, password);
  await page.screenshot({ path: `${out}accounts.png`, fullPage: true });
  const review = await page.locator('table.grid a[href$="/review"]').first().getAttribute('href');
  await page.goto(new URL(review!, base).href);
  await page.screenshot({ path: `${out}review-queue.png` });
  await page.keyboard.press('j');
  await page.locator('.line.focus button', { hasText: 'Find & match' }).first().click();
  await page.waitForSelector('.line.focus .find table');
  await page.screenshot({ path: `${out}find-and-match.png` });
  await page.goto(new URL(`${review!.replace('/review', '/review')}?view=suggested&min=90`, base).href);
  await page.click('button:has-text("Accept all matching")');
  await page.waitForSelector('#bulk-panel form');
  await page.screenshot({ path: `${out}bulk-accept.png` });
  await page.goto(new URL(review!.replace('/review', '/statement'), base).href);
  await page.screenshot({ path: `${out}statement-checkpoint.png` });
  await page.goto(new URL('/audit', base).href);
  await page.screenshot({ path: `${out}audit.png` });
  await page.goto(new URL('/users', base).href);
  await page.screenshot({ path: `${out}users.png` });
  process.stdout.write(`screenshots in ${out}\n`);
} finally {
  await browser.close();
}
