// The assignment engine end to end, in a real Chromium against the real app (issue 11): an agent in a least-busy team
// goes online with the switch in the workspace header, a ticket created by API into the team is assigned to her at
// once, and its history says which team's method assigned it and why; she goes away and the next ticket waits in the
// team's queue until she is back. An admin sees the teams, skills and agents screens. Accessibility scans and
// screenshots (desktop, tablet and phone, light and dark).
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, SCREENSHOTS, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Assign-passw0rd!';
const PHONE = { width: 390, height: 844 };

const person = peopleMaker(api, run, PASSWORD);

/** The screen at phone width too, light and dark (the shared helper covers desktop and tablet). */
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

async function main() {
  step('a least-busy team with one agent (offline), an admin, a customer');
  const team = await api.post('/api/v1/teams', { name: `Assign ${run}` });
  const grace = await person('agent', `Grace Assign ${run}`, 'agent');
  const ada = await person('agent', `Ada Assign ${run}`, 'admin');
  const customer = await person('customer', `Carla Waiting ${run}`, 'customer');
  await api.patch(`/api/v1/teams/${team.id}`, { focus: `Invoices and refunds ${run}`, memberIds: [grace.id] });
  const ticketFor = (subject, priority = 'normal') => api.post('/api/v1/tickets', {
    subject: `${subject} ${run}`, description: 'Charged twice this month.', channel: 'email', requesterId: customer.id,
    teamId: team.id, priority,
  });
  const assigneeOf = async (id) => (await api.get(`/api/v1/tickets/${id}`)).assignee?.id ?? null;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error (Grace):', error.message));

    step('Grace signs in: she is offline, and a ticket for her team waits');
    await signIn(page, base, grace.email, PASSWORD);
    const status = page.getByRole('combobox', { name: /Your status/ });
    await status.waitFor();
    if ((await status.inputValue()) !== 'offline') throw new Error(`a new agent starts offline, not ${await status.inputValue()}`);
    const first = await ticketFor('Invoice charged twice');
    await page.waitForTimeout(1500);
    if (await assigneeOf(first.id)) throw new Error('an offline agent was given a ticket');

    step('Grace goes online with the header switch (keyboard): the waiting ticket is hers');
    await status.focus();
    await status.selectOption('online');
    await until(async () => (await assigneeOf(first.id)) === grace.id, 'the waiting ticket to be assigned to Grace');
    await assertAccessible(page, 'workspace with the status switch');
    await allScreenshots(page, 'assignment-status-online');

    step('the ticket\'s history says which team\'s method assigned it, and why');
    await page.goto(`${base}/tickets/${first.id}`);
    await page.getByRole('heading', { name: new RegExp(`Invoice charged twice ${run}`) }).waitFor();
    await page.getByRole('tab', { name: 'History' }).click();
    const trail = page.getByRole('list', { name: 'Audit trail' });
    await trail.getByText(`by Assign ${run}: least busy`).first().waitFor();
    await trail.getByText(/^Why: fewest open tickets: 0/).waitFor();
    await assertAccessible(page, 'history with the assignment');
    await allScreenshots(page, 'assignment-history');

    step('Grace goes away: the next ticket waits in the queue until she is back online');
    await page.getByRole('combobox', { name: /Your status/ }).selectOption('away');
    await until(async () => (await api.get(`/api/v1/agents/${grace.id}`)).status === 'away', 'Grace away');
    const second = await ticketFor('Refund missing', 'urgent');
    await page.waitForTimeout(1500);
    if (await assigneeOf(second.id)) throw new Error('an away agent was given a ticket');
    await page.getByRole('combobox', { name: /Your status/ }).selectOption('online');
    await until(async () => (await assigneeOf(second.id)) === grace.id, 'the waiting ticket to be assigned when Grace is back');
    await context.close();

    step('Ada, an admin, sees the team (focus, method, members), the skills and the agents with their status');
    const adminContext = await browser.newContext({ viewport: DESKTOP });
    const admin = await adminContext.newPage();
    admin.on('pageerror', (error) => console.error('page error (Ada):', error.message));
    await signIn(admin, base, ada.email, PASSWORD);
    await admin.goto(`${base}/admin/teams`);
    const teams = admin.getByRole('list', { name: 'Teams' });
    await teams.getByText(`Invoices and refunds ${run}`).waitFor();
    await teams.getByText(new RegExp(`Members: Grace Assign ${run} \\(online\\)`)).waitFor();
    await assertAccessible(admin, 'console teams');
    await allScreenshots(admin, 'assignment-teams');
    await teams.getByRole('button', { name: `Edit Assign ${run}` }).click();
    await admin.getByLabel('Assignment method').selectOption('balanced');
    await admin.getByRole('button', { name: 'Save' }).click();
    await teams.getByText('Balanced').first().waitFor();
    await admin.getByRole('link', { name: 'Skills' }).click();
    await admin.getByRole('heading', { name: 'Skills' }).waitFor();
    await admin.getByRole('textbox', { name: 'Key' }).fill(`k-${run}`);
    await admin.getByRole('textbox', { name: 'Label', exact: true }).fill(`Skill ${run}`);
    await admin.getByRole('button', { name: 'Define skill' }).click();
    await admin.getByRole('list', { name: 'Skills' }).getByText(`Skill ${run}`).waitFor();
    await assertAccessible(admin, 'console skills');
    await allScreenshots(admin, 'assignment-skills');
    await admin.getByRole('link', { name: 'Agents' }).click();
    await admin.getByRole('heading', { name: 'Agents' }).waitFor();
    await admin.getByRole('button', { name: `Edit Grace Assign ${run}` }).click();
    await admin.getByLabel(`Skill ${run}`).selectOption('2');
    await admin.getByLabel('Capacity (open tickets at most)').fill('4');
    await admin.getByRole('button', { name: 'Save' }).click();
    await until(async () => (await api.get(`/api/v1/agents/${grace.id}`)).capacity === 4, 'the capacity saved');
    await assertAccessible(admin, 'console agents');
    await allScreenshots(admin, 'assignment-agents');
    await adminContext.close();
  } catch (error) {
    await keepFailureScreens(browser, 'assignment-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('assignment end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
