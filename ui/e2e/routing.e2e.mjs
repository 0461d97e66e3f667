// Routing rules end to end, in a real Chromium against the real app (issue 11's routing scenario): an admin creates
// two rules in the console (conditions through the shared conditions editor, actions), moves one up with the keyboard
// way, turns one off and on, dry-runs the saved rules and reads why; a ticket created by the API is then routed by
// the rule, and its history says "via rule <name> v<version>". Accessibility scans and screenshots (desktop, tablet,
// phone; light and dark). Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, SCREENSHOTS, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const key = process.env.AUTOCRM_API_KEY ?? '';
const api = apiClient(base, key);
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Routing-passw0rd!';
const PHONE = { width: 390, height: 844 };

const person = peopleMaker(api, run, PASSWORD);

async function allScreenshots(page, name) {
  await screenshots(page, name);
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone-${theme}.png`) });
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  if (size) await page.setViewportSize(size);
}

async function until(check, what, tries = 150) {
  for (let i = 0; i < tries; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function deleteRule(id) {
  await fetch(`${base}/api/v1/routing-rules/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${key}` } });
}

async function main() {
  step('an admin with a login, a customer, and a team to route to');
  const ada = await person('agent', `Ada Routing ${run}`, 'admin');
  const carla = await person('customer', `Carla Routed ${run}`, 'customer');
  const team = await api.post('/api/v1/teams', { name: `Billing ${run}` });
  const invoices = `Invoices ${run}`;
  const refunds = `Refunds ${run}`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const created = [];
  try {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error (Ada):', error.message));

    step('Ada opens Routing in the console and creates a rule: subject mentions the ledger word -> the team, tag billing');
    await signIn(page, base, ada.email, PASSWORD);
    await page.goto(`${base}/admin/routing`);
    await page.getByRole('heading', { name: 'Routing rules' }).waitFor();
    await page.getByRole('button', { name: 'New rule' }).click();
    const editor = page.getByRole('region', { name: 'New rule' });
    await editor.getByLabel('Rule name').fill(invoices);
    await editor.getByRole('button', { name: 'Add condition (all)' }).click();
    await editor.getByLabel('Values (all 1)').fill(`ledger-${run}`);
    await editor.getByLabel('Set team').selectOption({ label: `Billing ${run}` });
    await editor.getByLabel('Add tags').fill('billing');
    await assertAccessible(page, 'routing rule editor');
    await allScreenshots(page, 'routing-editor');
    await editor.getByRole('button', { name: 'Save rule' }).click();
    await editor.waitFor({ state: 'detached' });
    const list = page.getByRole('list', { name: /in the order they are tried/ });
    await list.getByRole('heading', { name: invoices }).waitFor();

    step('a second rule; it is moved above the first with the keyboard way (Move up)');
    await page.getByRole('button', { name: 'New rule' }).click();
    const second = page.getByRole('region', { name: 'New rule' });
    await second.getByLabel('Rule name').fill(refunds);
    await second.getByRole('button', { name: 'Add condition (all)' }).click();
    await second.getByLabel('Values (all 1)').fill(`refund-${run}`);
    await second.getByLabel('Set priority').selectOption('high');
    await second.getByRole('button', { name: 'Save rule' }).click();
    await second.waitFor({ state: 'detached' });
    await list.getByRole('heading', { name: refunds }).waitFor();
    const rules = (await api.get('/api/v1/routing-rules')).items;
    created.push(...rules.filter((r) => r.name === invoices || r.name === refunds).map((r) => r.id));
    const moveUp = page.getByRole('button', { name: `Move ${refunds} up` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await until(async () => {
      const names = (await api.get('/api/v1/routing-rules')).items.map((r) => r.name);
      return names.indexOf(refunds) >= 0 && names.indexOf(refunds) < names.indexOf(invoices);
    }, 'the new order');

    step('turning the refunds rule off and on again makes versions 2 and 3');
    const refundRow = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: refunds }) });
    const enabled = refundRow.getByRole('checkbox', { name: 'Enabled' });
    await enabled.focus();
    await page.keyboard.press('Space');
    await refundRow.getByText('v2', { exact: true }).waitFor();
    await refundRow.getByText('off', { exact: true }).waitFor();
    await enabled.focus();
    await page.keyboard.press('Space');
    await refundRow.getByText('v3', { exact: true }).waitFor();
    await assertAccessible(page, 'routing rules');
    await allScreenshots(page, 'routing-rules');

    step('a ticket created by the API is routed by the rule');
    const ticket = await api.post('/api/v1/tickets', {
      subject: `Ledger-${run} shows the wrong amount`, description: 'Please check.', channel: 'email', requesterId: carla.id,
    });
    await until(async () => (await api.get(`/api/v1/tickets/${ticket.id}`).catch(() => ({}))).team?.id === team.id,
      'the ticket routed to the team');

    step('the dry run explains, per ticket, which rule would have matched and why');
    await page.getByLabel('Last tickets (1-500)').fill('20');
    await page.getByRole('button', { name: 'Dry-run saved rules' }).click();
    const results = page.getByRole('list', { name: 'Dry-run results' });
    const row = results.getByRole('listitem').filter({ hasText: `Ledger-${run}` }).first();
    await row.getByText(`${invoices} v1`).waitFor();
    await row.getByText('Why', { exact: false }).first().click();
    await row.getByText(`subject mentions 'ledger-${run}'`).waitFor();
    await assertAccessible(page, 'routing dry run');
    await allScreenshots(page, 'routing-dry-run');

    step('the ticket\'s history says "via rule <name> v1"');
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Audit trail' }).getByText(`via rule ${invoices} v1`).first().waitFor();
    await assertAccessible(page, 'history via rule');
    await allScreenshots(page, 'routing-history');
    await context.close();
  } catch (error) {
    await keepFailureScreens(browser, 'routing-failure');
    throw error;
  } finally {
    for (const id of created) await deleteRule(id);
    await browser.close();
  }
  console.log('routing end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
