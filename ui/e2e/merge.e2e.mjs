// Merge, undo and split end to end, in a real Chromium against the real app (issue 10's scenario): an agent merges
// two tickets of one customer, the customer's reply to the merged one lands on the survivor, and the merge is undone
// (the merged ticket's messages leave the survivor, the reply stays); then the agent splits a message off.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, apiClient, assertAccessible, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Merge-passw0rd!';

const person = peopleMaker(api, run, PASSWORD);

/** Polls the API until the check passes (the read model follows the write shortly after). */
async function eventually(what, check) {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never happened: ${what}`);
}

async function main() {
  step('an agent with a login, and a customer who wrote twice about the same printer');
  const mia = await person('agent', `Mia Merger ${run}`, 'agent');
  const dora = await person('customer', `Dora Double ${run}`, 'customer');
  const survivor = await api.post('/api/v1/tickets', { subject: `Printer jams ${run}`, description: 'The printer jams on every page.', channel: 'email', requesterId: dora.id });
  const merged = await api.post('/api/v1/tickets', { subject: `Printer still jams ${run}`, description: 'Writing again: it still jams.', channel: 'web', requesterId: dora.id });
  await api.post(`/api/v1/tickets/${merged.id}/messages`, { kind: 'internal-note', body: 'Duplicate of the first one.' });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, base, mia.email, PASSWORD);

    step(`Mia opens #${merged.number} and merges it into #${survivor.number}`);
    await page.goto(`${base}/tickets/${merged.id}`);
    await page.getByRole('heading', { name: new RegExp(`Printer still jams ${run}`) }).waitFor();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: `Merge #${merged.number} into another ticket` });
    await dialog.getByRole('searchbox', { name: 'Ticket to keep (number or subject)' }).fill(String(survivor.number));
    await dialog.getByRole('option', { name: new RegExp(`#${survivor.number} Printer jams`) }).click();
    await dialog.getByText(`#${merged.number} closes as merged and points to #${survivor.number}.`).waitFor();
    await assertAccessible(page, 'merge dialog');
    await screenshots(page, 'merge-dialog');
    await dialog.getByRole('button', { name: `Merge into #${survivor.number}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    const banner = page.getByRole('status').filter({ hasText: `Merged into #${survivor.number}` });
    await banner.waitFor();
    if ((await page.getByRole('textbox', { name: 'Public reply' }).count()) !== 0) {
      throw new Error('a merged ticket still offers the composer');
    }
    await assertAccessible(page, 'merged ticket');
    await screenshots(page, 'merge-merged-ticket');

    step('the customer replies to the merged ticket (by e-mail): the reply lands on the survivor');
    const reply = await api.post(`/api/v1/tickets/${merged.id}/messages`, { kind: 'customer-message', body: `Any news? ${run}` }, { 'X-AutoCRM-Channel': 'email' });
    if (reply.ticketId !== survivor.id || reply.forwardedFrom !== merged.id) {
      throw new Error(`the reply went to ${reply.ticketId}, forwarded from ${reply.forwardedFrom}`);
    }

    step(`#${survivor.number} shows the merged messages marked as from #${merged.number}, and the reply`);
    await banner.getByRole('link', { name: `#${survivor.number}` }).click();
    await page.getByRole('heading', { name: new RegExp(`Printer jams ${run}`) }).waitFor();
    const conversation = page.getByRole('list', { name: 'Conversation' });
    await conversation.getByRole('article', { name: new RegExp(`merged from #${merged.number}`) }).first().waitFor();
    await conversation.getByText(`Any news? ${run}`).waitFor();
    await page.getByText(`Merged into this ticket: #${merged.number}`).waitFor();
    await assertAccessible(page, 'survivor');
    await screenshots(page, 'merge-survivor');

    step(`Mia undoes the merge from #${merged.number}`);
    await page.goto(`${base}/tickets/${merged.id}`);
    await page.getByRole('button', { name: 'Undo merge' }).click();
    await page.getByRole('status').filter({ hasText: 'Merged into' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Merge into…' }).waitFor();
    await eventually('the merged ticket reopens', async () => (await api.get(`/api/v1/tickets/${merged.id}`)).status.category !== 'closed');

    step(`#${merged.number}'s messages left #${survivor.number}; the reply stayed`);
    await page.goto(`${base}/tickets/${survivor.id}`);
    await page.getByRole('heading', { name: new RegExp(`Printer jams ${run}`) }).waitFor();
    await conversation.getByText(`Any news? ${run}`).waitFor();
    if ((await conversation.getByRole('article', { name: /merged from #/ }).count()) !== 0) {
      throw new Error('the merged ticket\'s messages are still on the survivor after the undo');
    }
    const detail = await api.get(`/api/v1/tickets/${survivor.id}`);
    if (detail.messages.some((message) => message.origin) || (detail.links.mergedFrom ?? []).length !== 0) {
      throw new Error('the survivor still shows the merged ticket');
    }

    step('Mia splits the reply off into a new ticket');
    await page.getByRole('button', { name: 'Split…' }).click();
    const split = page.getByRole('dialog', { name: `Split messages off #${survivor.number}` });
    await split.locator('label').filter({ hasText: `Any news? ${run}` }).click();
    await split.getByRole('textbox', { name: /Subject of the new ticket/ }).fill(`Waiting for news ${run}`);
    await assertAccessible(page, 'split dialog');
    await screenshots(page, 'merge-split-dialog');
    await split.getByRole('button', { name: 'Split into a new ticket' }).click();
    await split.waitFor({ state: 'hidden' });
    await page.getByText(/Messages split off into #\d+/).waitFor();
    await conversation.getByRole('article', { name: /moved to #\d+/ }).waitFor();
    await assertAccessible(page, 'split source');
    await screenshots(page, 'merge-split-source');
    await context.close();
  } finally {
    await browser.close();
  }
  console.log('merge end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
