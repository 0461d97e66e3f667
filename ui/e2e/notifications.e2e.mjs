// Agents' notifications end to end, in a real Chromium against the real app: a ticket is assigned to the agent and its
// customer writes (both through the API, as an integration would); the bell in the header counts them, its popover
// lists them newest first, opening one goes to the ticket and marks it read, "Mark all read" clears the count.
// Scanned by axe and shot at 1366 and 390 px, light and dark.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, assertNoSidewaysScroll, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Notified-passw0rd!';
const SIZES = [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]];

async function main() {
  const person = peopleMaker(api, run, PASSWORD);
  step('an agent with a login, and a customer');
  const agent = await person('agent', `Nadia Notified ${run}`, 'agent');
  const customer = await api.post('/api/v1/customers', { name: `Otto Owner ${run}`, email: `otto.${run}@e2e.example` });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, base, agent.email, PASSWORD);
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();

    step('a ticket is assigned to her and its customer writes: the bell counts two');
    const subject = `Parcel never arrived ${run}`;
    const ticket = await api.post('/api/v1/tickets', { subject, description: 'Ordered two weeks ago.', requesterId: customer.id, assigneeId: agent.id });
    await api.post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'customer-message', body: 'Any news about my parcel?' });
    await page.getByRole('button', { name: 'Notifications, 2 unread' }).waitFor({ timeout: 40_000 });

    step('the popover lists them newest first; opening one goes to the ticket and marks it read');
    await page.getByRole('button', { name: 'Notifications, 2 unread' }).click();
    const dialog = page.getByRole('dialog', { name: 'Notifications' });
    const items = dialog.getByRole('list', { name: 'Latest notifications' }).getByRole('link');
    await items.first().waitFor();
    const first = await items.nth(0).innerText();
    const second = await items.nth(1).innerText();
    if (!first.includes(`Otto Owner ${run} wrote on #${ticket.number}`)) throw new Error(`the newest notification says "${first}"`);
    if (!second.includes(`assigned #${ticket.number} to you`)) throw new Error(`the older notification says "${second}"`);
    await assertAccessible(page, 'notifications');
    await screenshots(page, 'notifications-open', SIZES);
    await items.nth(0).click();
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor();

    step('"Mark all read" clears the count');
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    await dialog.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
    await dialog.focus();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    step('at phone width the header keeps the bell without scrolling sideways');
    await page.setViewportSize({ width: 390, height: 844 });
    await assertNoSidewaysScroll(page, 'the page');
    await page.getByRole('button', { name: 'Notifications, none unread' }).click();
    await dialog.waitFor();
    await screenshots(page, 'notifications-read', SIZES.slice(1));
    console.log('notifications end-to-end: passed');
  } catch (error) {
    await keepFailureScreens(browser, 'notifications-failure');
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
