// Side conversations end to end, in a real Chromium against the real app: an agent opens a customer's ticket, starts a
// side conversation with a vendor from its "Side conversations" tab (an empty form is refused field by field), the
// mail leaves through the outbox, the vendor's answer comes back by mail (the inbound webhook, threaded by
// In-Reply-To) into the thread and shows up live, the agent writes again and closes the thread; the public
// conversation never shows any of it. Scanned by axe and shot at 1366 and 390 px, light and dark.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, assertNoSidewaysScroll, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, receiveMail, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const key = process.env.AUTOCRM_API_KEY ?? '';
const api = apiClient(base, key);
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Side-passw0rd!';
const SIZES = [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]];

/** Waits until the side message's mail was sent; answers its Message-ID. */
async function sentMail(ticketId, messageId) {
  for (let tries = 0; tries < 120; tries += 1) {
    const mail = await api.get(`/api/v1/tickets/${ticketId}/mail`);
    const sent = (mail.sent ?? []).find((m) => m.messageId === messageId);
    if (sent?.state === 'sent') return sent.messageIdHeader;
    if (sent?.state === 'failed' || sent?.state === 'cancelled') throw new Error(`the side mail was ${sent.state}: ${sent.lastError}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the side mail was not sent within 30 s');
}

const receive = (raw) => receiveMail(base, key, raw);

async function main() {
  const person = peopleMaker(api, run, PASSWORD);
  step('an agent, a customer and the customer\'s ticket');
  const agent = await person('agent', `Ada Sides ${run}`, 'agent');
  const customer = await api.post('/api/v1/customers', { name: `Cleo Sides ${run}`, email: `cleo.sides.${run}@e2e.example` });
  const subject = `Cracked screen on delivery ${run}`;
  const ticket = await api.post('/api/v1/tickets', { subject, description: 'The screen arrived cracked.', requesterId: customer.id });
  const vendor = `parts-${run}@vendor.example`;
  const topic = `Replacement screen for order ${run}`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await signIn(page, base, agent.email, PASSWORD);
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();

    step('the Side conversations tab is empty; an empty form is refused field by field');
    await page.getByRole('tab', { name: 'Side conversations (0)' }).click();
    const panel = page.getByRole('region', { name: 'Side conversations' });
    await panel.getByText('No side conversations yet.').waitFor();
    await assertAccessible(page, 'no side conversations');
    await panel.getByRole('button', { name: 'New side conversation' }).click();
    const form = panel.getByRole('form', { name: 'New side conversation' });
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Name at least one address.').waitFor();
    if ((await form.getByLabel('To').getAttribute('aria-invalid')) !== 'true') throw new Error('the empty To field is not marked invalid');

    step('the agent asks the vendor; the thread appears, open, and the mail leaves');
    await form.getByLabel('To').fill(vendor);
    await form.getByLabel('Subject').fill(topic);
    await form.getByLabel('Message').fill(`Can you send a replacement screen for order ${run}?`);
    await assertAccessible(page, 'side conversation form');
    await screenshots(page, 'side-conversations-form', SIZES);
    await form.getByRole('button', { name: 'Send' }).click();
    await form.waitFor({ state: 'detached' });
    const thread = panel.getByRole('article', { name: `Side conversation: ${topic}` });
    await thread.getByText(`Can you send a replacement screen for order ${run}?`).waitFor();
    await thread.getByText('Open', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Side conversations (1)' }).waitFor();
    const detail = await api.get(`/api/v1/tickets/${ticket.id}`);
    const asked = detail.sideConversations?.[0]?.messages?.[0];
    if (!asked || asked.to?.[0]?.email !== vendor) throw new Error(`the ticket's side conversation is ${JSON.stringify(detail.sideConversations)}`);
    const header = await sentMail(ticket.id, asked.id);

    step('the vendor answers by mail; the answer shows up in the thread by itself');
    const answered = await receive(`From: Parts Desk <${vendor}>
To: support@autocrm.localhost
Subject: Re: ${topic}
Message-ID: <answer.${run}@vendor.example>
In-Reply-To: <${header}>
References: <${header}>

A new screen ships tomorrow, tracking follows. ${run}

On Monday Support wrote:
> Can you send a replacement screen?
`);
    if (answered.state !== 'side-message-added') throw new Error(`the vendor's answer became ${answered.state}: ${answered.reason}`);
    await thread.getByText(`A new screen ships tomorrow, tracking follows. ${run}`).waitFor({ timeout: 20_000 });
    await thread.getByText('answered by mail').waitFor();

    step('the agent writes again in the thread, then closes it');
    await thread.getByLabel('Write in this side conversation').fill('Thank you, we will tell the customer.');
    await thread.getByRole('button', { name: 'Send' }).click();
    await thread.getByText('Thank you, we will tell the customer.').waitFor();
    await page.waitForFunction((label) => [...document.querySelectorAll('textarea')].some((box) => box.labels?.[0]?.textContent === label && box.value === ''),
      'Write in this side conversation', { timeout: 5_000 }).catch(() => { throw new Error('the sent text stays in the box'); });
    await assertAccessible(page, 'side conversation thread');
    await screenshots(page, 'side-conversations-thread', SIZES);
    await thread.getByRole('button', { name: 'Close' }).click();
    await thread.getByText('Closed', { exact: true }).waitFor();
    await thread.getByLabel('Write to open it again').waitFor();

    step('the public conversation has none of it');
    await page.getByRole('tab', { name: /^Conversation/ }).click();
    const conversation = page.getByRole('list', { name: 'Conversation' });
    await conversation.getByText('The screen arrived cracked.').waitFor();
    if ((await conversation.getByText(/new screen ships|replacement screen/).count()) > 0) throw new Error('the side thread leaked into the conversation');

    step('at phone width the thread fits without scrolling sideways');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Side conversations (1)' }).click();
    await thread.scrollIntoViewIfNeeded();
    await assertNoSidewaysScroll(page, 'the ticket');
    await screenshots(page, 'side-conversations-closed', SIZES.slice(1));
    console.log('side-conversations end-to-end: passed');
  } catch (error) {
    await keepFailureScreens(browser, 'side-conversations-failure');
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
