import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addressesOf, type SideConversation } from '../api/sideConversations';
import { useTicket } from '../api/ticket';
import { fakeApi, json } from '../testing/fakeApi';
import { ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { SideConversationsPanel } from './SideConversationsPanel';

const ID = '6f1d2c3b-0000-4000-8000-0000000000dd';
const DETAIL = `GET /api/v1/tickets/${ID}`;
const START = `POST /api/v1/tickets/${ID}/side-conversations`;
const VENDOR = { id: 'c-7', name: 'Parts Desk', email: 'parts@vendor.example' };
const THREAD: SideConversation = {
  id: 'sc-1',
  subject: 'Spare hinge',
  state: 'open',
  startedAt: '2026-12-07T10:00:00Z',
  messages: [
    { id: 'm-1', direction: 'out', author: { type: 'agent', id: 'a-1', name: 'Ada Agent' }, to: [VENDOR], body: 'In stock?', createdAt: '2026-12-07T10:00:00Z' },
    { id: 'm-2', direction: 'in', author: { type: 'customer', id: 'c-7', name: 'Parts Desk' }, from: VENDOR, to: [], body: 'Yes, 40.', createdAt: '2026-12-07T11:00:00Z' },
  ],
};

function Harness({ canWrite = true }: { canWrite?: boolean }) {
  const detail = useTicket(ID);
  if (!detail.data) return null;
  return <SideConversationsPanel ticketId={ID} conversations={detail.data.sideConversations ?? []} canWrite={canWrite} />;
}

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('addressesOf', () => {
  it('reads addresses separated by commas, semicolons or lines, with or without names, each once', () => {
    expect(addressesOf(' a@x.example, Bo <b@y.example>;a@x.example\n c@z.example ,')).toEqual(['a@x.example', 'b@y.example', 'c@z.example']);
    expect(addressesOf('  ')).toEqual([]);
  });
});

describe('SideConversationsPanel', { timeout: 30_000 }, () => {
  it('shows each thread with its messages both ways, whom it is with, and its state', async () => {
    server = fakeApi({ [DETAIL]: () => ticket({ id: ID, sideConversations: [THREAD] }) });
    withQueryClient(<Harness />);
    const thread = await screen.findByRole('article', { name: 'Side conversation: Spare hinge' });
    expect(thread).toHaveTextContent('With parts@vendor.example');
    expect(thread).toHaveTextContent('Open');
    const [out, answer] = within(within(thread).getByRole('list', { name: 'Messages of Spare hinge' })).getAllByRole('listitem');
    expect(out).toHaveTextContent('Ada Agent');
    expect(out).toHaveTextContent('to parts@vendor.example');
    expect(answer).toHaveTextContent('Parts Desk <parts@vendor.example>');
    expect(answer).toHaveTextContent('answered by mail');
    expect(within(thread).getByRole('button', { name: 'Close' })).toBeEnabled();
  });

  it('shows the threads only, without controls, when the ticket cannot be written', async () => {
    server = fakeApi({ [DETAIL]: () => ticket({ id: ID, sideConversations: [THREAD] }) });
    withQueryClient(<Harness canWrite={false} />);
    await screen.findByText('Yes, 40.');
    expect(screen.queryByRole('button', { name: 'New side conversation' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('refuses an empty form field by field, sends a filled one, and shows the server’s refusal', async () => {
    server = fakeApi({
      [DETAIL]: () => ticket({ id: ID }),
      [START]: () => json({ code: 'customer-erased', status: 409, detail: 'Customer x was erased; their tickets take no new text.' }, 409),
    });
    withQueryClient(<Harness />);
    await userEvent.click(await screen.findByRole('button', { name: 'New side conversation' }));
    const form = screen.getByRole('form', { name: 'New side conversation' });
    await userEvent.click(within(form).getByRole('button', { name: 'Send' }));
    expect(within(form).getByLabelText('To')).toHaveAccessibleDescription(/Name at least one address/);
    expect(server.calls(START)).toHaveLength(0);

    await userEvent.type(within(form).getByLabelText('To'), 'parts@vendor.example, Eve <eve@vendor.example>');
    await userEvent.type(within(form).getByLabelText('Subject'), 'Spare hinge');
    await userEvent.type(within(form).getByLabelText('Message'), 'In stock?');
    await userEvent.click(within(form).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(server?.calls(START)).toHaveLength(1));
    expect(server.calls(START)[0]?.body).toEqual({ subject: 'Spare hinge', body: 'In stock?', to: ['parts@vendor.example', 'eve@vendor.example'], format: 'text' });
    expect(await within(form).findByRole('alert')).toHaveTextContent('customer-erased');
    expect(within(form).getByLabelText('Subject')).toHaveValue('Spare hinge');
  });
});
