import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fakeApi';
import { withRouter } from '@/test/render';
import { WorkspaceLayout } from './WorkspaceLayout';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('WorkspaceLayout', { timeout: 30_000 }, () => {
  it('takes a customer with a ticket link meant for agents to that request in the portal, and leaves them there', async () => {
    server = fakeApi({ 'GET /api/v1/me': () => ({ id: 'c1', role: 'customer', email: 'cora@example.com' }) });
    // The layout stays mounted here after the redirect, as it may for a moment in the app: it must not move on.
    const { router } = withRouter(<WorkspaceLayout />, '/tickets/t-42');
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal/tickets/t-42'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(router.state.location.pathname).toBe('/portal/tickets/t-42');
  });

  it('takes a customer anywhere else in the workspace to their requests', async () => {
    server = fakeApi({ 'GET /api/v1/me': () => ({ id: 'c1', role: 'customer', email: 'cora@example.com' }) });
    const { router } = withRouter(<WorkspaceLayout />, '/views/my-open');
    await waitFor(() => expect(router.state.location.pathname).toBe('/portal'));
  });
});
