import { chromium } from 'playwright-core';
const base = 'http://localhost:8199';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [w, h, name] of [[1440, 1000, 'desk'], [390, 844, 'phone']]) {
  const context = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await context.newPage();
  await page.goto(`${base}/views/all-open`);
  await page.fill('#email', 'grace@autocrm.example');
  await page.fill('#password', 'autocrm-demo-agent');
  await page.click('button[type=submit]');
  await page.waitForSelector('[role=grid] [role=row][aria-rowindex="2"]', { timeout: 60_000 });
  await page.screenshot({ path: `/tmp/shots/queue-${name}.png` });
  await page.goto(`${base}/tickets/${process.argv[2]}`);
  const sla = page.getByRole('heading', { name: 'SLA', exact: true });
  await sla.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await sla.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/sla-${name}.png`, fullPage: false });
  const panel = page.locator('section[aria-labelledby="sla-title"]');
  await panel.screenshot({ path: `/tmp/shots/sla-panel-${name}.png` });
  await context.close();
}
await browser.close();
