// The e-mail channel end to end in a real Chromium against the real app: mails arrive through the inbound webhook
// (a customer's HTML mail with a script in it, an out-of-office reply, a mail without a sender); the agent sees the
// new ticket came by mail, answers it in the composer and sees the reply mailed; the admin finds every mail in the
// console's Mail screen with what became of it (the auto-reply ignored, the broken one quarantined, the reply sent),
// scanned by axe and shot at desktop and phone width.
// Environment: AUTOCRM_URL (the app), AUTOCRM_API_KEY (an admin API key), CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DESKTOP, apiClient, assertAccessible, keepFailureScreens, peopleMaker, screenshots, receiveMail, signIn, step } from './support.mjs';

const base = (process.env.AUTOCRM_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const key = process.env.AUTOCRM_API_KEY ?? '';
const api = apiClient(base, key);
const run = Date.now().toString(36);
const PASSWORD = 'e2e-Mail-passw0rd!';
const PHONE = { width: 390, height: 844 };

const receive = (raw) => receiveMail(base, key, raw);

async function main() {
  const person = peopleMaker(api, run, PASSWORD);
  step('mail arrives: a customer with a question, an auto-reply, a mail without a sender');
  const subject = `Printer jams ${run}`;
  const opened = await receive(`From: Marie Mail <marie.${run}@e2e.example>
To: support@autocrm.localhost
Subject: ${subject}
Message-ID: <q.${run}@e2e.example>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8

<p>The printer <b>jams</b> on every page.</p><script>alert('x')</script>
`);
  if (opened.state !== 'ticket-created') throw new Error(`the question: ${JSON.stringify(opened)}`);
  const ignored = await receive(`From: bot.${run}@e2e.example
To: support@autocrm.localhost
Subject: Out of office ${run}
Message-ID: <ooo.${run}@e2e.example>
Auto-Submitted: auto-replied

Away until Monday.
`);
  if (ignored.state !== 'ignored') throw new Error(`the auto-reply: ${JSON.stringify(ignored)}`);
  const broken = await receive(`To: support@autocrm.localhost
Subject: Nobody ${run}

No sender at all.
`);
  if (broken.state !== 'quarantined') throw new Error(`the broken mail: ${JSON.stringify(broken)}`);
  const grace = await person('agent', `Grace Mail ${run}`, 'agent');
  const ada = await person('agent', `Ada Mail ${run}`, 'admin');

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));

    step('the agent sees the ticket came by mail, answers it, and sees the answer mailed');
    await signIn(page, base, grace.email, PASSWORD);
    await page.goto(`${base}/tickets/${opened.ticketId}`);
    await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await page.getByText('By e-mail · no earlier mail or ticket named: a new ticket').waitFor();
    await page.getByRole('button', { name: 'Original mail' }).waitFor();
    if (await page.locator('script', { hasText: "alert('x')" }).count() > 0) throw new Error('the script reached the page');
    await page.getByRole('textbox', { name: 'Public reply' }).click();
    await page.keyboard.type('Please clean the rollers.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('article', { name: /^Public reply from/ }).getByText('Please clean the rollers.').waitFor();
    await page.getByText(new RegExp(`E-mailed to marie\\.${run}@e2e\\.example · sent`)).waitFor({ timeout: 20_000 });
    await assertAccessible(page, 'ticket with mail');
    await screenshots(page, 'mail-ticket', [['desktop', DESKTOP], ['phone', PHONE]]);

    step('the admin reads the mail log: received, ignored, quarantined, sent');
    const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await signIn(admin, base, ada.email, PASSWORD);
    await admin.goto(`${base}/admin/mail`);
    await admin.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    const received = admin.getByRole('region', { name: 'Received mail' });
    await received.getByText(subject).waitFor();
    await received.getByText(`Out of office ${run}`).waitFor();
    await received.getByText(`Nobody ${run}`).waitFor();
    await assertAccessible(admin, 'console mail');
    await screenshots(admin, 'mail-console', [['desktop', DESKTOP], ['phone', PHONE]]);
    await admin.getByLabel('State', { exact: true }).selectOption('quarantined');
    await received.getByText('it names no sender (From)').first().waitFor();
    if (await received.getByText(subject).count() > 0) throw new Error('the filter kept a mail that is not quarantined');
    await admin.getByRole('tab', { name: 'Sent' }).click();
    const sent = admin.getByRole('region', { name: 'Sent mail' });
    await sent.getByText(`Re: ${subject}`).first().waitFor();
    await assertAccessible(admin, 'console mail sent');
    await screenshots(admin, 'mail-console-sent', [['desktop', DESKTOP], ['phone', PHONE]]);
  } catch (error) {
    await keepFailureScreens(browser, 'mail-failure');
    throw error;
  } finally {
    await browser.close();
  }
  console.log('mail end-to-end: passed');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
