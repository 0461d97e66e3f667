// The agent workspace end to end, in a real Chromium against the real app (issue 9's scenario).
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Workspace-passw0rd!';

const person = peopleMaker(api, run, PASSWORD);

/** Waits until a form control shows the value (the screen follows the server's answer). */
async function valueOf(locator, expected) {
  for (let tries = 0; tries < 100; tries += 1) {
    if ((await locator.inputValue()) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`expected ${expected}, the screen shows ${await locator.inputValue()}`);
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
    page.on('pageerror', (error) => console.error('page error (Ann):', error.message));

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
    // The ticket view follows its ticket live (the ticket stream filtered to the requester), so a change by another
    // agent would reach Ann before she writes. Her ticket view's stream is cut from the start, as after a lost
    // connection: she keeps the version she read, and the conflict step below meets a real 409. Presence and the
    // queue keep their streams.
    const ticketStream = (url) => url.pathname === '/api/v1/stream/tickets' && url.searchParams.has('requesterId');
    await page.route(ticketStream, (route) => route.abort());
    await row.getByRole('link', { name: subject }).click();
    const heading = page.getByRole('heading', { name: new RegExp(subject) });
    await heading.waitFor();
    const properties = page.getByRole('region', { name: 'Properties' });
    await page.getByRole('textbox', { name: 'Public reply' }).click();
    await page.keyboard.type('We are on it. ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Unplug it now');
    await page.keyboard.press('Control+b');
    await page.getByLabel('then set status').selectOption('pending');
    await page.getByRole('button', { name: 'Submit as Pending' }).click();
    await page.getByRole('article', { name: /^Public reply from/ }).locator('strong', { hasText: 'Unplug it now' }).waitFor();
    await valueOf(properties.getByLabel('Status'), 'pending');

    step('Ann adds an internal note');
    await page.getByRole('radio', { name: 'Internal note' }).click();
    await page.getByRole('textbox', { name: 'Internal note' }).click();
    await page.keyboard.type('Secret: the fuser is a known bad batch.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('article', { name: /^Internal note from/ }).waitFor();
    await assertAccessible(page, 'ticket');
    await screenshots(page, 'ticket');

    step('Ann changes a property');
    await properties.getByLabel('Priority').selectOption('high');
    await page.getByText('High priority', { exact: true }).waitFor();

    step('Bob opens the same ticket in his own browser; Ann sees him there, and when he starts typing');
    const bobContext = await browser.newContext({ viewport: DESKTOP });
    const bobPage = await bobContext.newPage();
    bobPage.on('pageerror', (error) => console.error('page error (Bob):', error.message));
    await signIn(bobPage, base, bob.email, PASSWORD);
    await bobPage.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /Pending/ }).click();
    await bobPage.getByRole('row').filter({ hasText: subject }).getByRole('link', { name: subject }).click();
    await bobPage.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await page.getByText(`${bob.name} is also viewing`).waitFor({ timeout: 15_000 });
    await bobPage.getByRole('textbox', { name: 'Public reply' }).click();
    await bobPage.keyboard.type('Looking into this too');
    await page.getByText(`${bob.name} is typing a reply…`).waitFor({ timeout: 15_000 });
    await screenshots(page, 'ticket-presence');

    step('Bob changes the priority; Ann, changing the type, meets the conflict and applies hers as well');
    // Ann's ticket stream is cut (see above): she still holds the version she read when Bob writes.
    await bobPage.getByRole('region', { name: 'Properties' }).getByLabel('Priority').selectOption('urgent');
    await bobPage.getByText('Urgent priority', { exact: true }).waitFor();
    await properties.getByLabel('Type').selectOption('incident');
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone changed this ticket meanwhile' });
    await conflict.getByRole('list', { name: 'Changed meanwhile' }).getByText(/Priority/).waitFor();
    await screenshots(page, 'conflict');
    await conflict.getByRole('button', { name: /Apply mine/ }).click();
    await conflict.waitFor({ state: 'detached' });
    await page.getByText('Urgent priority', { exact: true }).waitFor();
    await valueOf(properties.getByLabel('Type'), 'incident');
    await page.unroute(ticketStream);
    await bobContext.close();

    step('Ann presses F5 on the ticket and stays signed in (the issuer\'s sign-in session still lives)');
    await page.reload();
    await heading.waitFor();
    if (new URL(page.url()).pathname.startsWith('/login')) throw new Error('a reload after sign-in landed on the login page');

    step('Ann looks at the ticket as it was before her reply');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Audit trail' }).getByRole('button', { name: /Show the ticket as it was at/ }).last().click();
    await page.getByRole('region', { name: 'Viewing the past' }).waitFor();
    await page.getByRole('tab', { name: /Conversation/ }).click();
    await page.getByRole('article', { name: /^Request from/ }).waitFor();
    if (await page.getByText('Unplug it now').count()) throw new Error('the past ticket shows the later reply');
    await assertAccessible(page, 'ticket as of');
    await screenshots(page, 'ticket-as-of');
    await page.getByRole('button', { name: 'Back to now' }).click();
    await page.getByText('Unplug it now').waitFor();

    step('Ann bulk-assigns three tickets to herself; one was changed meanwhile and conflicts');
    const bulkSubjects = [1, 2, 3].map((n) => `Bulk ${n} ${run}`);
    const bulkTickets = [];
    for (const bulkSubject of bulkSubjects) {
      bulkTickets.push(await api.post('/api/v1/tickets', { subject: bulkSubject, description: 'Bulk test', channel: 'web', requesterId: carla.id }));
    }
    // The queue's live stream cannot connect this time, so the queue keeps the version it read of a ticket that
    // another agent changes while Ann selects.
    await page.route('**/api/v1/stream/tickets**', (route) => route.abort());
    await page.goto(`${base}/views/all-open`);
    for (const bulkSubject of bulkSubjects) {
      await page.getByRole('row').filter({ hasText: bulkSubject }).getByRole('checkbox').check();
    }
    await api.patch(`/api/v1/tickets/${bulkTickets[1].id}`, { priority: 'low' });
    const bulk = page.getByRole('region', { name: 'Bulk changes' });
    await bulk.getByText('3 selected').waitFor();
    await bulk.getByLabel('Assignee').selectOption({ label: ann.name });
    await bulk.getByRole('button', { name: 'Apply to 3' }).click();
    const results = page.getByRole('dialog', { name: 'Bulk change results' });
    await results.getByText('2 of 3 applied.').waitFor();
    await results.getByRole('row', { name: new RegExp(bulkSubjects[1]) }).getByText(/Conflict/).waitFor();
    await results.getByRole('row', { name: new RegExp(bulkSubjects[0]) }).getByText('Applied').waitFor();
    await assertAccessible(page, 'bulk results');
    await screenshots(page, 'bulk-results');
    await page.keyboard.press('Escape');
    await page.unroute('**/api/v1/stream/tickets**');

    step('the customer signs in through the same login, lands in the portal and never sees the note');
    const carlaContext = await browser.newContext({ viewport: DESKTOP });
    const carlaPage = await carlaContext.newPage();
    await signIn(carlaPage, base, carla.email, PASSWORD);
    await carlaPage.getByRole('heading', { name: 'My requests' }).waitFor();
    await carlaPage.getByRole('radio', { name: 'All' }).click();
    await carlaPage.getByRole('link', { name: new RegExp(subject) }).click();
    await carlaPage.getByText('Unplug it now').waitFor();
    if (await carlaPage.getByText(/fuser/).count()) throw new Error('the customer sees the internal note');
    await assertAccessible(carlaPage, 'customer ticket');
    await screenshots(carlaPage, 'customer-ticket');
    await carlaContext.close();

    step('keyboard shortcuts overlay');
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await assertAccessible(page, 'shortcuts');
    await screenshots(page, 'shortcuts');
  } catch (error) {
    await keepFailureScreens(browser, 'failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('workspace end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
