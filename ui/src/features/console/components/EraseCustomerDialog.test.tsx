import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { EraseCustomerDialog } from './EraseCustomerDialog';

const CARLA = { id: 'c1', name: 'Carla', email: 'carla@example.com', erased: false };

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('EraseCustomerDialog', { timeout: 30_000 }, () => {
  it('says what goes and what stays, and erases only once the email is typed', async () => {
    server = fakeApi({ 'POST /api/v1/customers/c1/erasure': () => ({ id: 'c1', erasedAt: '2026-12-07T05:00:00Z' }) });
    const closed = vi.fn();
    withQueryClient(<EraseCustomerDialog customer={CARLA} isOpen onOpenChange={closed} />);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('cannot be undone');
    expect(dialog).toHaveTextContent('their name and email address');
    expect(dialog).toHaveTextContent('the tickets themselves');
    const erase = screen.getByRole('button', { name: 'Erase personal data' });
    expect(erase).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Type carla@example.com to confirm'), 'carla@example.co');
    expect(erase).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Type carla@example.com to confirm'), 'm');
    await userEvent.click(erase);
    await waitFor(() => expect(server?.calls('POST /api/v1/customers/c1/erasure')).toHaveLength(1));
    await waitFor(() => expect(closed).toHaveBeenCalledWith(false));
  });
});
