import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fakeApi';
import { withRouter } from '@/test/render';
import { PortalTicketsScreen } from './PortalTicketsScreen';

const ORG = '5a0c0d0e-0000-4000-8000-0000000000aa';
const LIST = 'GET /api/v1/tickets';
let server: ReturnType<typeof fakeApi> | undefined;

function row(number: number, category: 'open' | 'pending' | 'solved') {
  return { id: `t-${number}`, number, subject: `Request ${number}`, status: { key: category, label: category, category }, requester: { id: 'c-1', name: 'Carla' }, updatedAt: '2026-12-01T10:00:00Z', version: 2 };
}

afterEach(() => server?.restore());

describe('PortalTicketsScreen', () => {
  it("lists the customer's open requests a page at a time, with their status in the customer's words", async () => {
    server = fakeApi({
      'GET /api/v1/me': () => ({ id: 'c-1', role: 'customer' }),
      [LIST]: (request) => (request.search.get('cursor') === 'next' ? { items: [row(3, 'open')] } : { items: [row(1, 'open'), row(2, 'pending')], nextCursor: 'next' }),
    });
    withRouter(<PortalTicketsScreen filters={{ scope: 'mine', status: 'open', q: '' }} />);

    const list = await screen.findByRole('list', { name: 'My requests' });
    expect(list).toHaveTextContent('Request 1');
    expect(screen.getByText('Awaiting your reply')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Whose requests' })).not.toBeInTheDocument();
    const [first] = server.calls(LIST);
    expect(first?.search.get('requesterId')).toBe('c-1');
    expect(first?.search.getAll('category')).toEqual(['new', 'open', 'pending', 'on-hold']);

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Request 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it("reads the organisation's requests when it shares them, and searches their text", async () => {
    server = fakeApi({
      'GET /api/v1/me': () => ({ id: 'c-1', role: 'customer', sharedOrganisation: ORG }),
      [LIST]: () => ({ items: [] }),
    });
    const { router } = withRouter(<PortalTicketsScreen filters={{ scope: 'organisation', status: 'solved', q: 'printer' }} />);

    expect(await screen.findByText('No request matches your search')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "My organisation's requests" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My organisation' })).toHaveAttribute('aria-current', 'page');
    const [call] = server.calls(LIST);
    // Everything the customer may see: the server adds the organisation's tickets when it shares them.
    expect(call?.search.get('requesterId')).toBeNull();
    expect(call?.search.getAll('organisationId')).toEqual([]);
    expect(call?.search.getAll('category')).toEqual(['solved', 'closed']);
    expect(call?.search.get('q')).toBe('printer');

    const search = screen.getByRole('searchbox', { name: 'Search your requests' });
    await userEvent.clear(search);
    await userEvent.type(search, 'toner{Enter}');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'toner' }));
    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ status: 'all' }));
  });
});
