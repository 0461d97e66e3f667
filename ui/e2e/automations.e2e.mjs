// Triggers and automations end to end, in a real Chromium against the real app (issue 11): an admin finds the demo's
// triggers and automations in the console, creates a trigger with the conditions editor (a refused action is shown
// with its code), sees it act on a new ticket ("via trigger <name>" in the history), creates an automation that
// closes solved tickets and sees it close one ("via automation <name>"). Accessibility scans and screenshots (desktop,
// tablet and phone; light and dark) of each screen.
// Environment: AUTOCRM_URL (the app, run with AUTOCRM_AUTOMATIONS_INTERVAL=PT10S so the automation acts within the
// scenario), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, SCREENSHOTS, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Automations-passw0rd!';
const PHONE = { width: 390, height: 844 };

const person = peopleMaker(api, run, PASSWORD);

async function allScreenshots(page, name) {
  await screenshots(page, name);
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone-${theme}.png`), fullPage: true });
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  if (size) await page.setViewportSize(size);
}

// The shared conditions editor (ui/src/components/conditions): rows labelled "(all N)"; a one-value condition on a
// field with known values is a select, any other a text input.
async function fillCondition(form, list, index, field, operator, values) {
  const n = `${list} ${index}`;
  await form.getByLabel(`Field (${n})`, { exact: true }).selectOption(field);
  await form.getByLabel(`Operator (${n})`, { exact: true }).selectOption(operator);
  if (values === undefined) return;
  const choice = form.getByLabel(`Value (${n})`, { exact: true });
  if (await choice.count() > 0) await choice.selectOption(values);
  else await form.getByLabel(`Values (${n})`, { exact: true }).fill(values);
}

async function main() {
  step('an admin and a customer with logins');
  const ada = await person('agent', `Ada Rules ${run}`, 'admin');
  const agent = await person('agent', `Alan Rules ${run}`, 'agent');
  const carla = await person('customer', `Carla Rules ${run}`, 'customer');
  const triggerName = `Printer tickets ${run}`;
  const automationName = `Close solved ${run}`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, base, ada.email, PASSWORD);

    step('the console lists the triggers in order');
    await page.goto(`${base}/admin/triggers`);
    await page.getByRole('heading', { name: 'Triggers', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New trigger' }).waitFor();
    await assertAccessible(page, 'triggers');
    await allScreenshots(page, 'automations-triggers');

    step('Ada creates a trigger; an action naming an unknown status is refused with its code');
    await page.getByRole('button', { name: 'New trigger' }).click();
    const form = page.getByRole('form', { name: 'New trigger' });
    await form.getByLabel('Name').fill(triggerName);
    await form.getByRole('button', { name: 'Add condition (all)' }).click();
    await fillCondition(form, 'all', 2, 'text', 'contains', `printer-${run}`);
    const action = form.getByRole('group', { name: 'Action 1' });
    await action.getByLabel('Tags').fill(`printer-${run}`);
    await form.getByRole('button', { name: '+ Add an action' }).click();
    const note = form.getByRole('group', { name: 'Action 2' });
    await note.getByLabel('Do').selectOption('internal-note');
    await note.getByLabel('Note text').fill('Printer trouble reported by {{requester.shoe_size}}');
    await form.getByRole('button', { name: 'Save trigger' }).click();
    await form.getByRole('alert').filter({ hasText: 'unknown-placeholder' }).waitFor();
    await assertAccessible(page, 'trigger form');
    await allScreenshots(page, 'automations-trigger-form');
    await note.getByLabel('Note text').fill('Printer trouble reported by {{requester.first_name}} on #{{ticket.number}}');
    await form.getByRole('button', { name: 'Save trigger' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Triggers' }).getByRole('heading', { name: new RegExp(triggerName) }).waitFor();

    step('a ticket arrives by API: the trigger tags it and notes it, and the history says so');
    const ticket = await api.post('/api/v1/tickets', {
      subject: `Jammed again printer-${run}`, description: 'Paper everywhere.', channel: 'email', requesterId: carla.id,
    });
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(`Jammed again printer-${run}`) }).waitFor();
    await page.getByRole('article', { name: /Internal note/ }).filter({ hasText: `Printer trouble reported by Carla on #${ticket.number}` })
      .waitFor({ timeout: 60_000 }); // the triggers' processor runs behind whatever the suite's earlier tests wrote
    await page.getByRole('tab', { name: 'History' }).click();
    const trail = page.getByRole('list', { name: 'Audit trail' });
    await trail.getByText(`via trigger ${triggerName}`).first().waitFor();
    await assertAccessible(page, 'history via trigger');
    await allScreenshots(page, 'automations-history-trigger');

    step('Ada creates an automation that closes solved tickets; it closes the solved ticket within a run');
    await page.goto(`${base}/admin/automations`);
    await page.getByRole('heading', { name: 'Automations', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New automation' }).waitFor();
    await assertAccessible(page, 'automations');
    await allScreenshots(page, 'automations-list');
    await page.getByRole('button', { name: 'New automation' }).click();
    const automation = page.getByRole('form', { name: 'New automation' });
    await automation.getByLabel('Name').fill(automationName);
    await fillCondition(automation, 'all', 1, 'hours-since-status-changed', 'greater-than', '0');
    await automation.getByRole('button', { name: 'Add condition (all)' }).click();
    await fillCondition(automation, 'all', 2, 'status-category', 'is', 'solved');
    await automation.getByRole('button', { name: 'Add condition (all)' }).click();
    await fillCondition(automation, 'all', 3, 'text', 'contains', `printer-${run}`);
    const close = automation.getByRole('group', { name: 'Action 1' });
    await close.getByLabel('Do').selectOption('set-status');
    await close.getByLabel('Value').selectOption('closed');
    await assertAccessible(page, 'automation form');
    await allScreenshots(page, 'automations-form');
    await automation.getByRole('button', { name: 'Save automation' }).click();
    await automation.waitFor({ state: 'detached' });
    await page.getByRole('list', { name: 'Automations' }).getByRole('heading', { name: new RegExp(automationName) }).waitFor();

    await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'solved', assigneeId: agent.id });
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('tab', { name: 'History' }).click();
    for (let tries = 0; tries < 60; tries += 1) {
      if (await page.getByRole('list', { name: 'Audit trail' }).getByText(`via automation ${automationName}`).count() > 0) break;
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('tab', { name: 'History' }).click();
    }
    await page.getByRole('list', { name: 'Audit trail' }).getByText(`via automation ${automationName}`).first().waitFor();
    const closed = await api.get(`/api/v1/tickets/${ticket.id}`);
    if (closed.status?.key !== 'closed') throw new Error(`the automation did not close the ticket: ${JSON.stringify(closed.status)}`);
    await assertAccessible(page, 'history via automation');
    await allScreenshots(page, 'automations-history-automation');
    await context.close();
    console.log('automations end-to-end: passed');
  } catch (error) {
    await keepFailureScreens(browser, 'automations-failure');
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
