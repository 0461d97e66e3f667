import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useTicket } from '../api/ticket';
import { useParticipantEditor } from '../hooks/useParticipantEditor';
import { fakeApi, json } from '../testing/fakeApi';
import { ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { ParticipantsPanel } from './ParticipantsPanel';

const ID = '6f1d2c3b-0000-4000-8000-0000000000cc';
const DETAIL = `GET /api/v1/tickets/${ID}`;
const ADD = `POST /api/v1/tickets/${ID}/participants`;
const BOB = { id: 'c-2', name: 'Bob Builder', email: 'bob@example.com' };
const CAROL = { id: 'c-3', name: 'Carol Chen', email: 'carol@example.com' };

function Harness({ readOnly = false }: { readOnly?: boolean }) {
  const detail = useTicket(ID);
  const editor = useParticipantEditor(detail.data);
  if (!detail.data) return null;
  return <ParticipantsPanel participants={detail.data.participants ?? []} editor={readOnly ? undefined : editor} />;
}

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('ParticipantsPanel', { timeout: 30_000 }, () => {
  it('lists each participant by name and address, an erased one as such', async () => {
    server = fakeApi({ [DETAIL]: () => ticket({ id: ID, participants: [BOB, { id: 'c-9', name: undefined, email: undefined }] }) });
    withQueryClient(<Harness />);
    const list = await screen.findByRole('list', { name: 'Participants' });
    const [bob, erased] = within(list).getAllByRole('listitem');
    expect(bob).toHaveTextContent('Bob Builder');
    expect(bob).toHaveTextContent('bob@example.com');
    expect(erased).toHaveTextContent('Erased customer');
    expect(within(list).getByRole('button', { name: 'Remove Bob Builder from CC' })).toBeEnabled();
    expect(screen.getByRole('region', { name: 'Participants (CC)' })).toHaveAccessibleDescription('Get public replies by mail; their mail is added to this ticket.');
  });

  it('shows the list only, without controls, when it cannot be changed', async () => {
    server = fakeApi({ [DETAIL]: () => ticket({ id: ID, participants: [BOB] }) });
    withQueryClient(<Harness readOnly />);
    await screen.findByText('Bob Builder');
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByLabelText('Add by email')).toBeNull();
  });

  it('adds an address on Enter with the version as If-Match, then reads the ticket at the new version', async () => {
    let current = ticket({ id: ID, version: 3, participants: [BOB] });
    server = fakeApi({
      [DETAIL]: () => current,
      [ADD]: () => {
        current = { ...current, version: 4, participants: [BOB, CAROL] };
        return { ticketId: ID, participantId: CAROL.id, version: 4 };
      },
    });
    withQueryClient(<Harness />);
    await userEvent.type(await screen.findByLabelText('Add by email'), ' carol@example.com {Enter}');

    await waitFor(() => expect(server?.calls(ADD)).toHaveLength(1));
    expect(server.calls(ADD)[0]?.body).toEqual({ email: 'carol@example.com' });
    expect(server.calls(ADD)[0]?.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(server?.calls(DETAIL).at(-1)?.search.get('minVersion')).toBe('4'));
    expect(await screen.findByText('Carol Chen')).toBeInTheDocument();
    expect(screen.getByLabelText('Add by email')).toHaveValue('');
    await waitFor(() => expect(screen.getByLabelText('Add by email')).toHaveFocus());
  });

  it('keeps the field and its controls disabled while the address is sent', async () => {
    let answer: (value: unknown) => void = () => undefined;
    server = fakeApi({
      [DETAIL]: () => ticket({ id: ID, version: 3 }),
      [ADD]: () => new Promise((resolve) => { answer = resolve; }),
    });
    withQueryClient(<Harness />);
    await userEvent.type(await screen.findByLabelText('Add by email'), 'dan@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByLabelText('Add by email')).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    answer({ ticketId: ID, participantId: 'c-4', version: 4 });
    await waitFor(() => expect(screen.getByLabelText('Add by email')).toBeEnabled());
  });

  it('shows the server’s reason inline when it refuses the address, and keeps what was typed', async () => {
    server = fakeApi({
      [DETAIL]: () => ticket({ id: ID, version: 3 }),
      [ADD]: () => json({ code: 'validation-failed', status: 400, detail: "A participant's email must be an email address." }, 400),
    });
    withQueryClient(<Harness />);
    const field = await screen.findByLabelText('Add by email');
    await userEvent.type(field, '"x y"@example.com{Enter}');

    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription("A participant's email must be an email address.");
    expect(screen.getByText("A participant's email must be an email address.")).toHaveAttribute('aria-live', 'polite');
    expect(field).toHaveValue('"x y"@example.com');
    expect(server.calls(DETAIL)).toHaveLength(1);
  });

  it('says so when the address is the requester’s, which changes nothing', async () => {
    server = fakeApi({
      [DETAIL]: () => ticket({ id: ID, version: 3 }),
      [ADD]: () => ({ ticketId: ID, participantId: 'c-1', version: 3 }),
    });
    withQueryClient(<Harness />);
    await userEvent.type(await screen.findByLabelText('Add by email'), 'ann@example.com{Enter}');
    expect(await screen.findByText('ann@example.com is the requester and gets every reply already.')).toBeInTheDocument();
    expect(screen.getByLabelText('Add by email')).not.toHaveAttribute('aria-invalid');
  });

  it('removes a participant with the version as If-Match, then reads the ticket at the new version', async () => {
    const REMOVE = `DELETE /api/v1/tickets/${ID}/participants/${BOB.id}`;
    let current = ticket({ id: ID, version: 5, participants: [BOB, CAROL] });
    server = fakeApi({
      [DETAIL]: () => current,
      [REMOVE]: () => {
        current = { ...current, version: 6, participants: [CAROL] };
        return { id: ID, version: 6 };
      },
    });
    withQueryClient(<Harness />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Bob Builder from CC' }));

    await waitFor(() => expect(screen.queryByText('Bob Builder')).toBeNull());
    expect(server.calls(REMOVE)).toHaveLength(1);
    expect(server.calls(REMOVE)[0]?.headers.get('If-Match')).toBe('"5"');
    expect(server.calls(DETAIL).at(-1)?.search.get('minVersion')).toBe('6');
    expect(screen.getByText('Carol Chen')).toBeInTheDocument();
  });

  it('on a version conflict reads the ticket as it is now and says so', async () => {
    let current = ticket({ id: ID, version: 5, participants: [BOB] });
    server = fakeApi({
      [DETAIL]: () => current,
      [`DELETE /api/v1/tickets/${ID}/participants/${BOB.id}`]: () => {
        current = { ...current, version: 6, participants: [] };
        return json({ code: 'version-conflict', detail: 'The ticket was changed by someone else.' }, 409);
      },
    });
    withQueryClient(<Harness />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Bob Builder from CC' }));

    expect(await screen.findByText(/Someone changed this ticket meanwhile/)).toBeInTheDocument();
    expect(await screen.findByText('No one in CC.')).toBeInTheDocument();
    expect(server.calls(DETAIL).at(-1)?.search.get('minVersion')).toBe('6');
  });
});
