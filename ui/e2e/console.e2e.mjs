// The admin console end to end, in a real Chromium against the real app (issue 10's admin scenario): an admin signs in
// through the login page, creates a custom field, a team, a status and an API key (used at once with fetch, then
// revoked and refused), runs a rebuild and watches it finish; every console screen is scanned by axe and shot at
// desktop and phone width; an agent is told the console is not theirs.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { apiClient, assertAccessible, CHROMIUM_ARGS, DESKTOP, SCREENSHOTS, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Console-passw0rd!';
const PHONE = { width: 390, height: 844 };

async function person(name, role) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@e2e.example`;
  const created = await api.post('/api/v1/agents', { name, email });
  await api.post('/api/v1/users', { id: created.id, role, password: PASSWORD });
  return { id: created.id, name, email };
}

/** Desktop (light and dark) and phone (390 px) shots of the current console screen: console-<name>-*.png. */
async function shoot(page, name) {
  for (const [width, viewport, themes] of [['desktop', DESKTOP, ['light', 'dark']], ['phone', PHONE, ['light']]]) {
    await page.setViewportSize(viewport);
    for (const theme of themes) {
      await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SCREENSHOTS, `console-${name}-${width}-${theme}.png`), fullPage: width === 'phone' });
    }
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await page.setViewportSize(DESKTOP);
}

async function screen(page, path, heading, name) {
  await page.goto(base + path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('status').filter({ hasText: /Loading/ }).waitFor({ state: 'detached' }).catch(() => {});
  await assertAccessible(page, `console ${name}`);
  await shoot(page, name);
}

async function status(key) {
  const response = await fetch(`${base}/api/v1/tickets?limit=1`, { headers: { Authorization: `Bearer ${key}` } });
  return response.status;
}

async function main() {
  step('an admin and an agent with logins');
  const ada = await person(`Ada Admin ${run}`, 'admin');
  const grace = await person(`Grace Agent ${run}`, 'agent');
  const customer = await api.post('/api/v1/customers', { name: `Carla Customer ${run}`, email: `carla.${run}@e2e.example` });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error (Ada):', error.message));

    step('Ada signs in through the login page and opens the console from the workspace');
    await signIn(page, base, ada.email, PASSWORD);
    await page.getByRole('link', { name: 'Admin console' }).click();
    await page.waitForURL(/\/admin\/agents$/);
    const nav = page.getByRole('navigation', { name: 'Console' });
    await nav.waitFor();
    await screen(page, '/admin/agents', 'Agents', 'agents');

    step('Ada defines a dropdown custom field with two options, visible to customers');
    await nav.getByRole('link', { name: 'Custom fields' }).click();
    await page.getByRole('heading', { level: 1, name: 'Custom fields' }).waitFor();
    const fieldLabel = `Contract plan ${run}`;
    const form = page.getByRole('region', { name: 'Define a custom field' });
    await form.getByLabel('Label', { exact: true }).fill(fieldLabel);
    await form.getByLabel('Type').selectOption('dropdown');
    await form.getByLabel('Option 1 label').fill('Gold');
    await form.getByRole('button', { name: 'Add option' }).click();
    await form.getByLabel('Option 2 label').fill('Silver');
    await form.getByText('Customers see and fill it in').click();
    await form.getByRole('button', { name: 'Define field' }).click();
    await page.getByRole('row').filter({ hasText: fieldLabel }).filter({ hasText: 'customer-visible' }).waitFor();
    const fields = await api.get('/api/v1/custom-fields');
    const field = fields.find((f) => f.label === fieldLabel);
    if (!field || field.type !== 'dropdown' || field.options.map((o) => o.key).join() !== 'gold,silver' || !field.customerVisible) {
      throw new Error(`the field was not stored as defined: ${JSON.stringify(field)}`);
    }
    await assertAccessible(page, 'console custom fields');
    await shoot(page, 'custom-fields');

    step('Ada creates a team; a second team of the same name is refused beside the name field');
    await nav.getByRole('link', { name: 'Teams' }).click();
    const teamName = `Billing ${run}`;
    const teamField = page.getByLabel('Team name');
    await teamField.fill(teamName);
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.getByRole('list', { name: 'Teams' }).getByText(teamName).waitFor();
    await teamField.fill(teamName.toUpperCase());
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.locator('input[aria-invalid="true"]').waitFor();
    await page.getByText('A team with this name already exists.').waitFor();
    await assertAccessible(page, 'console teams (with a field error)');
    await shoot(page, 'teams');

    step('Ada defines a custom status mapped onto "pending"');
    await nav.getByRole('link', { name: 'Statuses' }).click();
    const statusKey = `waiting-on-vendor-${run}`;
    const statusForm = page.getByRole('region', { name: 'Define a status' });
    await statusForm.getByLabel('Label').fill(`Waiting on vendor ${run}`);
    await statusForm.getByLabel('Key').fill(statusKey);
    await statusForm.getByLabel('Category').selectOption('pending');
    await statusForm.getByRole('button', { name: 'Define status' }).click();
    await page.getByRole('row').filter({ hasText: statusKey }).filter({ hasText: 'Pending' }).waitFor();
    await assertAccessible(page, 'console statuses');
    await shoot(page, 'statuses');

    step('Ada issues an API key, which works at once, then revokes it and it is refused');
    await nav.getByRole('link', { name: 'API keys' }).click();
    const keyName = `Billing sync ${run}`;
    await page.getByLabel('Name').fill(keyName);
    await page.getByLabel('Requests per minute (optional)').fill('600');
    await page.getByRole('button', { name: 'Issue key' }).click();
    const issued = page.getByTestId('issued-key');
    await issued.waitFor();
    const key = (await issued.textContent()).trim();
    await assertAccessible(page, 'console API keys (key shown once)');
    await shoot(page, 'api-key-issued');
    const before = await status(key);
    if (before !== 200) throw new Error(`the new key should work at once, got ${before}`);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    if ((await page.getByTestId('issued-key').count()) !== 0) throw new Error('the key is still on screen');
    const keyRow = page.getByRole('row').filter({ hasText: keyName });
    await keyRow.getByText('600 requests/min').waitFor();
    await keyRow.getByRole('button', { name: `Revoke ${keyName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await keyRow.getByText('revoked').waitFor();
    const after = await status(key);
    if (after !== 401) throw new Error(`a revoked key must be refused with 401, got ${after}`);
    await shoot(page, 'api-keys');

    step('Ada rebuilds the read models after confirming, and watches the progress reach the end');
    await nav.getByRole('link', { name: 'Operations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Operations' }).waitFor();
    await page.getByText('Read models are up to date').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Rebuild read models…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nothing in the event store changes').waitFor();
    await assertAccessible(page, 'console rebuild confirmation');
    // Every value the progress bar takes during the replay, as the screen shows it.
    await page.evaluate(() => {
      window.consoleProgress = [];
      new MutationObserver(() => {
        const value = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
        if (value && window.consoleProgress.at(-1) !== value) window.consoleProgress.push(value);
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    const accepted = page.waitForResponse((response) => response.url().endsWith('/api/v1/admin/read-models/rebuild'));
    await dialog.getByRole('button', { name: 'Rebuild now' }).click();
    const answer = await accepted;
    if (answer.status() !== 202) throw new Error(`the rebuild was refused: ${answer.status()} ${await answer.text()}`);
    const progress = page.getByRole('progressbar', { name: 'Events replayed' });
    await page.getByText('Read models are up to date').waitFor({ timeout: 120_000 });
    if ((await progress.getAttribute('aria-valuenow')) !== '100') throw new Error('the progress bar did not reach 100%');
    const seen = await page.evaluate(() => window.consoleProgress);
    console.log(`progress bar during the rebuild: ${seen.join(' → ')} %`);
    if (!seen.some((value) => Number(value) < 100)) throw new Error('the progress bar never showed the replay starting over');
    await page.getByRole('row').filter({ hasText: 'up to date' }).first().waitFor();
    // The work engine's processors show apart, and the rebuild never replayed them.
    const engine = page.getByRole('region', { name: 'Work engine processors' });
    await engine.getByRole('row').filter({ hasText: 'Routing rules' }).waitFor();
    await engine.getByRole('row').filter({ hasText: 'Assignment' }).waitFor();
    if (await engine.getByText('replaying').count()) throw new Error('the rebuild replayed the work engine');
    await assertAccessible(page, 'console operations');
    await shoot(page, 'operations');

    step('every other console screen: axe and screenshots');
    await screen(page, '/admin/customers', 'Customers', 'customers');
    await screen(page, `/admin/customers/${customer.id}`, `Carla Customer ${run}`, 'customer-profile');
    await page.getByRole('button', { name: 'Erase personal data…' }).click();
    await page.getByRole('dialog').getByText('cannot be undone').waitFor();
    await assertAccessible(page, 'console erasure confirmation');
    await page.screenshot({ path: join(SCREENSHOTS, 'console-erasure-desktop-light.png') });
    await page.getByRole('button', { name: 'Keep the customer' }).click();
    await screen(page, '/admin/logins', 'Logins and roles', 'logins');
    await screen(page, '/admin/organisations', 'Organisations', 'organisations');
    await screen(page, '/admin/settings', 'Settings', 'settings');

    step('Grace, an agent, is told plainly that the console is for admins');
    const agentContext = await browser.newContext({ viewport: PHONE });
    const agentPage = await agentContext.newPage();
    await signIn(agentPage, base, grace.email, PASSWORD);
    await agentPage.goto(base + '/admin/teams');
    await agentPage.getByRole('heading', { name: 'Not allowed' }).waitFor();
    if ((await agentPage.getByRole('navigation', { name: 'Console' }).count()) !== 0) throw new Error('an agent sees the console');
    await assertAccessible(agentPage, 'console not allowed');
    await agentPage.screenshot({ path: join(SCREENSHOTS, 'console-not-allowed-phone-light.png') });
  } finally {
    await browser.close();
  }
  console.log('console end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
