import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { SlaPanel } from './SlaPanel';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('SlaPanel', { timeout: 30_000 }, () => {
  it('tells each target\'s timeline: started, paused because pending, resumed, fulfilled by a reply', async () => {
    server = fakeApi({
      'GET /api/v1/tickets/t1/sla': () => ({
        policyId: 'p1', policyName: 'Urgent and high', policyVersion: 2,
        targets: [{
          metric: 'agent-work-time', cycle: 1, policyName: 'Urgent and high', policyVersion: 2, targetMinutes: 60,
          businessHours: true, state: 'fulfilled', startedAt: '2026-12-07T10:00:00Z',
          timeline: [
            { kind: 'started', at: '2026-12-07T10:00:00Z', status: 'new', dueAt: '2026-12-07T11:00:00Z' },
            { kind: 'paused', at: '2026-12-07T10:20:00Z', status: 'pending' },
            { kind: 'resumed', at: '2026-12-07T12:00:00Z', status: 'open', dueAt: '2026-12-07T12:40:00Z' },
            { kind: 'breached', at: '2026-12-07T12:40:00Z' },
            { kind: 'fulfilled', at: '2026-12-07T12:50:00Z', messageId: 'm1', late: true },
          ],
          breachedAt: '2026-12-07T12:40:00Z', fulfilledAt: '2026-12-07T12:50:00Z', fulfilledBy: 'm1',
        }],
      }),
    });
    withQueryClient(<SlaPanel ticketId="t1" version={7} messageLabel={(id) => (id === 'm1' ? 'a public reply by Grace' : undefined)} />);
    const timeline = await screen.findByRole('list', { name: 'Agent work timeline' });
    const entries = within(timeline).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(entries[0]).toMatch(/Started \(New\), due/);
    expect(entries[1]).toMatch(/Paused because pending/);
    expect(entries[2]).toMatch(/Resumed \(Open\), due/);
    expect(entries[3]).toMatch(/Breached/);
    expect(entries[4]).toMatch(/Fulfilled by a public reply by Grace \(late\)/);
    expect(screen.getByText('Policy: Urgent and high (version 2)')).toBeInTheDocument();
  });

  it('says that a reopened ticket\'s resolution clock goes on from the solve', async () => {
    server = fakeApi({
      'GET /api/v1/tickets/t3/sla': () => ({
        policyId: 'p1', policyName: 'Urgent and high', policyVersion: 2,
        targets: [{
          metric: 'total-resolution-time', cycle: 2, policyName: 'Urgent and high', policyVersion: 2, targetMinutes: 480,
          businessHours: false, state: 'running', startedAt: '2026-12-07T15:00:00Z', dueAt: '2026-12-07T17:00:00Z',
          timeline: [{ kind: 'resumed', at: '2026-12-07T15:00:00Z', status: 'open', dueAt: '2026-12-07T17:00:00Z' }],
        }],
      }),
    });
    withQueryClient(<SlaPanel ticketId="t3" version={9} />);
    const timeline = await screen.findByRole('list', { name: 'Resolution #2 timeline' });
    expect(within(timeline).getByRole('listitem')).toHaveTextContent(/Resumed on reopening \(Open\), time before the solve counts, due/);
  });

  it('says when no policy applies', async () => {
    server = fakeApi({ 'GET /api/v1/tickets/t2/sla': () => ({ targets: [] }) });
    withQueryClient(<SlaPanel ticketId="t2" version={1} />);
    expect(await screen.findByText('No SLA policy applies.')).toBeInTheDocument();
  });
});
