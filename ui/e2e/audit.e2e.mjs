// The configuration history end to end, in a real Chromium against the real app (issue 11): an admin signs in, renames
// a team in the console, and finds the change in Admin → Audit log under their own name, with the old and the new name;
// the filters narrow the list to that team, and show the demo's own configuration as AutoCRM (demo); the screen is scanned by axe and shot at 1366 and 390 px, light and dark.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { apiClient, assertAccessible, CHROMIUM_ARGS, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Audit-passw0rd!';
const SIZES = [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]];

async function main() {
  step('an admin with a login, and a team to rename');
  const ada = await peopleMaker(api, run, PASSWORD)('agent', `Ada Auditor ${run}`, 'admin');
  const before = `Escalations ${run}`;
  const after = `Escalations desk ${run}`;
  const team = await api.post('/api/v1/teams', { name: before });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: SIZES[0][1] })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));

    step('Ada renames the team in the console');
    await signIn(page, base, ada.email, PASSWORD);
    await page.goto(`${base}/admin/teams`);
    await page.getByRole('button', { name: `Edit ${before}` }).click();
    const form = page.getByRole('form', { name: `Edit ${before}` });
    await form.getByLabel(`New name for ${before}`).fill(after);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('list', { name: 'Teams' }).getByText(after).waitFor();

    step('the audit log shows the rename by Ada, from the old name to the new');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const entry = page.getByRole('article', { name: `Team changed by ${ada.name}` }).filter({ hasText: team.id });
    await entry.waitFor();
    const oldName = await entry.locator('del').first().textContent();
    const newName = await entry.locator('ins').first().textContent();
    if (oldName !== before || newName !== after) {
      throw new Error(`expected ${before} → ${after}, the entry shows ${oldName} → ${newName}`);
    }

    step('filtering by what and by text keeps the entry; the demo seed shows as AutoCRM (demo)');
    await page.getByLabel('What').selectOption({ label: 'Team' });
    await page.getByLabel('Text').fill(team.id);
    const filtered = page.waitForResponse((response) => response.url().includes('/api/v1/audit-log?')
      && response.url().includes('kind=directory.team') && response.url().includes(`q=${team.id}`));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await filtered;
    await entry.waitFor();
    await page.getByRole('article', { name: `Team created by API key “bootstrap”` }).waitFor();
    const shown = await page.getByRole('article').count();
    if (shown !== 2) throw new Error(`expected the team's creation and rename, found ${shown} entries`);
    await assertAccessible(page, 'audit log');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('article').nth(2).waitFor();
    await page.getByLabel('Who').selectOption({ label: 'AutoCRM itself' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    // AutoCRM's own changes: the bootstrap API key at start, and the demo's seed when the demo is on.
    await page.getByRole('article', { name: /by AutoCRM/ }).first().waitFor();
    await assertAccessible(page, 'audit log, AutoCRM\'s own changes');
    await screenshots(page, 'audit-log', SIZES);
    console.log('audit end-to-end: passed');
  } catch (error) {
    await keepFailureScreens(browser, 'audit-failure');
    throw error;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
