import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/client';
import { fakeApi, json } from '@/test/fakeApi';
import { stubLayout } from '@/test/layout';
import { withRouter } from '@/test/render';
import { PortalTicketScreen } from './PortalTicketScreen';

const ID = '0b9f0c1e-0000-4000-8000-000000000001';
const FOLLOW_UP = '0b9f0c1e-0000-4000-8000-000000000002';
const ME = { id: 'c-1', role: 'customer', name: 'Carla Customer', type: 'customer' };
let server: ReturnType<typeof fakeApi> | undefined;

function ticket(category: 'solved' | 'closed'): Schemas['CustomerTicketDetail'] {
  return {
    id: ID,
    number: 42,
    subject: 'Printer on fire',
    status: { key: category, label: category, category },
    customFields: { plan: ['pro'] },
    version: 5,
    updatedAt: '2026-12-01T10:00:00Z',
    messages: [
      { id: 'm-1', kind: 'description', author: { id: 'c-1', type: 'customer', name: 'Carla Customer' }, body: 'It smokes.', bodyHtml: '<p>It smokes.</p>', createdAt: '2026-12-01T09:00:00Z' },
      { id: 'm-2', kind: 'public-reply', author: { id: 'a-1', type: 'agent', name: 'Ann Agent' }, body: 'Unplug it.', bodyHtml: '<p>Unplug it.</p>', createdAt: '2026-12-01T09:30:00Z' },
      // The server never sends a note to a customer; should one arrive anyway, the screen still does not show it.
      { id: 'm-3', kind: 'internal-note', author: { id: 'a-1', type: 'agent', name: 'Ann Agent' }, body: 'Known bad batch.', createdAt: '2026-12-01T09:31:00Z' },
    ],
  };
}

function serve(category: 'solved' | 'closed', added: Schemas['AddedMessage']) {
  return fakeApi({
    'GET /api/v1/me': () => ME,
    'GET /api/v1/custom-fields': () => [{ key: 'plan', label: 'Plan', type: 'dropdown', options: [{ key: 'pro', label: 'Pro' }], active: true, customerVisible: true }],
    [`GET /api/v1/tickets/${ID}`]: () => ticket(category),
    [`POST /api/v1/tickets/${ID}/messages`]: () => json(added, 201),
  });
}

const findEditor = () => screen.findByRole('textbox', { name: 'Your reply' }, { timeout: 20_000 });

beforeAll(stubLayout);
afterEach(() => server?.restore());

