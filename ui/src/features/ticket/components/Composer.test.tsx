import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '../testing/fakeApi';
import { STATUSES, TICKET_ID, ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { Composer } from './Composer';

const MESSAGES = `POST /api/v1/tickets/${TICKET_ID}/messages`;
const PATCH = `PATCH /api/v1/tickets/${TICKET_ID}`;
let server: ReturnType<typeof fakeApi> | undefined;

// The editor is its own chunk, loaded on demand: give it time to arrive on a busy machine.
const findEditor = (name: string) => screen.findByRole('textbox', { name }, { timeout: 20_000 });

afterEach(() => server?.restore());

describe('Composer', { timeout: 30_000 }, () => {
  it('switches between public reply and internal note', async () => {
    server = fakeApi({});
    const view = withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} />);
    const note = screen.getByRole('radio', { name: 'Internal note' });
    expect(screen.getByRole('radio', { name: 'Public reply' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(note);
    expect(note).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('Only agents see internal notes.')).toBeInTheDocument();
    expect(await findEditor('Internal note')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeDisabled();
    view.unmount();
  });

  it('restores a draft after a reload and submits it as a status: reply first, then the status, each with If-Match', async () => {
    localStorage.setItem(`autocrm.draft.${TICKET_ID}`, JSON.stringify({ kind: 'public-reply', html: '<p>We are <strong>on it</strong>.</p>' }));
    server = fakeApi({
      [MESSAGES]: () => ({ ticketId: TICKET_ID, messageId: 'm-2', version: 4 }),
      [PATCH]: () => ({ id: TICKET_ID, version: 5 }),
      [`GET /api/v1/tickets/${TICKET_ID}`]: () => ticket({ version: 5 }),
    });
    withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} />);
    expect(await findEditor('Public reply')).toHaveTextContent('We are on it.');

    await userEvent.selectOptions(screen.getByLabelText('then set status'), 'pending');
    await userEvent.click(screen.getByRole('button', { name: 'Submit as Pending' }));

    await waitFor(() => expect(server?.calls(PATCH)).toHaveLength(1));
    const [message] = server.calls(MESSAGES);
    expect(message?.body).toEqual({ kind: 'public-reply', body: '<p>We are <strong>on it</strong>.</p>', format: 'html' });
    expect(message?.headers.get('If-Match')).toBe('"3"');
    const [status] = server.calls(PATCH);
    expect(status?.body).toEqual({ status: 'pending' });
    expect(status?.headers.get('If-Match')).toBe('"4"');
    expect(localStorage.getItem(`autocrm.draft.${TICKET_ID}`)).toBeNull();
  });

  it('keeps the text and says so when the ticket changed while the agent wrote', async () => {
    const OTHER = '6f1d2c3b-0000-4000-8000-000000000002';
    const MESSAGES = `POST /api/v1/tickets/${OTHER}/messages`;
    localStorage.setItem(`autocrm.draft.${OTHER}`, JSON.stringify({ kind: 'public-reply', html: '<p>Done.</p>' }));
    const newer = ticket({ id: OTHER, version: 4, messages: [...(ticket({ id: OTHER }).messages ?? []), { id: 'm-9', kind: 'customer-message', author: { type: 'customer', name: 'Ann Example' }, body: 'Any news?', createdAt: '2026-12-01T11:00:00Z' }] });
    server = fakeApi({
      [MESSAGES]: () => json({ code: 'version-conflict', detail: 'The ticket was changed by someone else.' }, 409),
      [`GET /api/v1/tickets/${OTHER}`]: () => newer,
    });
    withQueryClient(<Composer ticket={ticket({ id: OTHER })} statuses={STATUSES} />);
    await findEditor('Public reply');
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The ticket changed while you were writing (1 new message above)');
    expect(server.calls(`GET /api/v1/tickets/${OTHER}`)[0]?.search.get('minVersion')).toBe('4');
    expect(JSON.parse(localStorage.getItem(`autocrm.draft.${OTHER}`) ?? '{}')).toMatchObject({ html: '<p>Done.</p>' });
  });

  it('sends the files attached to a reply by their upload ids, waits for an upload in flight, and clears them once sent', async () => {
    localStorage.setItem(`autocrm.draft.${TICKET_ID}`, JSON.stringify({ kind: 'internal-note', html: '<p>Log attached.</p>' }));
    let finishUpload: (() => void) | undefined;
    server = fakeApi({
      'POST /api/v1/uploads': () =>
        new Promise((resolve) => {
          finishUpload = () => resolve(json({ id: 'u-1', name: 'printer.log', size: 2355, contentType: 'text/plain' }, 201));
        }),
      [MESSAGES]: () => ({ ticketId: TICKET_ID, messageId: 'm-2', version: 4 }),
      [`GET /api/v1/tickets/${TICKET_ID}`]: () => ticket({ version: 4 }),
    });
    withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} />);
    await findEditor('Internal note');

    await userEvent.click(screen.getByRole('button', { name: 'Attach files' }));
    await userEvent.upload(screen.getByLabelText('Attach files'), new File(['x'.repeat(2355)], 'printer.log', { type: 'text/plain' }));
    const files = screen.getByRole('list', { name: 'Files to send' });
    expect(within(files).getByRole('listitem')).toHaveTextContent('printer.log2.3 KB · Uploading…');
    expect(screen.getByRole('button', { name: 'Add note' })).toBeDisabled();

    await waitFor(() => expect(finishUpload).toBeDefined());
    finishUpload?.();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add note' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(server?.calls(MESSAGES)).toHaveLength(1));
    expect(server.calls(MESSAGES)[0]?.body).toEqual({ kind: 'internal-note', body: '<p>Log attached.</p>', format: 'html', attachmentIds: ['u-1'] });
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Files to send' })).not.toBeInTheDocument());
  });

  it('keeps the attached files when the message is refused, to send them again', async () => {
    localStorage.setItem(`autocrm.draft.${TICKET_ID}`, JSON.stringify({ kind: 'public-reply', html: '<p>See attached.</p>' }));
    server = fakeApi({
      'POST /api/v1/uploads': () => json({ id: 'u-2', name: 'old.txt', size: 3, contentType: 'text/plain' }, 201),
      [MESSAGES]: () => json({ status: 422, code: 'unknown-attachment', detail: 'The attachment u-2 is unknown or has expired; upload it again.' }, 422),
    });
    withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} />);
    await findEditor('Public reply');
    await userEvent.upload(screen.getByLabelText('Attach files'), new File(['abc'], 'old.txt', { type: 'text/plain' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send reply' })).toBeEnabled());

    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The attachment u-2 is unknown or has expired; upload it again.');
    expect(within(screen.getByRole('list', { name: 'Files to send' })).getByText('old.txt')).toBeInTheDocument();
  });
});
