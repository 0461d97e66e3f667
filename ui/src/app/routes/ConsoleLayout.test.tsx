import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fakeApi';
import { withRouter } from '@/test/render';
import { ConsoleLayout } from './ConsoleLayout';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('ConsoleLayout', { timeout: 30_000 }, () => {
  it('tells an agent plainly that the console is for admins', async () => {
    server = fakeApi({ 'GET /api/v1/me': () => ({ id: 'a1', role: 'agent', email: 'grace@example.com' }) });
    withRouter(<ConsoleLayout />);
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('grace@example.com (agent)');
    expect(screen.getByRole('link', { name: 'Back to the workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Console' })).not.toBeInTheDocument();
  });

  it('gives admins the console navigation, with later features marked as coming', async () => {
    server = fakeApi({ 'GET /api/v1/me': () => ({ id: 'u1', role: 'admin', email: 'ada@example.com' }) });
    withRouter(<ConsoleLayout />);
    const nav = await screen.findByRole('navigation', { name: 'Console' });
    expect(nav).toHaveTextContent('Teams');
    expect(screen.getByRole('link', { name: 'Macros' })).toHaveAttribute('href', '/admin/macros');
    for (const [name, href] of [['SLA policies', '/admin/sla'], ['Routing', '/admin/routing'],
      ['Triggers', '/admin/triggers'], ['Automations', '/admin/automations'], ['Skills', '/admin/skills'],
      ['Calendars and schedules', '/admin/calendars'], ['Audit log', '/admin/audit-log'], ['Mail', '/admin/mail']]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
    for (const later of ['Knowledge base', 'Channels', 'Analytics']) {
      expect(screen.getByText(later).closest('[aria-disabled]')).toHaveTextContent('coming');
    }
  });
});
