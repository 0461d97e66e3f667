// The agent workspace end to end, in a real Chromium against the real app (issue 9's scenario).
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { apiClient, assertAccessible, CHROMIUM_ARGS, DESKTOP, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Workspace-passw0rd!';

async function person(kind, name, role) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${run}@e2e.example`;
  const created = await api.post(kind === 'agent' ? '/api/v1/agents' : '/api/v1/customers', { name, email });
  await api.post('/api/v1/users', { id: created.id, role, password: PASSWORD });
  return { id: created.id, name, email };
}

async function main() {
  step('people with logins: two agents and a customer');
  const ann = await person('agent', `Ann Agent ${run}`, 'agent');
  const bob = await person('agent', `Bob Agent ${run}`, 'agent');
  const carla = await person('customer', `Carla Customer ${run}`, 'customer');

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const annContext = await browser.newContext({ viewport: DESKTOP });
    const page = await annContext.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));

    step('Ann signs in through the login page and lands in the workspace');
    await signIn(page, base, ann.email, PASSWORD);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /All open/ }).click();
    await page.getByRole('heading', { name: 'All open' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();

    step('a ticket created through the API appears live in the open view');
    const subject = `Printer on fire ${run}`;
    const created = await api.post('/api/v1/tickets', {
      subject, description: 'It is smoking since this morning.', channel: 'email', priority: 'normal', requesterId: carla.id,
    });
    const row = page.getByRole('row').filter({ hasText: subject });
    await row.waitFor({ timeout: 10_000 });
    await assertAccessible(page, 'queue');
    await screenshots(page, 'queue');

    step('Ann opens it and replies in rich text, submitting as pending');
    await row.getByRole('link', { name: subject }).click();
    await page.getByRole('heading', { name: subject }).waitFor();
    const reply = page.getByRole('textbox', { name: 'Public reply' });
    await reply.click();
    await page.keyboard.type('We are on it. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Unplug it now');
    await page.keyboard.press('Control+b');
    await page.getByLabel('Then set status').selectOption('pending');
    await page.getByRole('button', { name: /Send · submit as Pending/i }).click();
    const replyItem = page.getByRole('listitem', { name: `Public reply by ${ann.name}` });
    await replyItem.locator('strong', { hasText: 'Unplug it now' }).waitFor();
    await page.getByText(/#\d+ · Pending/).waitFor();

    step('Ann adds an internal note');
    await page.getByRole('radio', { name: /Internal note/ }).click();
    await page.getByRole('textbox', { name: 'Internal note' }).click();
    await page.keyboard.type('Secret: the fuser is a known bad batch.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('listitem', { name: `Internal note by ${ann.name}` }).waitFor();
    await assertAccessible(page, 'ticket');
    await screenshots(page, 'ticket');

    step('Ann changes a property');
    const properties = page.getByRole('region', { name: 'Properties' });
    await properties.getByLabel('Priority').selectOption('high');
    await page.getByText(/· High priority ·/).waitFor();

    step('Bob changes the same ticket in his own browser; Ann meets the conflict and re-applies her change');
    const bobContext = await browser.newContext({ viewport: DESKTOP });
    const bobPage = await bobContext.newPage();
    await signIn(bobPage, base, bob.email, PASSWORD);
    await bobPage.goto(`${base}/tickets/${created.id}`);
    await bobPage.getByRole('heading', { name: subject }).waitFor();
    await bobPage.getByRole('region', { name: 'Properties' }).getByLabel('Priority').selectOption('urgent');
    await bobPage.getByText(/· Urgent priority ·/).waitFor();
    await properties.getByLabel('Type').selectOption('incident');
    const conflict = page.getByRole('dialog', { name: 'Someone else changed this ticket' });
    await conflict.waitFor();
    await conflict.getByRole('row', { name: /Priority/ }).getByText('Urgent').waitFor();
    await page.screenshot({ path: `${process.env.SCREENSHOTS ?? 'target/screenshots'}/conflict-desktop-light.png` }).catch(() => undefined);
    await conflict.getByRole('button', { name: 'Re-apply my change' }).click();
    await conflict.waitFor({ state: 'detached' });
    await page.getByText(/· Urgent priority ·/).waitFor();
    if ((await properties.getByLabel('Type').inputValue()) !== 'incident') throw new Error('the re-applied type is not shown');

    step('Ann looks at the ticket as it was before her reply');
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'History' });
    const replyEntry = history.getByRole('listitem').filter({ hasText: /public reply/i }).first();
    await replyEntry.getByRole('button', { name: 'Show as it was before this' }).click();
    await page.getByText(/as it was at/).waitFor();
    await page.getByRole('listitem', { name: /^Description by/ }).waitFor();
    if (await page.getByText('Unplug it now').count()) throw new Error('the past ticket shows the later reply');
    await assertAccessible(page, 'ticket as of');
    await screenshots(page, 'ticket-as-of');
    await page.getByRole('button', { name: 'Back to now' }).click();
    await page.getByText('Unplug it now').waitFor();
    await bobContext.close();

    step('the customer signs in through the same login and never sees the note');
    const carlaContext = await browser.newContext({ viewport: DESKTOP });
    const carlaPage = await carlaContext.newPage();
    await signIn(carlaPage, base, carla.email, PASSWORD);
    await carlaPage.getByRole('heading', { name: 'Your tickets' }).waitFor();
    await carlaPage.getByRole('button', { name: new RegExp(subject) }).click();
    await carlaPage.getByText('Unplug it now').waitFor();
    if (await carlaPage.getByText(/fuser/).count()) throw new Error('the customer sees the internal note');
    await assertAccessible(carlaPage, 'customer tickets');
    await screenshots(carlaPage, 'customer-tickets');
    await carlaContext.close();

    step('keyboard shortcuts overlay');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await assertAccessible(page, 'shortcuts');
    await screenshots(page, 'shortcuts');
  } finally {
    await browser.close();
  }
  console.log('workspace end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
