// SLA policies end to end, in a real Chromium against the real app (issue 11): an admin sees the policy in the console's
// SLA screen; an agent sees the ticket's next SLA target as a badge in the queue (and filters on it), and the ticket's
// SLA timeline move live: started, paused because pending, resumed, fulfilled by a public reply. Accessibility scans
// and screenshots (desktop, tablet and phone; light and dark) of each screen.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, SCREENSHOTS, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Sla-passw0rd!';
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

async function main() {
  step('an admin, an agent, a customer; a policy for tickets tagged for this run; a ticket it measures');
  const ada = await person('agent', `Ada Sla ${run}`, 'admin');
  const ann = await person('agent', `Ann Sla ${run}`, 'agent');
  const carla = await person('customer', `Carla Sla ${run}`, 'customer');
  const tag = `sla-${run}`;
  const policyName = `E2E SLA ${run}`;
  // A calendar of its own, so the policy's calendar select has one to offer on an installation without any.
  await api.post('/api/v1/calendars', {
    name: `SLA hours ${run}`, timeZone: 'Europe/London', weeklyHours: { monday: ['09:00-17:00'] }, holidays: [],
  });
  await api.post('/api/v1/sla-policies', {
    name: policyName, position: 0, conditions: { all: [{ field: 'tags', operator: 'includes-any', values: [tag] }] },
    targets: [
      { priority: 'normal', metric: 'first-reply-time', minutes: 240, businessHours: false },
      { priority: 'normal', metric: 'agent-work-time', minutes: 480, businessHours: false },
    ],
  });
  const ticket = await api.post('/api/v1/tickets', {
    subject: `Invoices missing ${run}`, description: 'No invoice since March.', requesterId: carla.id, tags: [tag],
  });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const adminContext = await browser.newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    step('Ada opens the console\'s SLA policies and finds the policy with its version');
    await signIn(admin, base, ada.email, PASSWORD);
    await admin.goto(`${base}/admin/sla`);
    await admin.getByRole('heading', { name: 'SLA policies' }).first().waitFor();
    const list = admin.getByRole('list', { name: 'SLA policies' });
    await list.getByText(policyName).waitFor();
    await admin.getByRole('button', { name: `Edit ${policyName}` }).click();
    const form = admin.getByRole('form', { name: `Edit ${policyName}` });
    await form.getByLabel('First reply, normal, minutes').waitFor();
    step('the policy\'s condition shows in the shared conditions editor, its calendar as the helpdesk\'s default hours');
    if (await form.getByLabel('Field (all 1)').inputValue() !== 'tags') throw new Error('the condition\'s field is not Tags');
    if (await form.getByLabel('Operator (all 1)').inputValue() !== 'includes-any') throw new Error('the condition\'s operator is not includes-any');
    if (await form.getByLabel('Values (all 1)').inputValue() !== tag) throw new Error('the condition\'s value is not the run\'s tag');
    const calendar = form.getByRole('combobox', { name: 'Business-hours calendar' });
    if (await calendar.inputValue() !== '') throw new Error('the policy does not show the helpdesk\'s default hours');
    await calendar.locator('option').nth(1).waitFor({ state: 'attached' });
    await form.getByRole('button', { name: 'Add condition (any)' }).waitFor();
    await assertAccessible(admin, 'SLA policies');
    await allScreenshots(admin, 'sla-console');
    await adminContext.close();

    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error (Ann):', error.message));
    step('Ann sees the ticket\'s next SLA target in the queue');
    await signIn(page, base, ann.email, PASSWORD);
    await page.getByRole('link', { name: /All open/ }).click();
    await page.getByRole('heading', { name: /All open/ }).waitFor();
    await page.getByLabel('Tag', { exact: true }).fill(tag);
    const row = page.getByRole('row').filter({ hasText: `Invoices missing ${run}` });
    await row.getByText(/1st reply · \d+h/).waitFor({ timeout: 20_000 });
    await page.getByLabel('SLA', { exact: true }).selectOption('due-soon');
    await page.getByText(`Invoices missing ${run}`).waitFor({ state: 'detached' });
    await page.getByLabel('SLA', { exact: true }).selectOption('');
    await row.waitFor();
    await assertAccessible(page, 'queue with SLA badges');
    await allScreenshots(page, 'sla-queue');

    step('Ann opens the ticket: its SLA timeline moves live as it goes pending, back to open, and is answered');
    await row.getByText(`Invoices missing ${run}`).click();
    const sla = page.locator('section[aria-labelledby="sla-title"]');
    await sla.getByText(`Policy: ${policyName} (version 1)`).waitFor({ timeout: 20_000 });
    const agentWork = page.getByRole('list', { name: 'Agent work timeline' });
    await agentWork.getByText(/Started \(New\), due/).waitFor();
    let version = (await api.get(`/api/v1/tickets/${ticket.id}`)).version;
    await api.patch(`/api/v1/tickets/${ticket.id}`, { assigneeId: ann.id, status: 'pending' }, { 'If-Match': `"${version}"` });
    await agentWork.getByText('Paused because pending').waitFor({ timeout: 20_000 });
    version = (await api.get(`/api/v1/tickets/${ticket.id}`)).version;
    await api.patch(`/api/v1/tickets/${ticket.id}`, { status: 'open' }, { 'If-Match': `"${version}"` });
    await agentWork.getByText(/Resumed \(Open\), due/).waitFor({ timeout: 20_000 });
    await api.post(`/api/v1/tickets/${ticket.id}/messages`, { kind: 'public-reply', body: 'Here they are.', authorId: ann.id });
    await page.getByRole('list', { name: 'First reply timeline' }).getByText(`Fulfilled by a public reply by ${ann.name}`).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText(`via SLA policy ${policyName}`).first().waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: /Conversation/ }).click();
    await assertAccessible(page, 'ticket with SLA timeline');
    const panel = page.locator('section[aria-labelledby="sla-title"]');
    await panel.scrollIntoViewIfNeeded();
    for (const theme of ['light', 'dark']) {
      await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
      await page.waitForTimeout(150);
      await panel.screenshot({ path: join(SCREENSHOTS, `sla-ticket-panel-${theme}.png`) });
    }
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await allScreenshots(page, 'sla-ticket');
    await context.close();
  } catch (error) {
    await keepFailureScreens(browser, 'sla-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('sla end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
