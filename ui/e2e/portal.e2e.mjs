// The customer portal end to end, in a real Chromium on a phone-sized screen against the real app (issue 10).
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, PHONE, apiClient, assertAccessible, keepFailureScreens, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Portal-passw0rd!';
const SIZES = [['phone', PHONE], ['desktop', DESKTOP]];

async function customer(name, organisationId) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${run}@e2e.example`;
  const created = await api.post('/api/v1/customers', { name, email, ...(organisationId ? { organisationId } : {}) });
  await api.post('/api/v1/users', { id: created.id, role: 'customer', password: PASSWORD });
  return { id: created.id, name, email };
}

async function ticketOf(id) {
  return api.get(`/api/v1/tickets/${id}`);
}

/** Waits until the API says so (the read model follows the events). */
async function until(what, check) {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** Fails when the page shows any of these texts. */
async function showsNone(page, texts, what) {
  const body = await page.locator('main').innerText();
  for (const text of texts) {
    if (body.includes(text)) throw new Error(`the customer sees ${what}: "${text}"`);
  }
}

async function main() {
  step('two organisations, customers with logins, an agent, a customer-visible field and a hidden one');
  const acme = await api.post('/api/v1/organisations', { name: `Acme ${run}`, sharedTickets: true });
  const globex = await api.post('/api/v1/organisations', { name: `Globex ${run}`, sharedTickets: false });
  const cora = await customer(`Cora Customer ${run}`, acme.id);
  const eve = await customer(`Eve Colleague ${run}`, acme.id);
  const dan = await customer(`Dan Other ${run}`, globex.id);
  const agent = await api.post('/api/v1/agents', { name: `Ada Agent ${run}`, email: `ada.${run}@e2e.example` });
  // Assigned but silent: a reply shows its author's name, an assignment never shows.
  const assignee = await api.post('/api/v1/agents', { name: `Bo Assignee ${run}`, email: `bo.${run}@e2e.example` });
  const serial = `serial_${run}`.replace(/[^a-z0-9_]/g, '_');
  const hidden = `risk_${run}`.replace(/[^a-z0-9_]/g, '_');
  await api.post('/api/v1/custom-fields', { key: serial, label: `Serial number ${run}`, type: 'regex', pattern: 'SN-[0-9]{4}', customerVisible: true });
  await api.post('/api/v1/custom-fields', { key: hidden, label: `Churn risk ${run}`, type: 'text', customerVisible: false });
  await api.post('/api/v1/tickets', { subject: `Eve's toner question ${run}`, description: 'Which toner fits?', requesterId: eve.id });
  const closed = await api.post('/api/v1/tickets', { subject: `Old invoice question ${run}`, description: 'Where is my invoice?', requesterId: cora.id });
  await api.patch(`/api/v1/tickets/${closed.id}`, { assigneeId: agent.id, status: 'solved' }, { 'If-Match': `"${closed.version}"` });
  await until('the old ticket is solved', async () => (await ticketOf(closed.id)).status.category === 'solved');
  await api.patch(`/api/v1/tickets/${closed.id}`, { status: 'closed' }, { 'If-Match': `"${(await ticketOf(closed.id)).version}"` });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const coraContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await coraContext.newPage();
    page.on('pageerror', (error) => console.error('page error (Cora):', error.message));

    step('with customer sign-up on, the login page offers a new account and a password reset');
    const settings = await api.get('/api/v1/admin/settings');
    await api.patch('/api/v1/admin/settings', { customerSignup: true });
    try {
      await page.goto(`${base}/login`);
      await page.getByRole('link', { name: 'Create an account' }).waitFor();
      await page.getByRole('link', { name: 'Forgot your password?' }).waitFor();
    } finally {
      await api.patch('/api/v1/admin/settings', { customerSignup: settings.customerSignup ?? false });
    }
    await page.goto(`${base}/login`);
    await page.getByRole('link', { name: 'Forgot your password?' }).waitFor();
    if (!settings.customerSignup && (await page.getByRole('link', { name: 'Create an account' }).count())) {
      throw new Error('the login page offers sign-up while it is off');
    }

    step('Cora signs in on a 360 px phone through the login page and lands in the portal');
    await signIn(page, base, cora.email, PASSWORD);
    await page.waitForURL(/\/portal/);
    await page.getByRole('heading', { name: 'My requests' }).waitFor();
    const horizontal = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (horizontal > 0) throw new Error(`the portal scrolls sideways at 360 px (${horizontal} px)`);
    await assertAccessible(page, 'portal requests');
    await screenshots(page, 'portal-requests', SIZES);

    step("her organisation shares tickets: she sees Eve's request under My organisation");
    await page.getByRole('link', { name: 'My organisation' }).click();
    await page.getByRole('heading', { name: "My organisation's requests" }).waitFor();
    await page.getByRole('link', { name: new RegExp(`Eve's toner question ${run}`) }).waitFor();
    await assertAccessible(page, 'portal organisation requests');
    await screenshots(page, 'portal-organisation', SIZES);

    step('she opens a request with a custom field; the server refuses a bad value inline');
    await page.getByRole('link', { name: 'New request' }).first().click();
    await page.getByRole('heading', { name: 'New request' }).waitFor();
    const subject = `Printer smokes ${run}`;
    await page.getByLabel('Subject').fill(subject);
    await page.getByLabel(/What kind of request/).selectOption('incident');
    await page.getByRole('textbox', { name: 'Description' }).click();
    await page.keyboard.type('It smokes since this ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('morning');
    await page.keyboard.press('Control+b');
    const serialInput = page.getByRole('textbox', { name: `Serial number ${run}` });
    await serialInput.fill('12');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Expects a value matching its pattern.').waitFor();
    if ((await serialInput.getAttribute('aria-invalid')) !== 'true') throw new Error('the refused field is not marked invalid');
    await assertAccessible(page, 'portal new request (refused field)');
    await screenshots(page, 'portal-new-request-fields', SIZES);
    await page.locator('main > div').evaluate((scroller) => scroller.scrollTo(0, 0));
    await screenshots(page, 'portal-new-request', SIZES);

    step('she corrects it and sends; the first answer is lost, she sends again: one ticket (same Idempotency-Key)');
    await serialInput.fill('SN-1234');
    const keys = [];
    let lost = false;
    await page.route('**/api/v1/tickets', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      keys.push(route.request().headers()['idempotency-key']);
      if (!lost) {
        lost = true;
        await route.fetch(); // the server opens the ticket...
        return route.abort('connectionreset'); // ...but the answer never arrives
      }
      return route.fallback();
    });
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('AutoCRM cannot be reached; check your connection.').waitFor();
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { name: subject }).waitFor();
    await page.unroute('**/api/v1/tickets');
    if (keys.length !== 2 || keys[0] !== keys[1] || !keys[0]) throw new Error(`the retry did not repeat the Idempotency-Key: ${keys}`);
    const ticketId = new URL(page.url()).pathname.split('/').pop();
    const same = await api.get(`/api/v1/tickets?q=${encodeURIComponent(subject)}&limit=10`);
    if (same.items.length !== 1) throw new Error(`expected one ticket "${subject}", found ${same.items.length}`);
    const created = await ticketOf(ticketId);
    if (created.type !== 'incident' || created.customFields[serial]?.[0] !== 'SN-1234') throw new Error(`the ticket lacks its type or field: ${JSON.stringify(created)}`);
    await page.getByText('SN-1234').waitFor();
    await page.locator('strong', { hasText: 'morning' }).waitFor();

    step("an agent tags, prioritises, assigns, fills a hidden field and writes a note, then replies: the reply arrives live, nothing else shows");
    const note = `Secret: the fuser batch ${run} is bad`;
    const tag = `fuser-${run}`;
    let version = (await ticketOf(ticketId)).version;
    const changed = await api.patch(`/api/v1/tickets/${ticketId}`, { addTags: [tag], priority: 'urgent', assigneeId: assignee.id, customFields: { [hidden]: 'high churn risk' } }, { 'If-Match': `"${version}"` });
    version = changed.version;
    const noted = await api.post(`/api/v1/tickets/${ticketId}/messages`, { kind: 'internal-note', body: note, authorId: agent.id }, { 'If-Match': `"${version}"` });
    const reply = `Please unplug it ${run}; a technician is on the way.`;
    await api.post(`/api/v1/tickets/${ticketId}/messages`, { kind: 'public-reply', body: reply, authorId: agent.id }, { 'If-Match': `"${noted.version}"` });
    await page.getByText(reply).waitFor({ timeout: 15_000 });
    await showsNone(page, [note, 'fuser batch', tag, 'Urgent', 'urgent', assignee.name, `Churn risk ${run}`, 'high churn risk'], 'what is for agents only');
    await assertAccessible(page, 'portal request');
    await screenshots(page, 'portal-request', SIZES);

    step('the agent solves it; Cora is told replying reopens it, replies, and it is open again');
    await api.patch(`/api/v1/tickets/${ticketId}`, { status: 'solved' }, { 'If-Match': `"${(await ticketOf(ticketId)).version}"` });
    await page.getByText('This request is solved. Replying reopens it.').waitFor({ timeout: 15_000 });
    await screenshots(page, 'portal-request-solved', SIZES);
    await page.getByRole('textbox', { name: 'Your reply' }).click();
    await page.keyboard.type('It smokes again after the repair.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText('Your reply was sent and the request is open again.').waitFor();
    await page.getByText('It smokes again after the repair.').waitFor();
    await until('the ticket is reopened', async () => (await ticketOf(ticketId)).status.category === 'open');
    await page.getByText('In progress').first().waitFor({ timeout: 15_000 });
    await showsNone(page, [note, tag], 'what is for agents only');

    step('a closed request says so, and what writing does; writing opens a linked follow-up');
    await page.goto(`${base}/portal?status=solved`);
    await page.getByRole('link', { name: new RegExp(`Old invoice question ${run}`) }).click();
    await page.getByText('This request is closed.').waitFor();
    await assertAccessible(page, 'portal closed request');
    await screenshots(page, 'portal-request-closed', SIZES);
    await page.getByRole('textbox', { name: 'Your reply' }).click();
    await page.keyboard.type('I still cannot find that invoice.');
    await page.getByRole('button', { name: 'Send follow-up' }).click();
    await page.getByText('Your message opened this follow-up request').waitFor();
    const followUpId = new URL(page.url()).pathname.split('/').pop();
    if (followUpId === closed.id) throw new Error('the follow-up is the closed ticket');
    const followUp = await ticketOf(followUpId);
    if (!JSON.stringify(followUp.followUpOf ?? '').includes(closed.id)) throw new Error(`the follow-up does not point to the closed ticket: ${JSON.stringify(followUp.followUpOf)}`);
    if ((await ticketOf(closed.id)).status.category !== 'closed') throw new Error('the closed ticket changed');

    step("a ticket link meant for agents takes Cora to the same request in the portal");
    await page.goto(`${base}/tickets/${ticketId}`);
    await page.waitForURL(`${base}/portal/tickets/${ticketId}`);
    await page.getByRole('heading', { name: subject }).waitFor();
    await coraContext.close();

    step("Dan, of another organisation, never sees Cora's requests");
    const danContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const danPage = await danContext.newPage();
    await signIn(danPage, base, dan.email, PASSWORD);
    await danPage.getByRole('heading', { name: 'My requests' }).waitFor();
    await danPage.getByRole('radio', { name: 'All' }).click();
    await danPage.getByText('No requests yet').waitFor();
    if (await danPage.getByRole('link', { name: 'My organisation' }).count()) throw new Error('Dan sees an organisation tab for an organisation that does not share');
    await showsNone(danPage, [subject, `Old invoice question ${run}`, `Eve's toner question ${run}`], "another organisation's requests");
    await danPage.goto(`${base}/portal/tickets/${ticketId}`);
    await danPage.getByText('This request could not be loaded').waitFor();
    await showsNone(danPage, [subject, reply], "another organisation's request");
    await assertAccessible(danPage, 'portal request of someone else');
    await screenshots(danPage, 'portal-not-found', SIZES);
    await danContext.close();
  } catch (error) {
    await keepFailureScreens(browser, 'portal-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('portal end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
