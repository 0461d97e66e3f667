import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SlaBadge } from './SlaBadge';

describe('SlaBadge', () => {
  it('shows the next target and the time left', () => {
    const dueAt = new Date(Date.now() + 42 * 60_000 + 20_000).toISOString();
    render(<SlaBadge sla={{ metric: 'first-reply-time', dueAt, breached: false }} />);
    expect(screen.getByText('1st reply · 42m')).toHaveClass('bg-note');
  });

  it('shows an overdue breached target in red', () => {
    const dueAt = new Date(Date.now() - 125 * 60_000).toISOString();
    render(<SlaBadge sla={{ metric: 'agent-work-time', dueAt, breached: true }} />);
    const badge = screen.getByText('Work · −2h 5m');
    expect(badge).toHaveClass('text-danger');
    expect(badge).toHaveAccessibleName(/2h 5m late \(breached\)/);
  });

  it('shows a dash when no target runs', () => {
    render(<SlaBadge sla={undefined} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
