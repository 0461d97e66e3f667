// Participants (CCs) end to end, in a real Chromium against the real app: an agent opens a customer's ticket, adds an
// address as a participant through the ticket's panel (Enter) and a second one (the Add button), sees both listed and
// the ticket's detail agree, removes the first and sees it gone, and is shown the server's reason for an address it
// refuses. Scanned by axe and shot at 1366 and 390 px, light and dark.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, assertNoSidewaysScroll, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Participants-passw0rd!';
const SIZES = [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]];

/** The addresses the ticket's detail lists as participants, as the API answers them. */
async function participantEmails(ticketId) {
  const detail = await api.get(`/api/v1/tickets/${ticketId}`);
  return (detail.participants ?? []).map((participant) => participant.email);
}

/** Waits until the element is gone, failing at once with the panel's message when the server refused the removal. */
async function removed(element, message) {
  for (let tries = 0; tries < 150; tries += 1) {
    if ((await element.count()) === 0) return;
    const said = (await message.innerText()).trim();
    if (said) throw new Error(`the removal was refused: ${said}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the participant is still listed after 15 s');
}

async function main() {
  const person = peopleMaker(api, run, PASSWORD);
  step('an agent, a customer and the customer\'s ticket');
  const agent = await person('agent', `Ada Copies ${run}`, 'agent');
  const customer = await api.post('/api/v1/customers', { name: `Cora Copies ${run}`, email: `cora.copies.${run}@e2e.example` });
  const subject = `Invoice sent to the wrong department ${run}`;
  const ticket = await api.post('/api/v1/tickets', { subject, description: 'Please copy our accounts team in.', requesterId: customer.id });
  const first = `cc-${run}@example.com`;
  const second = `accounts-${run}@example.com`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, base, agent.email, PASSWORD);
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    const panel = page.getByRole('region', { name: 'Participants (CC)' });
    const field = panel.getByRole('textbox', { name: 'Add by email' });
    const listed = (address) => panel.getByRole('list', { name: 'Participants' }).getByText(address, { exact: true });
    const message = panel.locator('[aria-live="polite"]');

    step('the agent adds an address with Enter and another with the Add button; both are listed');
    await panel.getByText('No one in CC.').waitFor();
    await field.fill(first);
    await field.press('Enter');
    await listed(first).waitFor();
    if ((await field.inputValue()) !== '') throw new Error('the field keeps the added address');
    await field.fill(second);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await listed(second).waitFor();
    const stored = await participantEmails(ticket.id);
    if (!stored.includes(first) || !stored.includes(second)) throw new Error(`the ticket lists ${stored.join(', ')} as participants`);
    await panel.scrollIntoViewIfNeeded();
    await assertAccessible(page, 'ticket with participants');
    await screenshots(page, 'participants', SIZES);

    step('the agent removes the first; it is gone from the panel and the ticket');
    await panel.getByRole('button', { name: `Remove cc-${run} from CC` }).click();
    await removed(listed(first), message);
    await listed(second).waitFor();
    if ((await participantEmails(ticket.id)).includes(first)) throw new Error('the removed participant is still on the ticket');

    step('an address the server refuses is shown with its reason, and stays in the field');
    await field.fill('not an address');
    await field.press('Enter');
    await message.getByText(/email/i).waitFor();
    const reason = await message.innerText();
    if (!/well-formed email address|must be an email address/.test(reason)) throw new Error(`the panel says "${reason}", not the server's reason`);
    if ((await field.getAttribute('aria-invalid')) !== 'true') throw new Error('the refused field is not marked invalid');
    if ((await field.inputValue()) !== 'not an address') throw new Error('the refused address was cleared');
    await assertAccessible(page, 'participants with a refused address');

    step('at phone width the panel stacks under the conversation without scrolling sideways');
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    await assertNoSidewaysScroll(page, 'the ticket');
    await screenshots(page, 'participants-refused', SIZES.slice(1));
    console.log('participants end-to-end: passed');
  } catch (error) {
    await keepFailureScreens(browser, 'participants-failure');
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
