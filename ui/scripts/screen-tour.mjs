// Walks every screen of the web app on the demo data, as Ada (admin), Grace (agent) and Wile (customer), at 1366 px
// and 390 px wide, light and dark: a screenshot of each under ui/target/tour/, an axe scan of each, and a check that
// nothing scrolls the page sideways. Against a running app with demo data: AUTOCRM_URL=http://localhost:8080
// node scripts/screen-tour.mjs. Exits non-zero on a serious or critical axe violation or a sideways overflow.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, signIn } from '../e2e/support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const out = join(import.meta.dirname, '..', 'target', 'tour');
mkdirSync(out, { recursive: true });
const WIDTHS = [{ width: 1366, height: 860 }, { width: 390, height: 844 }];

const PEOPLE = [
  { name: 'ada', email: 'ada@autocrm.example', password: 'autocrm-demo-admin', routes: ['/admin/agents', '/admin/customers', '/admin/logins', '/admin/organisations', '/admin/teams', '/admin/skills', '/admin/calendars', '/admin/routing', '/admin/sla', '/admin/triggers', '/admin/automations', '/admin/audit-log', '/admin/statuses', '/admin/fields', '/admin/macros', '/admin/api-keys', '/admin/settings', '/admin/operations', '/admin/mail'] },
  { name: 'grace', email: 'grace@autocrm.example', password: 'autocrm-demo-agent', routes: ['/views/all-open', '/views/pending', 'first-ticket', '/macros'] },
  { name: 'wile', email: 'wile@acme.example', password: 'autocrm-demo-customer', routes: ['/portal', '/portal?scope=organisation', '/portal/new', 'first-request'] },
];

const problems = [];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const person of PEOPLE) {
    const page = await (await browser.newContext({ viewport: WIDTHS[0] })).newPage();
    page.on('pageerror', (error) => problems.push(`${person.name}: page error ${error.message}`));
    await signIn(page, base, person.email, person.password);
    for (const route of person.routes) {
      let path = route;
      if (route === 'first-ticket' || route === 'first-request') {
        await page.goto(base + (route === 'first-ticket' ? '/views/all-open' : '/portal'));
        const link = route === 'first-ticket' ? page.locator('[role="row"][data-ticket-id] a').first() : page.locator('main a[href^="/portal/tickets/"]').first();
        await link.waitFor();
        path = (await link.getAttribute('href')) ?? '/';
      }
      for (const viewport of WIDTHS) {
        await page.setViewportSize(viewport);
        await page.goto(base + path);
        // Live streams keep the network busy: wait for the page, then for its data to arrive.
        await page.waitForLoadState('load');
        await page.waitForTimeout(1200);
        const name = `${person.name}${path.replace(/[^a-z0-9]+/gi, '-')}-${viewport.width}`;
        for (const theme of ['light', 'dark']) {
          await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
          await page.waitForTimeout(150);
          await page.screenshot({ path: join(out, `${name}-${theme}.png`) });
          const results = await new AxeBuilder({ page }).analyze();
          for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
            problems.push(`${name} ${theme}: axe ${v.impact} ${v.id} (${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')})`);
          }
        }
        await page.evaluate(() => document.documentElement.classList.remove('dark'));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${name}: the page scrolls sideways by ${overflow} px`);
        console.log(`${name}: done`);
      }
    }
  }
} finally {
  await browser.close();
}
problems.forEach((problem) => console.log(`PROBLEM ${problem}`));
console.log(`screen tour: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
