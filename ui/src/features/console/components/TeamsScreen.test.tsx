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

  it('renames a team through PATCH and shows the new name', async () => {
    let name = 'Billing';
    server = fakeApi({
      'GET /api/v1/teams': () => [{ id: 't1', name }],
      'PATCH /api/v1/teams/t1': (request) => {
        name = (request.body as { name: string }).name;
        return { id: 't1', name };
      },
    });
    withQueryClient(<TeamsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Billing' }));
    const input = screen.getByLabelText('New name for Billing');
    await userEvent.clear(input);
    await userEvent.type(input, 'Invoices');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Invoices')).toBeInTheDocument();
    expect(server.calls('PATCH /api/v1/teams/t1')[0]?.body).toEqual({ name: 'Invoices' });
  });
});
