// Files on messages end to end in a real Chromium against the real app: an agent attaches a picture and a text file to
// a public reply through the file picker, drops a file on an internal note, and sees a file over the size limit
// refused with the server's reason; the customer sees the reply's picture (served through its signed link) and file in
// the portal but never the note's file, pastes a screenshot into a reply (a pasted text stays text), and the agent
// sees it arrive. Scanned by axe and shot at desktop and phone width.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, assertNoSidewaysScroll, DESKTOP, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const api = apiClient(base, process.env.AUTOCRM_API_KEY ?? '');
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Files-passw0rd!';
const PHONE = { width: 390, height: 844 };
const SIZES = [['desktop', DESKTOP], ['phone', PHONE]];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of the given size: a diagonal gradient from one colour to another, so a thumbnail shows something. */
function png(width, height, from, to) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const t = (x / width + y / height) / 2;
      const offset = y * (width * 3 + 1) + 1 + x * 3;
      for (let channel = 0; channel < 3; channel += 1) rows[offset + channel] = Math.round(from[channel] + (to[channel] - from[channel]) * t);
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Waits until the picture of that name has loaded from its signed link (a broken link loads nothing: width 0). */
async function pictureLoads(scope, name) {
  const image = scope.getByRole('img', { name, exact: true });
  await image.waitFor();
  await image.scrollIntoViewIfNeeded();
  await image.evaluate((img) => (img.complete ? undefined : new Promise((resolve) => img.addEventListener('load', resolve, { once: true }))));
  const width = await image.evaluate((img) => img.naturalWidth);
  if (!(width > 0)) throw new Error(`the picture ${name} did not load (naturalWidth ${width})`);
}

/** Files chosen through the composer's "Attach files" button, as a person picks them in the system's dialog. */
async function attach(page, scope, files) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles(files);
}

/** Waits until every chosen file is uploaded (no chip says "Uploading…" any more). */
async function uploadsSettle(scope) {
  const list = scope.getByRole('list', { name: 'Files to send' });
  await list.waitFor();
  for (let tries = 0; tries < 200 && (await list.getByText('Uploading…').count()) > 0; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if ((await list.getByText('Uploading…').count()) > 0) throw new Error('an upload never finished');
}

/** Hands the focused element a paste event, as the browser does on Ctrl+V: a file (base64) or a text. */
async function paste(page, content) {
  await page.evaluate(({ name, type, base64, text }) => {
    const data = new DataTransfer();
    if (text !== undefined) data.setData('text/plain', text);
    if (base64 !== undefined) data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }));
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, content);
}

/** Drops a file on an element, with the drag that comes before it (the drop target shows while it is over). */
async function drop(page, target, { name, type, text }) {
  const transfer = await page.evaluateHandle(({ name, type, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type }));
    return data;
  }, { name, type, text });
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByText('Drop files to attach them').waitFor();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

