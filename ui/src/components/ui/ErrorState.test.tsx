import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@/api/problem';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  it('shows a problem detail as a sentence with its code for support', () => {
    render(<ErrorState error={new ApiProblem(422, { detail: 'A solved ticket needs an assignee.', code: 'solved-ticket-needs-assignee' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('A solved ticket needs an assignee.');
    expect(screen.getByText('solved-ticket-needs-assignee')).toBeInTheDocument();
  });

  it('lists field errors and offers to try again', async () => {
    const retry = vi.fn();
    render(<ErrorState onRetry={retry} error={new ApiProblem(400, { detail: 'Invalid request.', code: 'validation-failed', errors: [{ field: 'subject', message: 'must not be blank' }] })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('subject: must not be blank');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