describe('PortalTicketScreen', { timeout: 30_000 }, () => {
  it('shows the public conversation and the visible fields, says a reply reopens a solved request, and sends one', async () => {
    server = serve('solved', { ticketId: ID, messageId: 'm-4', version: 6, followUp: false });
    withRouter(<PortalTicketScreen ticketId={ID} />);

    expect(await screen.findByRole('heading', { name: 'Printer on fire' })).toBeInTheDocument();
    const conversation = screen.getByRole('list', { name: 'Conversation' });
    expect(conversation).toHaveTextContent('It smokes.');
    expect(conversation).toHaveTextContent('Unplug it.');
    expect(screen.queryByText(/Known bad batch/)).not.toBeInTheDocument();
    expect(screen.getByText('You')).toBeInTheDocument();
    expect(screen.getByText('Support team')).toBeInTheDocument();
    expect(await screen.findByText('Pro')).toBeInTheDocument();
    expect(screen.getByText('Solved')).toBeInTheDocument();
    expect(screen.getByText('This request is solved. Replying reopens it.')).toBeInTheDocument();

    await userEvent.click(await findEditor());
    await userEvent.keyboard('Still smoking.');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your reply was sent and the request is open again.');
    const [reply] = server.calls(`POST /api/v1/tickets/${ID}/messages`);
    expect(reply?.body).toEqual({ kind: 'customer-message', body: '<p>Still smoking.</p>', format: 'html' });
    // The next read asks for at least the version the reply made, so the reply shows at once.
    await waitFor(() => expect(server?.calls(`GET /api/v1/tickets/${ID}`).at(-1)?.search.get('minVersion')).toBe('6'));
  });

  it('says a closed request cannot change and that writing opens a follow-up, then goes to the follow-up', async () => {
    server = serve('closed', { ticketId: FOLLOW_UP, messageId: 'm-4', version: 1, followUp: true });
    const { router } = withRouter(<PortalTicketScreen ticketId={ID} />);

    expect(await screen.findByText('This request is closed.')).toBeInTheDocument();
    expect(screen.getByText(/Replying opens a new follow-up request/)).toBeInTheDocument();
    await userEvent.click(await findEditor());
    await userEvent.keyboard('It is back.');
    await userEvent.click(screen.getByRole('button', { name: 'Send follow-up' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/portal/tickets/${FOLLOW_UP}`));
    expect(router.state.location.search).toEqual({ followUpOf: ID });
  });

  it('shows a problem detail as a human message when the request cannot be read', async () => {
    server = fakeApi({
      'GET /api/v1/me': () => ME,
      [`GET /api/v1/tickets/${ID}`]: () => json({ code: 'ticket-not-found', status: 404, detail: 'No such ticket.' }, 404),
    });
    withRouter(<PortalTicketScreen ticketId={ID} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This request could not be loaded');
    expect(alert).toHaveTextContent('No such ticket.');
    // Trying again cannot find a request one may not see.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('says a merged request was joined with the other and leads there, without a reply box', async () => {
    const SURVIVOR = '0b9f0c1e-0000-4000-8000-000000000003';
    server = fakeApi({
      'GET /api/v1/me': () => ME,
      'GET /api/v1/custom-fields': () => [],
      [`GET /api/v1/tickets/${ID}`]: () => ({ ...ticket('closed'), mergedInto: { id: SURVIVOR, number: 41 } }),
    });
    withRouter(<PortalTicketScreen ticketId={ID} />);

    expect(await screen.findByText('Your request was joined with #41.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to #41' })).toHaveAttribute('href', `/portal/tickets/${SURVIVOR}`);
    expect(screen.queryByText(/This request is closed/)).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your reply' })).not.toBeInTheDocument();
  });

  it("shows the support team's files, and sends an image pasted into the reply with it, while a pasted text stays text", async () => {
    const withFiles = ticket('solved');
    withFiles.messages = withFiles.messages?.map((message) =>
      message.id === 'm-2'
        ? {
            ...message,
            attachments: [
              { id: 'f-1', name: 'wiring.png', size: 48 * 1024, contentType: 'image/png', inline: true, url: '/api/v1/files/f-1/wiring.png?expires=1&signature=s' },
              { id: 'f-2', name: 'manual.pdf', size: 2.3 * 1024 * 1024, contentType: 'application/pdf', inline: true, url: '/api/v1/files/f-2/manual.pdf?expires=1&signature=s' },
            ],
          }
        : message,
    );
    server = fakeApi({
      'GET /api/v1/me': () => ME,
      'GET /api/v1/custom-fields': () => [],
      [`GET /api/v1/tickets/${ID}`]: () => withFiles,
      'POST /api/v1/uploads': () => json({ id: 'u-5', name: 'image.png', size: 5, contentType: 'image/png' }, 201),
      [`POST /api/v1/tickets/${ID}/messages`]: () => json({ ticketId: ID, messageId: 'm-4', version: 6, followUp: false }, 201),
    });
    withRouter(<PortalTicketScreen ticketId={ID} />);

    const conversation = await screen.findByRole('list', { name: 'Conversation' });
    expect(within(conversation).getByRole('img', { name: 'wiring.png' })).toHaveAttribute('src', '/api/v1/files/f-1/wiring.png?expires=1&signature=s');
    expect(within(conversation).getByRole('link', { name: 'Download manual.pdf' })).toBeInTheDocument();

    const editor = await findEditor();
    await userEvent.click(editor);
    await userEvent.paste('Photo of the smoke: ');
    fireEvent.paste(editor, { clipboardData: { files: [new File(['png'], 'image.png', { type: 'image/png' })], types: ['Files'], getData: () => '' } });
    expect(editor).toHaveTextContent('Photo of the smoke:');
    expect(await within(screen.getByRole('list', { name: 'Files to send' })).findByText('image.png')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send reply' })).toBeEnabled());
    expect(server.calls('POST /api/v1/uploads')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(server?.calls(`POST /api/v1/tickets/${ID}/messages`)).toHaveLength(1));
    expect(server.calls(`POST /api/v1/tickets/${ID}/messages`)[0]?.body).toEqual({
      kind: 'customer-message',
      body: '<p>Photo of the smoke: </p>',
      format: 'html',
      attachmentIds: ['u-5'],
    });
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Files to send' })).not.toBeInTheDocument());
  });
});
