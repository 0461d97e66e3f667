import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { TeamsScreen } from './TeamsScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('TeamsScreen', { timeout: 30_000 }, () => {
  it('shows a taken name as the name field\'s error', async () => {
    server = fakeApi({
      'GET /api/v1/teams': () => [{ id: 't1', name: 'Billing' }],
      'GET /api/v1/agents': () => [],
      'POST /api/v1/teams': () => json({ code: 'duplicate-definition', detail: 'A team with this name already exists.' }, 409),
    });
    withQueryClient(<TeamsScreen />);
    await screen.findByText('Billing');
    await userEvent.type(screen.getByLabelText('Team name'), 'billing');
    await userEvent.click(screen.getByRole('button', { name: 'Create team' }));
    const field = screen.getByLabelText('Team name');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription('A team with this name already exists.');
  });

  it('renames a team, sets its focus, method and members through PATCH and shows them', async () => {
    let team = { id: 't1', name: 'Billing', focus: '', assignmentMethod: 'least-busy', memberIds: ['a1'] };
    server = fakeApi({
      'GET /api/v1/teams': () => [team],
      'GET /api/v1/agents': () => [
        { id: 'a1', name: 'Grace Hopper', active: true, status: 'online' },
        { id: 'a2', name: 'Alan Turing', active: true, status: 'away' },
      ],
      'PATCH /api/v1/teams/t1': (request) => {
        team = { ...team, ...(request.body as typeof team) };
        return team;
      },
    });
    withQueryClient(<TeamsScreen />);
    expect(await screen.findByText('Members: Grace Hopper (online)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit Billing' }));
    const input = screen.getByLabelText('New name for Billing');
    await userEvent.clear(input);
    await userEvent.type(input, 'Invoices');
    await userEvent.type(screen.getByLabelText('Focus (what this team handles)'), 'Refunds and plans');
    await userEvent.selectOptions(screen.getByLabelText('Assignment method'), 'balanced');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alan Turing' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invoices')).toBeInTheDocument();
    expect(screen.getByText('Balanced')).toBeInTheDocument();
    expect(screen.getByText('Refunds and plans')).toBeInTheDocument();
    expect(server.calls('PATCH /api/v1/teams/t1')[0]?.body).toEqual({ name: 'Invoices', focus: 'Refunds and plans',
      assignmentMethod: 'balanced', memberIds: ['a1', 'a2'] });
  });
});
