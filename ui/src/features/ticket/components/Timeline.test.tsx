import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withQueryClient } from '@/test/render';
import type { MessageMail } from '../api/mail';
import { Timeline } from './Timeline';

const at = '2026-12-01T09:00:00Z';

describe('Timeline', { timeout: 30_000 }, () => {
  it('shows the request first and tells customer messages, public replies and internal notes apart', () => {
    render(
      <Timeline
        messages={[
          { id: '1', kind: 'description', author: { type: 'customer', name: 'Ann Example' }, body: 'It is smoking.', createdAt: at },
          { id: '2', kind: 'public-reply', author: { type: 'agent', name: 'Grace Hopper' }, body: 'We are on it.', createdAt: at },
          { id: '3', kind: 'internal-note', author: { type: 'agent', name: 'Alan Turing' }, body: 'Check the fuser.', createdAt: at },
          { id: '4', kind: 'customer-message', author: { type: 'customer', name: 'Ann Example' }, body: 'Still smoking!', createdAt: at },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Conversation' })).getAllByRole('article');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Request from Ann Example',
      'Public reply from Grace Hopper',
      'Internal note from Alan Turing',
      'Customer message from Ann Example',
    ]);
    const note = screen.getByRole('article', { name: 'Internal note from Alan Turing' });
    expect(within(note).getByText('Internal note')).toBeInTheDocument();
    expect(note.className).toContain('bg-note');
    expect(screen.getByRole('article', { name: 'Public reply from Grace Hopper' }).className).not.toContain('bg-note');
    expect(within(note).getByText('Agent')).toBeInTheDocument();
  });

  it('says a note a trigger or an automation wrote was written automatically, by AutoCRM', () => {
    render(<Timeline messages={[{ id: '1', kind: 'internal-note', author: { type: 'system', id: 'system' }, body: 'VIP', createdAt: at }]} />);
    const note = screen.getByRole('article', { name: 'Internal note from AutoCRM' });
    expect(within(note).getByText('Automatic')).toBeInTheDocument();
    expect(within(note).queryByText('Integration')).toBeNull();
  });

  it('shows the relative time with the exact time on hover', () => {
    render(<Timeline messages={[{ id: '1', kind: 'customer-message', author: { type: 'customer', name: 'Ann' }, body: 'Hi', createdAt: at }]} />);
    const time = screen.getByRole('article').querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe(at);
    expect(time?.getAttribute('title')).toMatch(/2026/);
  });

  it('renders message HTML inert: no event handlers, no javascript: links', () => {
    render(
      <Timeline
        messages={[
          {
            id: '1',
            kind: 'customer-message',
            author: { type: 'customer', name: 'Mallory' },
            body: 'x',
            bodyHtml: '<p>Hi <img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a> <a href="https://example.com">ok</a></p><script>alert(2)</script>',
            createdAt: at,
          } as never,
        ]}
      />,
    );
    const article = screen.getByRole('article');
    expect(article.querySelector('img')).toBeNull();
    expect(article.querySelector('script')).toBeNull();
    expect(article.querySelector('[onerror]')).toBeNull();
    expect(within(article).getByText('click').getAttribute('href')).toBeNull();
    expect(within(article).getByRole('link', { name: 'ok' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('shows plain-text messages escaped, markup as text', () => {
    render(<Timeline messages={[{ id: '1', kind: 'customer-message', author: { type: 'customer', name: 'Ann' }, body: '<img src=x onerror=alert(1)>', createdAt: at }]} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByRole('article').querySelector('img')).toBeNull();
  });

  it('marks the messages of a merged ticket with its number, and split-off messages as moved', () => {
    render(
      <Timeline
        messages={[
          { id: '1', kind: 'description', author: { type: 'customer', name: 'Ann Example' }, body: 'It jams.', createdAt: at },
          { id: '2', kind: 'customer-message', author: { type: 'customer', name: 'Ann Example' }, body: 'Again.', createdAt: at, origin: { ticketId: 'b', number: 1043, relation: 'merged' } },
          { id: '3', kind: 'customer-message', author: { type: 'customer', name: 'Ann Example' }, body: 'Login too.', createdAt: at, movedTo: { id: 'n', number: 1050 } },
        ]}
      />,
    );
    const fromMerged = screen.getByRole('article', { name: 'Customer message from Ann Example, merged from #1043' });
    expect(within(fromMerged).getByText('From #1043')).toBeInTheDocument();
    const moved = screen.getByRole('article', { name: 'Customer message from Ann Example, moved to #1050' });
    expect(within(moved).getByText('Moved to #1050')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Request from Ann Example' })).not.toHaveTextContent('#10');
  });

  it('tells staff under each message how it came by mail or how its mail goes; notes and other messages stay plain', () => {
    const sent = (state: string, extra: Record<string, unknown> = {}) => ({ id: `s-${state}`, kind: 'public-reply', recipients: ['ann@example.com', 'bo@example.com'], state, attempts: 1, ...extra });
    const byMessage = new Map<string, MessageMail>([
      ['1', { received: { id: 'r1', state: 'message-added', reason: 'matched by In-Reply-To <reply-9@autocrm.localhost>' } }],
      ['2', { sent: sent('sent', { sentAt: at }) }],
      ['3', { sent: sent('queued', { attempts: 0 }) }],
      ['4', { sent: sent('sending') }],
      ['5', { sent: sent('failed', { lastError: '550 5.1.1 mailbox unavailable' }) }],
      ['6', { sent: sent('cancelled', { recipients: [], lastError: 'nothing to send: the requester or the reply was erased' }) }],
    ]);
    const reply = (id: string) => ({ id, kind: 'public-reply' as const, author: { type: 'agent', name: `Agent ${id}` }, body: 'Done.', createdAt: at });
    withQueryClient(
      <Timeline
        messages={[
          { id: '1', kind: 'customer-message', author: { type: 'customer', name: 'Ann Example' }, body: 'Still smoking!', createdAt: at },
          reply('2'), reply('3'), reply('4'), reply('5'), reply('6'),
          { id: '7', kind: 'internal-note', author: { type: 'agent', name: 'Alan Turing' }, body: 'Check the fuser.', createdAt: at },
        ]}
        mail={{ ticketId: 't1', byMessage }}
      />,
    );
    const line = (name: string) => screen.getByRole('article', { name }).querySelector('footer')?.textContent;
    expect(line('Customer message from Ann Example')).toBe('By e-mail · matched by In-Reply-To <reply-9@autocrm.localhost> · Original mail');
    expect(line('Public reply from Agent 2')).toMatch(/^E-mailed to ann@example.com, bo@example.com · sent .+/);
    expect(line('Public reply from Agent 3')).toBe('E-mail to ann@example.com, bo@example.com · queued');
    expect(line('Public reply from Agent 4')).toBe('E-mail to ann@example.com, bo@example.com · sending');
    expect(line('Public reply from Agent 5')).toBe('E-mail to ann@example.com, bo@example.com · failed: 550 5.1.1 mailbox unavailable');
    expect(line('Public reply from Agent 6')).toBe('E-mail · not sent: nothing to send: the requester or the reply was erased');
    expect(line('Internal note from Alan Turing')).toBeUndefined();
  });

  it("shows a message's files under it: pictures as thumbnails, other files as cards to download", () => {
    const url = (id: string, name: string) => `/api/v1/files/${id}/${name}?expires=1&signature=s`;
    render(
      <Timeline
        messages={[
          {
            id: '1',
            kind: 'internal-note',
            author: { type: 'agent', name: 'Alan Turing' },
            body: 'Log and screenshot attached.',
            createdAt: at,
            attachments: [
              { id: 'f-1', name: 'error.png', size: 48 * 1024, contentType: 'image/png', inline: true, url: url('f-1', 'error.png') },
              { id: 'f-2', name: 'printer.log', size: 2355, contentType: 'text/plain', inline: true, url: url('f-2', 'printer.log') },
            ],
          },
        ]}
      />,
    );
    const note = screen.getByRole('article', { name: 'Internal note from Alan Turing' });
    const files = within(note).getByRole('list', { name: 'Attachments' });
    expect(within(files).getByRole('img', { name: 'error.png' })).toHaveAttribute('src', url('f-1', 'error.png'));
    expect(within(files).getByRole('link', { name: 'Download printer.log' })).toHaveAttribute('download', 'printer.log');
    expect(files).toHaveTextContent('2.3 KB');
  });
});
