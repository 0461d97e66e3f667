// The agent workspace's timings in a real Chromium (issue 9's performance figures), against a running app that holds
// a large data set (bench/run's `web` benchmark starts it on the 100k-ticket set and runs this script).
//
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), TRIES (default 20),
// CHROMIUM (default /usr/bin/chromium). Prints one line per figure and, last, `RESULT {json}` for the bench report.
//
// What is measured (wall clock in this process, around Playwright's actions):
// - cold: a full page load of a view (document, scripts, silent sign-in, queue request) until its first row shows;
// - view switch: a click on another view in the sidebar until that view's first row shows;
// - ticket open: a click on a ticket's subject in the queue until the ticket view is fully rendered (heading, every
//   message of its conversation, the properties panel);
// - live change: another agent's change (a PATCH through the API) until the row on this agent's open queue shows it.
import { chromium } from 'playwright-core';
import { apiClient, CHROMIUM_ARGS, DESKTOP, signIn } from '../e2e/support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const key = process.env.AUTOCRM_API_KEY ?? '';
const api = apiClient(base, key);
const tries = Number(process.env.TRIES ?? 20);
const run = Date.now().toString(36);
const PASSWORD = 'perf-Workspace-passw0rd!';

async function agentWithLogin(name) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${run}@perf.example`;
  const created = await api.post('/api/v1/agents', { name, email });
  await api.post('/api/v1/users', { id: created.id, role: 'agent', password: PASSWORD });
  return { id: created.id, email };
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (v) => Math.round(v * 10) / 10;
  return { count: sorted.length, p50_ms: round(at(50)), p90_ms: round(at(90)), max_ms: round(sorted.at(-1)), samples_ms: samples.map(round) };
}

function print(name, figures) {
  console.log(`  ${name.padEnd(14)} p50 ${String(figures.p50_ms).padStart(7)} ms  p90 ${String(figures.p90_ms).padStart(7)} ms  max ${String(figures.max_ms).padStart(7)} ms  (n=${figures.count})`);
}

const firstRow = (page) => page.locator('[role="row"][data-ticket-id]').first();

async function openView(page, name) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
  await firstRow(page).waitFor();
}

/** Waits until the ticket view shows the ticket's heading, all its messages and its properties. */
async function ticketRendered(page, number, messages) {
  await page.waitForFunction(
    ([n, count]) => {
      const heading = document.querySelector('h1');
      const details = document.querySelector('aside[aria-label="Ticket details"] select, aside[aria-label="Ticket details"] [role="button"]');
      return heading?.textContent?.includes(`#${n}`) && document.querySelectorAll('article').length >= count && details !== null;
    },
    [number, messages],
    { polling: 'raf', timeout: 30_000 },
  );
}

async function main() {
  const ann = await agentWithLogin(`Perf Ann ${run}`);
  const bob = await agentWithLogin(`Perf Bob ${run}`);
  const total = await api.get('/api/v1/tickets/count?category=new&category=open');
  console.log(`workspace timings against ${base} (${JSON.stringify(total)} open tickets), ${tries} tries each`);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const result = {};
  try {
    const annPage = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await signIn(annPage, base, ann.email, PASSWORD);
    await openView(annPage, 'All open');

    // Warm the browser's cache and the server's code paths once, as a working agent's would be.
    await annPage.goto(`${base}/views/all-open`);
    await firstRow(annPage).waitFor();

    const cold = [];
    for (let i = 0; i < Math.min(tries, 10); i += 1) {
      const start = performance.now();
      await annPage.goto(`${base}/views/all-open`);
      await firstRow(annPage).waitFor();
      cold.push(performance.now() - start);
    }
    result.first_rows_full_load = summary(cold);
    print('full load', result.first_rows_full_load);

    const switches = [];
    for (let i = 0; i < tries; i += 1) {
      const view = i % 2 === 0 ? 'Pending' : 'All open';
      const start = performance.now();
      await openView(annPage, view);
      switches.push(performance.now() - start);
    }
    result.first_rows_view_switch = summary(switches);
    print('view switch', result.first_rows_view_switch);

    const opens = [];
    await openView(annPage, 'All open');
    for (let i = 0; i < tries; i += 1) {
      const row = annPage.locator('[role="row"][data-ticket-id]').nth(i);
      const id = await row.getAttribute('data-ticket-id');
      const ticket = await api.get(`/api/v1/tickets/${id}`);
      const start = performance.now();
      await row.getByRole('link').first().click();
      await ticketRendered(annPage, ticket.number, ticket.messages.length);
      opens.push(performance.now() - start);
      await annPage.goBack();
      await annPage.getByRole('heading', { name: 'All open', exact: true }).waitFor();
      await firstRow(annPage).waitFor();
    }
    result.ticket_open = summary(opens);
    print('ticket open', result.ticket_open);

    const bobPage = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await signIn(bobPage, base, bob.email, PASSWORD);
    await openView(bobPage, 'All open');
    await bobPage.getByText('Live', { exact: true }).waitFor();
    const changes = [];
    for (let i = 0; i < tries; i += 1) {
      const id = await bobPage.locator('[role="row"][data-ticket-id]').nth(i % 10).getAttribute('data-ticket-id');
      const ticket = await api.get(`/api/v1/tickets/${id}`);
      const priority = ticket.priority === 'urgent' ? 'low' : 'urgent';
      const start = performance.now();
      await api.patch(`/api/v1/tickets/${id}`, { priority }, { 'If-Match': `"${ticket.version}"` });
      await bobPage.waitForFunction(
        ([ticketId, label]) => document.querySelector(`[role="row"][data-ticket-id="${ticketId}"]`)?.textContent?.toLowerCase().includes(label),
        [id, priority],
        { polling: 'raf', timeout: 30_000 },
      );
      changes.push(performance.now() - start);
    }
    result.other_agents_change = summary(changes);
    print('live change', result.other_agents_change);
  } finally {
    await browser.close();
  }
  console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
