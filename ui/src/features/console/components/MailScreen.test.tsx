import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordDownloads } from '@/test/downloads';
import { fakeApi, json } from '@/test/fakeApi';
import { withRouter } from '@/test/render';
import { MailScreen } from './MailScreen';

const TICKET = '6f1d2c3b-0000-4000-8000-000000000001';
const status = {
  enabled: true, address: 'support@autocrm.localhost', embedded: true,
  howToConnect: 'write to support@autocrm.localhost through SMTP 127.0.0.1:2525 (no sign-in, no TLS); read replies over IMAP 127.0.0.1:2143, user and password: your address',
  readsMailbox: true, lastRead: '2026-12-07T08:00:00Z', lastError: null, lastErrorAt: null,
  outbox: [{ state: 'failed', count: 1 }, { state: 'sent', count: 12 }],
  inbound: [{ state: 'ignored', count: 2 }, { state: 'ticket-created', count: 3 }],
};
const created = {
  id: 'r1', source: 'imap', state: 'ticket-created', reason: 'no earlier mail or ticket named: a new ticket', ticketId: TICKET,
  messageId: 'm1', sender: 'ann@example.com', subject: 'Printer on fire', sizeBytes: 2048, receivedAt: '2026-12-07T08:00:00Z',
};
const ignored = {
  id: 'r2', source: 'imap', state: 'ignored', reason: 'sent by a machine: auto-replied', ticketId: null, messageId: null,
  sender: 'bob@example.com', subject: 'Out of office', sizeBytes: 900, receivedAt: '2026-12-07T07:00:00Z',
};
const quarantined = {
  id: 'r3', source: 'webhook', state: 'quarantined', reason: 'no sender (From)', ticketId: null, messageId: null,
  sender: null, subject: null, sizeBytes: 120, receivedAt: '2026-12-06T07:00:00Z',
};
const reply = {
  id: 's1', kind: 'public-reply', ticketId: TICKET, messageId: 'm2', recipients: ['ann@example.com'], subject: 'Re: Printer on fire [#1042]',
  messageIdHeader: '<reply-m2@autocrm.localhost>', state: 'sent', attempts: 1, nextAttemptAt: null, lastError: null,
  createdAt: '2026-12-07T09:00:00Z', sentAt: '2026-12-07T09:00:02Z',
};
const failed = {
  id: 's2', kind: 'account', ticketId: null, messageId: null, recipients: ['carl@example.com'], subject: 'Confirm your address',
  messageIdHeader: null, state: 'failed', attempts: 12, nextAttemptAt: null, lastError: '550 5.1.1 mailbox unavailable',
  createdAt: '2026-12-05T09:00:00Z', sentAt: null,
};

let server: ReturnType<typeof fakeApi> | undefined;
let downloads: ReturnType<typeof recordDownloads>;
beforeEach(() => {
  downloads = recordDownloads();
});
afterEach(() => {
  server?.restore();
  downloads.restore();
});

