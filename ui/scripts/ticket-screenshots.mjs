// Screenshots of the ticket view (light and dark, 1440 and 1024 px wide) against a running AutoCRM:
//   AUTOCRM_URL=http://127.0.0.1:8114 node scripts/ticket-screenshots.mjs
// Signs in as a demo agent through the real login page, opens a ticket from the queue, and saves
// target/screenshots/ticket-*.png: the conversation, the composer in both modes, history, and the ticket as it was.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8114';
const out = new URL('../target/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function signIn(page, email) {
  await page.goto(`${base}/views/all-open`);
  await page.fill('#email', email);
  await page.fill('#password', 'autocrm-demo-agent');
  await page.click('button[type=submit]');
  await page.waitForSelector('[role=grid] [role=row][aria-rowindex="2"]', { timeout: 60_000 });
}

async function shoot(page, name) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}ticket-${name}.png` });
  console.log(`ticket-${name}.png`);
}

for (const width of [1440, 1024]) {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, 'grace@autocrm.example');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[aria-label="Conversation"]');
    await page.waitForSelector('[aria-label="Formatting"]', { timeout: 90_000 });
    const tag = `${width}-${theme}`;
    await shoot(page, `conversation-${tag}`);
    await page.keyboard.press('n');
    await page.keyboard.type('Checked the logs: the fuser is at fault. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Do not reboot.');
    await page.locator('[aria-label="Conversation"]').evaluate((node) => node.closest('[role=tabpanel]')?.scrollTo(0, 1e6));
    await shoot(page, `note-draft-${tag}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('h');
    await page.waitForSelector('[aria-label="Audit trail"]');
    await shoot(page, `history-${tag}`);
    await page.locator('[aria-label="Audit trail"] li button').last().click();
    await page.waitForSelector('[aria-label="Viewing the past"]');
    await page.waitForSelector('[aria-label="Conversation"]', { state: 'attached' }).catch(() => undefined);
    await shoot(page, `as-of-${tag}`);
    await context.close();
  }
}
await browser.close();
