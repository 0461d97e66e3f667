// Helpers of the end-to-end scenario: the API as an admin key sees it, sign-in through the real login page,
// accessibility scans and screenshots.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';

export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DESKTOP = { width: 1440, height: 900 };
export const TABLET = { width: 820, height: 1100 };
export const PHONE = { width: 360, height: 780 };

export function apiClient(base, key) {
  async function call(method, path, body, headers = {}) {
    const response = await fetch(base + path, {
      method,
      headers: { Authorization: `Bearer ${key}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    }
    return text ? JSON.parse(text) : null;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body, headers) => call('POST', path, body, headers),
    patch: (path, body, headers) => call('PATCH', path, body, headers),
    put: (path, body, headers) => call('PUT', path, body, headers),
  };
}

/**
 * Makes people with logins through the API: `person('agent' | 'customer', name, role)` registers the agent or customer
 * with an email unique to this run and gives them a login with `password`.
 */
export function peopleMaker(api, run, password) {
  return async function person(kind, name, role) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${run}@e2e.example`;
    const created = await api.post(kind === 'agent' ? '/api/v1/agents' : '/api/v1/customers', { name, email });
    await api.post('/api/v1/users', { id: created.id, role, password });
    return { id: created.id, name, email };
  };
}

/** Keeps what each open page of the browser showed when a scenario failed, as `<prefix>-<n>.png`. */
export async function keepFailureScreens(browser, prefix) {
  let index = 0;
  for (const context of browser.contexts()) {
    for (const open of context.pages()) {
      index += 1;
      console.error(`failure page ${index}: ${open.url()}`);
      await open.screenshot({ path: join(SCREENSHOTS, `${prefix}-${index}.png`) }).catch(() => undefined);
    }
  }
}

/** Signs in through AutoCRM's own login page, as a person would, starting from the app. */
export async function signIn(page, base, email, password) {
  await page.goto(base + '/');
  await page.waitForURL(/\/login/);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && !url.pathname.startsWith('/auth/callback') && !url.pathname.startsWith('/oauth2'));
}

/** Fails on any serious or critical axe violation of the current screen. */
export async function assertAccessible(page, screen) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const lines = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
    throw new Error(`Accessibility violations on ${screen}:\n  ${lines.join('\n  ')}`);
  }
  console.log(`axe: ${screen}: no serious or critical violations (${results.violations.length} minor)`);
}

/** Saves the current screen in light and dark, at desktop and tablet widths (or the sizes given, as [name, viewport]). */
export async function screenshots(page, name, sizes = [['desktop', DESKTOP], ['tablet', TABLET]]) {
  const size = page.viewportSize();
  for (const [width, viewport] of sizes) {
    await page.setViewportSize(viewport);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark');
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${theme}.png`) });
    }
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  if (size) await page.setViewportSize(size);
}

/** Fails when the page scrolls sideways at its current width; `what` names it in the error ("the ticket"). */
export async function assertNoSidewaysScroll(page, what) {
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (sideways > 0) throw new Error(`${what} scrolls sideways at ${page.viewportSize()?.width} px (${sideways} px)`);
}

/** Hands a raw mail to AutoCRM as a mail provider's webhook does (the key needs mail:inbound); answers its record. */
export async function receiveMail(base, key, raw) {
  const response = await fetch(`${base}/api/v1/mail/inbound`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'message/rfc822', Accept: 'application/json' },
    body: raw.replace(/\n/g, '\r\n'),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`inbound mail answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

export function step(title) {
  console.log(`— ${title}`);
}
