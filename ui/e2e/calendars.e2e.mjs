// Calendars end to end, in a real Chromium against the real app (issue 11's calendars): an admin creates a calendar
// with a searchable time zone and a holiday, previews when a target of business hours falls due across the holiday and
// a weekend, assigns the calendar as a team's coverage, and is told why it cannot then be deleted. The screen is
// scanned by axe and shot at desktop (light and dark) and phone width.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { apiClient, assertAccessible, CHROMIUM_ARGS, DESKTOP, keepFailureScreens, peopleMaker, SCREENSHOTS, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Calendars-passw0rd!';
const PHONE = { width: 390, height: 844 };
const person = peopleMaker(api, run, PASSWORD);

/** Desktop (light and dark) and phone (390 px) shots of the current screen: calendars-<name>-*.png. */
async function shoot(page, name) {
  for (const [width, viewport, themes] of [['desktop', DESKTOP, ['light', 'dark']], ['phone', PHONE, ['light', 'dark']]]) {
    await page.setViewportSize(viewport);
    for (const theme of themes) {
      await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SCREENSHOTS, `calendars-${name}-${width}-${theme}.png`), fullPage: true });
      if (theme === 'dark') await assertAccessible(page, `calendars ${name} (${width}, dark)`);
    }
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await page.setViewportSize(DESKTOP);
}

async function main() {
  step('an admin with a login, and a team to cover');
  const ada = await person('agent', 'Ada Calendars', 'admin');
  const teamName = `Night owls ${run}`;
  const team = await api.post('/api/v1/teams', { name: teamName });
  const calendarName = `Berlin office ${run}`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    // The preview's start is typed in the browser's local time: UTC here, so the expected instants are fixed.
    const context = await browser.newContext({ viewport: DESKTOP, timezoneId: 'UTC' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));

    step('Ada opens Calendars and schedules from the console');
    await signIn(page, base, ada.email, PASSWORD);
    await page.goto(base + '/admin/agents');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Calendars and schedules' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendars and schedules' }).waitFor();
    // The list, or its empty state on an installation without calendars.
    await page.getByRole('list', { name: 'Calendars' }).or(page.getByText('No calendars yet')).first().waitFor();
    await assertAccessible(page, 'calendars list');

    step('Ada creates a calendar in Berlin time, Monday to Friday 09:00-17:00, closed on Christmas Day');
    await page.getByRole('button', { name: 'New calendar' }).click();
    const editor = page.getByRole('region', { name: 'New calendar' });
    await editor.getByLabel('Calendar name').fill(calendarName);
    const zone = editor.getByRole('combobox', { name: 'Time zone' });
    await zone.fill('berl');
    await page.getByRole('option', { name: 'Europe/Berlin' }).click();
    await editor.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await editor.getByRole('button', { name: 'Remove Saturday 09:00–17:00' }).click();
    await editor.getByLabel('Holiday date').fill('2026-12-25');
    await editor.getByLabel('Holiday name').fill('Christmas Day');
    await editor.getByRole('button', { name: 'Add holiday' }).click();
    await editor.getByRole('list', { name: 'Holidays' }).getByText('Christmas Day').waitFor();
    await assertAccessible(page, 'calendar editor');
    await shoot(page, 'editor');
    await editor.getByRole('button', { name: 'Create calendar' }).click();
    await editor.waitFor({ state: 'detached' });
    const item = page.getByRole('list', { name: 'Calendars' }).getByRole('listitem').filter({ hasText: calendarName });
    await item.getByText('Europe/Berlin · Mon–Fri 09:00-17:00 · 1 holiday').waitFor();
    const calendar = (await api.get('/api/v1/calendars')).items.find((c) => c.name === calendarName);

    step('Ada previews 4 business hours from Thursday 24 December 14:00 UTC: Christmas and the weekend are skipped');
    const preview = page.getByRole('region', { name: 'Preview a calendar' });
    await preview.getByLabel('Calendar').selectOption({ label: calendarName });
    await preview.getByLabel('Start (your local time)').fill('2026-12-24T14:00');
    await preview.getByLabel('Target in business hours').fill('4');
    await preview.getByRole('button', { name: 'Preview' }).click();
    const result = preview.getByLabel('Preview result');
    await result.getByText('Mon, 28 Dec 2026, 11:00 CET').waitFor();
    await result.getByText('Christmas Day (2026-12-25)').waitFor();

    step('Ada makes it the coverage hours of a team');
    const coverage = page.getByRole('region', { name: 'Teams’ coverage' });
    await coverage.getByLabel(`Coverage of ${teamName}`, { exact: true }).selectOption({ label: calendarName });
    await coverage.getByRole('button', { name: `Save coverage of ${teamName}` }).click();
    for (let i = 0; i < 50; i += 1) {
      if ((await api.get(`/api/v1/teams/${team.id}/coverage`)).coverageCalendarId === calendar.id) break;
      if (i === 49) throw new Error('the team\'s coverage was not saved');
      await page.waitForTimeout(100);
    }
    await item.getByText('used by 0 agents and 1 team').waitFor();
    await shoot(page, 'screen');

    step('deleting it is refused while the team uses it, and says why');
    await item.getByRole('button', { name: `Delete ${calendarName}` }).click();
    await item.getByRole('button', { name: `Confirm deleting ${calendarName}` }).click();
    await item.getByRole('alert').filter({ hasText: 'calendar-in-use' }).waitFor();
    await item.getByRole('alert').filter({ hasText: teamName }).waitFor();
    await assertAccessible(page, 'calendar in use');
  } catch (error) {
    await keepFailureScreens(browser, 'calendars-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('calendars end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