async function main() {
  const person = peopleMaker(api, run, PASSWORD);
  step('a customer with a login, an agent, and the customer\'s ticket');
  const agent = await person('agent', `Ada Files ${run}`, 'agent');
  const customer = await person('customer', `Cora Files ${run}`, 'customer');
  const subject = `Scanner draws stripes ${run}`;
  const ticket = await api.post('/api/v1/tickets', { subject, description: 'Every scan has grey stripes.', requesterId: customer.id });

  const picture = { name: `test-page-${run}.png`, mimeType: 'image/png', buffer: png(320, 200, [29, 78, 216], [224, 180, 0]) };
  const settings = { name: `scanner-settings-${run}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Resolution: 300 dpi\nColour: off\nRun: ${run}\n`) };
  const secret = `vendor-case-${run}.txt`;
  const screenshot = `pasted-${run}.png`;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    page.on('pageerror', (error) => console.error('page error (agent):', error.message));

    step('the agent attaches a picture and a text file to a public reply and sends it');
    await signIn(page, base, agent.email, PASSWORD);
    await page.goto(`${base}/tickets/${ticket.id}`);
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    const composer = page.getByRole('region', { name: 'Composer' });
    await composer.getByRole('textbox', { name: 'Public reply' }).click();
    await page.keyboard.type('Here is a clean test page and the settings to use.');
    await attach(page, composer, [picture, settings]);
    await composer.getByRole('button', { name: `Remove ${picture.name}` }).waitFor();
    await composer.getByRole('button', { name: `Remove ${settings.name}` }).waitFor();
    await uploadsSettle(composer);
    const chips = await composer.getByRole('list', { name: 'Files to send' }).innerText();
    if (!/\d+(\.\d)? KB/.test(chips) || !chips.includes('bytes')) throw new Error(`the chips do not show human sizes: ${chips}`);
    await screenshots(page, 'attachments-composer', SIZES);
    await composer.getByRole('button', { name: 'Send reply' }).click();
    const reply = page.getByRole('article', { name: `Public reply from ${agent.name}` });
    await pictureLoads(reply, picture.name);
    const download = reply.getByRole('link', { name: `Download ${settings.name}` });
    await download.waitFor();
    await composer.getByRole('list', { name: 'Files to send' }).waitFor({ state: 'detached' });
    const served = await page.request.get(base + (await download.getAttribute('href')));
    if (!served.ok() || (await served.text()) !== settings.buffer.toString()) throw new Error(`the file's signed link answered ${served.status()}`);

    step('a file over the limit is refused with the server\'s reason, and can be removed');
    await attach(page, composer, [{ name: `scan-archive-${run}.zip`, mimeType: 'application/zip', buffer: Buffer.alloc(25.5 * 1024 * 1024) }]);
    const refusal = composer.getByRole('alert').filter({ hasText: 'Not attached' });
    await refusal.waitFor({ timeout: 30_000 });
    // 25 MB in the default run; the tests run with smaller limits, where the body limit answers first.
    if (!/larger than [0-9.]+ MB/.test(await refusal.innerText())) throw new Error(`the refusal does not say why: ${await refusal.innerText()}`);
    await composer.getByRole('button', { name: `Remove scan-archive-${run}.zip` }).click();
    await composer.getByRole('list', { name: 'Files to send' }).waitFor({ state: 'detached' });

    step('the agent drops a file on an internal note');
    await composer.getByRole('radio', { name: 'Internal note' }).click();
    const noteEditor = composer.getByRole('textbox', { name: 'Internal note' });
    await noteEditor.click();
    await page.keyboard.type('The vendor case is attached; do not share it.');
    await drop(page, noteEditor, { name: secret, type: 'text/plain', text: `Vendor case ${run}: known firmware bug.` });
    await uploadsSettle(composer);
    await composer.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByRole('article', { name: `Internal note from ${agent.name}` });
    await note.getByRole('link', { name: `Download ${secret}` }).waitFor();
    await assertAccessible(page, 'ticket with files');
    await screenshots(page, 'attachments-ticket', SIZES);

    step('the customer sees the reply\'s picture and file in the portal, and not the note\'s file');
    const portal = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
    portal.on('pageerror', (error) => console.error('page error (customer):', error.message));
    await signIn(portal, base, customer.email, PASSWORD);
    await portal.goto(`${base}/portal/tickets/${ticket.id}`);
    await portal.getByRole('heading', { name: subject }).waitFor();
    const conversation = portal.getByRole('list', { name: 'Conversation' });
    await pictureLoads(conversation, picture.name);
    await conversation.getByRole('link', { name: `Download ${settings.name}` }).waitFor();
    const shown = await portal.locator('main').innerText();
    if (shown.includes(secret) || shown.includes('vendor case is attached')) throw new Error('the customer sees the internal note or its file');
    if ((await portal.locator(`a[href*="${encodeURIComponent(secret)}"], a[href*="${secret}"]`).count()) > 0) throw new Error('the page links the internal note\'s file');
    await assertNoSidewaysScroll(portal, 'the portal');
    await assertAccessible(portal, 'portal request with files');

    step('the customer pastes text and a screenshot into a reply and sends it');
    await portal.getByRole('textbox', { name: 'Your reply' }).click();
    await paste(portal, { text: 'Stripes again, see the screenshot.' });
    await portal.getByRole('textbox', { name: 'Your reply' }).getByText('Stripes again, see the screenshot.').waitFor();
    await paste(portal, { name: screenshot, type: 'image/png', base64: png(240, 160, [20, 108, 46], [238, 240, 243]).toString('base64') });
    await portal.getByRole('button', { name: `Remove ${screenshot}` }).waitFor();
    await uploadsSettle(portal.getByRole('form', { name: 'Reply' }));
    if ((await portal.getByRole('textbox', { name: 'Your reply' }).innerText()).includes(screenshot)) throw new Error('the pasted file went into the text');
    await screenshots(portal, 'attachments-portal-reply', SIZES);
    await portal.getByRole('button', { name: 'Send reply' }).click();
    await portal.getByText('Your reply was sent.').waitFor();
    await pictureLoads(conversation, screenshot);
    await screenshots(portal, 'attachments-portal', SIZES);

    step('the agent sees the customer\'s screenshot arrive');
    const message = page.getByRole('article', { name: `Customer message from ${customer.name}` });
    await message.getByText('Stripes again, see the screenshot.').waitFor({ timeout: 20_000 });
    await pictureLoads(message, screenshot);
    const detail = await api.get(`/api/v1/tickets/${ticket.id}`);
    const names = detail.messages.flatMap((m) => (m.attachments ?? []).map((a) => `${m.kind}:${a.name}`));
    for (const expected of [`public-reply:${picture.name}`, `public-reply:${settings.name}`, `internal-note:${secret}`, `customer-message:${screenshot}`]) {
      if (!names.includes(expected)) throw new Error(`the ticket lacks ${expected}: ${names.join(', ')}`);
    }
  } catch (error) {
    await keepFailureScreens(browser, 'attachments-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('attachments end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