describe('MailScreen', { timeout: 30_000 }, () => {
  it('shows the channel: the support address, how to reach the embedded server, the mailbox, mail per state', async () => {
    server = fakeApi({
      'GET /api/v1/admin/mail/status': () => status,
      'GET /api/v1/admin/mail/inbound': () => ({ items: [], nextCursor: null }),
    });
    withRouter(<MailScreen />);
    const channel = await screen.findByRole('region', { name: 'Mail channel' });
    expect(await within(channel).findByText('support@autocrm.localhost', { selector: 'dd' })).toBeInTheDocument();
    expect(channel).toHaveTextContent('AutoCRM runs its own mail server');
    const steps = within(channel).getAllByRole('listitem').filter((item) => item.closest('ul')?.getAttribute('aria-label') === null);
    expect(steps.map((step) => step.textContent)).toEqual([
      'Write to support@autocrm.localhost through SMTP 127.0.0.1:2525 (no sign-in, no TLS)',
      'Read replies over IMAP 127.0.0.1:2143, user and password: your address',
    ]);
    expect(within(steps[0]!).getByText('127.0.0.1:2525').tagName).toBe('CODE');
    expect(channel).toHaveTextContent('Read over IMAP; last read');
    expect(within(channel).getByRole('list', { name: 'Received mail per state' })).toHaveTextContent('ignored2ticket created3');
    expect(within(channel).getByRole('list', { name: 'Sent mail per state' })).toHaveTextContent('failed1sent12');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText('No mail received yet')).toBeInTheDocument();
    expect(screen.getByText(/Mail to the support address appears here/)).toBeInTheDocument();
  });

  it('shows the mailbox\'s last error as an alert, and a mailbox that is not read', async () => {
    server = fakeApi({
      'GET /api/v1/admin/mail/status': () => ({ ...status, embedded: false, howToConnect: null, readsMailbox: true, lastRead: null,
        lastError: 'AUTHENTICATE failed', lastErrorAt: '2026-12-07T08:00:00Z' }),
      'GET /api/v1/admin/mail/inbound': () => ({ items: [], nextCursor: null }),
    });
    withRouter(<MailScreen />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The mailbox could not be read');
    expect(alert).toHaveTextContent('AUTHENTICATE failed');
    expect(screen.getByRole('region', { name: 'Mail channel' })).toHaveTextContent('An outside mail server sends the mail');
    expect(screen.getByRole('region', { name: 'Mail channel' })).toHaveTextContent('Read over IMAP; not read yet.');
  });

  it('lists received mail with what became of it and why, links its ticket, downloads its original, filters and loads more', async () => {
    server = fakeApi({
      'GET /api/v1/admin/mail/status': () => status,
      'GET /api/v1/admin/mail/inbound': (request) => (request.search.get('state') === 'quarantined'
        ? { items: [], nextCursor: null }
        : request.search.get('cursor') === 'c2'
          ? { items: [quarantined], nextCursor: null }
          : { items: [created, ignored], nextCursor: 'c2' }),
      'GET /api/v1/admin/mail/inbound/r1/original': () => new Response('From: ann@example.com\r\n\r\nIt is smoking.', { headers: { 'Content-Type': 'message/rfc822' } }),
    });
    withRouter(<MailScreen />);
    const list = await screen.findByRole('region', { name: 'Received mail' });
    const [first, second] = within(list).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Printer on fire');
    expect(first).toHaveTextContent('from ann@example.com');
    expect(first).toHaveTextContent('ticket created');
    expect(first).toHaveTextContent('no earlier mail or ticket named: a new ticket');
    expect(first).toHaveTextContent('from the mailbox');
    expect(first).toHaveTextContent('2.0 KB');
    expect(within(first!).getByRole('link', { name: 'Open ticket' })).toHaveAttribute('href', `/tickets/${TICKET}`);
    expect(second).toHaveTextContent('sent by a machine: auto-replied');
    expect(within(second!).queryByRole('link')).toBeNull();

    await userEvent.click(within(first!).getByRole('button', { name: 'Download the original of “Printer on fire”' }));
    await waitFor(() => expect(downloads.saved).toHaveLength(1));
    expect(downloads.saved[0]!.name).toBe('mail-r1.eml');
    expect(await downloads.saved[0]!.blob.text()).toContain('It is smoking.');

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    const third = (await within(list).findAllByRole('row'))[3];
    expect(third).toHaveTextContent('(no subject)');
    expect(third).toHaveTextContent('no sender');
    expect(third).toHaveTextContent('through the webhook');
    expect(third).toHaveTextContent('quarantined');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('State'), 'quarantined');
    expect(await screen.findByText('No mail is quarantined')).toBeInTheDocument();
    expect(server.calls('GET /api/v1/admin/mail/inbound').at(-1)!.search.get('state')).toBe('quarantined');
  });

  it('lists sent mail with recipients, attempts and last error, and sends a failed one again', async () => {
    let retried = false;
    server = fakeApi({
      'GET /api/v1/admin/mail/status': () => status,
      'GET /api/v1/admin/mail/inbound': () => ({ items: [], nextCursor: null }),
      'GET /api/v1/admin/mail/outbox': () => ({ items: [reply, retried ? { ...failed, state: 'sent', sentAt: '2026-12-07T10:00:00Z' } : failed], nextCursor: null }),
      'POST /api/v1/admin/mail/outbox/s2/retry': () => {
        retried = true;
        return new Response(null, { status: 202 });
      },
    });
    withRouter(<MailScreen />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Sent' }));
    const list = await screen.findByRole('region', { name: 'Sent mail' });
    const [sent, failing] = within(list).getAllByRole('row').slice(1);
    expect(sent).toHaveTextContent('to ann@example.com');
    expect(sent).toHaveTextContent('public reply');
    expect(sent).toHaveTextContent(/sent .+ · 1 attempt/);
    expect(within(sent!).queryByRole('button', { name: /Send again/ })).toBeNull();
    expect(within(sent!).getByRole('link', { name: 'Open ticket' })).toHaveAttribute('href', `/tickets/${TICKET}`);
    expect(failing).toHaveTextContent('account mail');
    expect(failing).toHaveTextContent('12 attempts');
    expect(failing).toHaveTextContent('550 5.1.1 mailbox unavailable');

    await userEvent.click(within(failing!).getByRole('button', { name: 'Send again: “Confirm your address”' }));
    await waitFor(() => expect(server!.calls('POST /api/v1/admin/mail/outbox/s2/retry')).toHaveLength(1));
    await waitFor(() => expect(within(list).queryByRole('button', { name: /Send again/ })).toBeNull());
    expect(server.calls('GET /api/v1/admin/mail/outbox').length).toBeGreaterThan(1);
  });

  it('shows the server\'s refusal to send a mail again', async () => {
    server = fakeApi({
      'GET /api/v1/admin/mail/status': () => status,
      'GET /api/v1/admin/mail/inbound': () => ({ items: [], nextCursor: null }),
      'GET /api/v1/admin/mail/outbox': () => ({ items: [failed], nextCursor: null }),
      'POST /api/v1/admin/mail/outbox/s2/retry': () => json({ code: 'mail-not-retryable', detail: 'This mail is queued; only a failed or cancelled mail can be sent again.' }, 409),
    });
    withRouter(<MailScreen />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Sent' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Send again: “Confirm your address”' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This mail is queued; only a failed or cancelled mail can be sent again.');
    expect(alert).toHaveTextContent('mail-not-retryable');
  });

  it('says what would appear in a filtered list that is empty', async () => {
    server = fakeApi({
      'GET /api/v1/admin/mail/status': () => ({ ...status, outbox: [], inbound: [] }),
      'GET /api/v1/admin/mail/inbound': () => ({ items: [], nextCursor: null }),
      'GET /api/v1/admin/mail/outbox': () => ({ items: [], nextCursor: null }),
    });
    withRouter(<MailScreen />);
    expect(await screen.findByText('No mail received yet')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mail channel' })).toHaveTextContent('Receivednone yet');
    await userEvent.click(screen.getByRole('tab', { name: 'Sent' }));
    expect(await screen.findByText('No mail sent yet')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('State'), 'failed');
    expect(await screen.findByText('No mail failed')).toBeInTheDocument();
    expect(screen.getByText(/it can be sent again/)).toBeInTheDocument();
  });
});
