// Required custom fields end to end, in a real Chromium against the real app: the console lists the flag, a customer
// on a phone sees the field marked required and cannot send without it, and an agent's solve is refused in the
// workspace with the field named by its label. The field stops being required and in use at the end, whatever
// happens, since the other scenarios share the database.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, PHONE, SCREENSHOTS, apiClient, assertAccessible, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Required-passw0rd!';

const person = peopleMaker(api, run, PASSWORD);

async function main() {
  step('a required, customer-visible dropdown; a customer and an agent with logins');
  const field = `tier_${run}`.replace(/[^a-z0-9_]/g, '_');
  const label = `Support tier ${run}`;
  await api.post('/api/v1/custom-fields', {
    key: field, label, type: 'dropdown', customerVisible: true, required: true,
    options: [{ key: 'basic', label: 'Basic' }, { key: 'premium', label: 'Premium' }],
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const cleo = await person('customer', `Cleo Required ${run}`, 'customer');
    const agent = await person('agent', `Rex Agent ${run}`, 'agent');

    step('the customer, on a phone, sees the field marked required and cannot send without it');
    const customerContext = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await customerContext.newPage();
    await signIn(page, base, cleo.email, PASSWORD);
    await page.goto(`${base}/portal/new`);
    await page.getByRole('heading', { name: 'New request' }).waitFor();
    await page.getByLabel('Subject').fill(`Cannot export ${run}`);
    await page.getByRole('textbox', { name: 'Description' }).click();
    await page.keyboard.type('The export button does nothing.');
    const tier = page.getByRole('combobox', { name: label });
    if ((await tier.getAttribute('aria-required')) !== 'true') throw new Error('the required field is not marked aria-required');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Please fill this in: it is required.').waitFor();
    if ((await tier.getAttribute('aria-invalid')) !== 'true') throw new Error('the missing field is not marked invalid');
    await assertAccessible(page, 'portal new request with a required field');
    await screenshots(page, 'required-portal-new', [['phone', PHONE], ['desktop', DESKTOP]]);
    await tier.selectOption('premium');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.waitForURL(/\/portal\/tickets\/[0-9a-f-]+$/);
    const ticketId = page.url().split('/').at(-1);

    step('an agent opens a ticket without the field, and solving it in the workspace is refused by label');
    const other = await api.post('/api/v1/tickets', { subject: `No tier yet ${run}`, description: 'Agents may open it without the field.', requesterId: cleo.id, assigneeId: agent.id });
    const agentContext = await browser.newContext({ viewport: DESKTOP });
    const desk = await agentContext.newPage();
    await signIn(desk, base, agent.email, PASSWORD);
    await desk.goto(`${base}/tickets/${other.id}`);
    const properties = desk.getByRole('region', { name: 'Properties' });
    await properties.getByLabel(`${label} (required to solve)`).waitFor();
    await properties.getByLabel('Status').selectOption('solved');
    await properties.getByText(`Fill in ${label} first`).waitFor();
    await assertAccessible(desk, 'workspace with a refused solve');
    await screenshots(desk, 'required-workspace-refused');
    await properties.getByRole('button', { name: 'Try again' }).click();
    await properties.getByLabel(`${label} (required to solve)`).selectOption('basic');
    await properties.getByLabel('Status').selectOption('solved');
    for (let tries = 0; tries < 100; tries += 1) {
      if ((await api.get(`/api/v1/tickets/${other.id}`)).status.category === 'solved') break;
      if (tries === 99) throw new Error('the ticket was not solved once the field had a value');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const customerTicket = await api.get(`/api/v1/tickets/${ticketId}`);
    if (customerTicket.customFields?.[field]?.[0] !== 'premium') throw new Error(`the customer's value was not kept: ${JSON.stringify(customerTicket.customFields)}`);

    step('the console lists the flag');
    const adminContext = await browser.newContext({ viewport: DESKTOP });
    const console_ = await adminContext.newPage();
    const admin = await person('agent', `Ada Admin ${run}`, 'admin');
    await signIn(console_, base, admin.email, PASSWORD);
    await console_.goto(`${base}/admin/fields`);
    await console_.getByRole('row').filter({ hasText: label }).filter({ hasText: 'required' }).waitFor();
    await screenshots(console_, 'required-console-fields');
  } catch (error) {
    for (const [index, context] of browser.contexts().entries()) {
      for (const open of context.pages()) {
        await open.screenshot({ path: `${SCREENSHOTS}/required-failure-${index}.png` }).catch(() => undefined);
      }
    }
    throw error;
  } finally {
    await api.patch(`/api/v1/custom-fields/${field}`, { required: false, active: false }).catch((error) => console.error(error));
    await browser.close();
  }
  console.log('required end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
