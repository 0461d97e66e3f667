// The agent workspace with the keyboard only, and on a phone (issue 9's quality bar), in a real Chromium against the
// real app. After signing in, every action here is a key press: no click, no mouse.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, SCREENSHOTS, apiClient, assertAccessible, keepFailureScreens, peopleMaker, step } from './support.mjs';
import { join } from 'node:path';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Keyboard-passw0rd!';
const PHONE = { width: 390, height: 844 };

const person = peopleMaker(api, run, PASSWORD);

/** Presses Tab until the focused element matches, as a keyboard user looks for a control. */
async function tabTo(page, matches, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached the control (${matches})`);
}

async function shot(page, name) {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${theme}.png`) });
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

async function main() {
  const kim = await person('agent', `Kim Keys ${run}`, 'agent');
  const dora = await person('customer', `Dora Requester ${run}`, 'customer');
  const subject = `Keyboard only ${run}`;
  const ticket = await api.post('/api/v1/tickets', { subject, description: 'Please help without a mouse.', channel: 'web', requesterId: dora.id });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));

    step('Kim signs in with the keyboard');
    await page.goto(base + '/');
    await page.waitForURL(/\/login/);
    await page.keyboard.type(kim.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login') && !url.pathname.startsWith('/auth/callback') && !url.pathname.startsWith('/oauth2'));

    step('3 opens "All open"; j moves down the queue to the ticket; Enter opens it');
    await page.getByRole('heading', { name: 'My open tickets' }).or(page.getByRole('heading', { name: 'All open' })).first().waitFor();
    await page.keyboard.press('3');
    await page.getByRole('heading', { name: 'All open', exact: true }).waitFor();
    const rows = page.locator('[role="row"][data-ticket-id]');
    await rows.first().waitFor();
    const index = await rows.evaluateAll((all, id) => all.findIndex((row) => row.getAttribute('data-ticket-id') === id), ticket.id);
    if (index < 0) throw new Error('the new ticket is not in the All open queue');
    for (let i = 0; i < index; i += 1) await page.keyboard.press('j');
    await page.locator(`[role="row"][data-ticket-id="${ticket.id}"][aria-current="true"]`).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();

    step('a assigns it to Kim; r opens the reply; Ctrl+Enter sends it');
    await page.keyboard.press('a');
    await page.getByRole('region', { name: 'Properties' }).getByLabel('Assignee').locator('option:checked', { hasText: kim.name }).waitFor({ state: 'attached' });
    await page.keyboard.press('r');
    await page.getByRole('textbox', { name: 'Public reply' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true');
    await page.keyboard.type('Typed without a mouse.');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('article', { name: /^Public reply from/ }).filter({ hasText: 'Typed without a mouse.' }).waitFor();

    step('n writes an internal note the same way');
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true');
    await page.keyboard.type('Note by keyboard.');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('article', { name: /^Internal note from/ }).filter({ hasText: 'Note by keyboard.' }).waitFor();

    step('s focuses the status; arrow keys choose pending');
    await page.keyboard.press('Escape');
    await page.locator('body').press('s');
    const status = page.getByRole('region', { name: 'Properties' }).getByLabel('Status');
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    await status.press('ArrowDown');
    await status.selectOption('pending');
    await page.getByText(/^Pending$/).first().waitFor();

    step('h shows the history; ? lists the shortcuts; Escape closes them');
    await page.locator('body').press('h');
    await page.getByRole('list', { name: 'Audit trail' }).waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' });

    step('on a phone: the views fold into a menu, reachable with Tab and Enter');
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/views/all-open`);
    await rows.first().waitFor();
    const views = page.getByRole('navigation', { name: 'Views' });
    if (await views.isVisible()) throw new Error('on a phone the views should start folded');
    await assertAccessible(page, 'queue (phone)');
    await shot(page, 'queue-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) throw new Error(`the phone layout overflows the screen by ${overflow} px`);
    await tabTo(page, () => document.activeElement?.textContent?.includes('Views') && document.activeElement?.getAttribute('aria-expanded') === 'false');
    await page.keyboard.press('Enter');
    await views.waitFor();
    await assertAccessible(page, 'views menu (phone)');
    await shot(page, 'views-menu-phone');
    await tabTo(page, () => document.activeElement?.textContent?.startsWith('Pending') ?? false);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pending', exact: true }).waitFor();
    await views.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: subject }).waitFor();
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await assertAccessible(page, 'ticket (phone)');
    await shot(page, 'ticket-phone');
  } catch (error) {
    await keepFailureScreens(browser, 'keyboard-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('keyboard end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
