import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { OperationsScreen } from './OperationsScreen';

const processor = (name: string, position: number | null, extra: Record<string, unknown> = {}) => ({
  name, running: true, replaying: false, caughtUp: position === 1000, position, head: 1000, segments: 1,
  lag: 1000 - (position ?? 0), eventsPerSecond: null, secondsLeft: position === 1000 ? 0 : null, ...extra,
});

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('OperationsScreen', { timeout: 30_000 }, () => {
  it('asks before rebuilding, then shows the replay as a progress bar with rate and time left', async () => {
    let rebuilt = false;
    server = fakeApi({
      'GET /api/v1/admin/read-models': () => (rebuilt
        ? [processor('queue', 250, { replaying: true, eventsPerSecond: 500, secondsLeft: 2 }), processor('audit', 1000)]
        : [processor('queue', 1000), processor('audit', 1000)]),
      'GET /api/v1/admin/read-models/dead-letters': () => [],
      'GET /api/v1/admin/process-managers': () => [],
      'POST /api/v1/admin/read-models/rebuild': () => {
        rebuilt = true;
        return json([processor('queue', 250, { replaying: true, eventsPerSecond: 500, secondsLeft: 2 }), processor('audit', 1000)], 202);
      },
    });
    withQueryClient(<OperationsScreen />);
    expect(await screen.findByText('Read models are up to date')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Events replayed' })).toHaveAttribute('aria-valuenow', '100');

    await userEvent.click(screen.getByRole('button', { name: 'Rebuild read models…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Nothing in the event store changes');
    expect(server.calls('POST /api/v1/admin/read-models/rebuild')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rebuild now' }));

    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Events replayed' })).toHaveAttribute('aria-valuenow', '25'));
    expect(screen.getByTestId('rebuild-counts')).toHaveTextContent('250 / 1,000 events');
    expect(screen.getByText('500 events/s')).toBeInTheDocument();
    expect(screen.getByText('about 2 s left')).toBeInTheDocument();
    expect(server.calls('POST /api/v1/admin/read-models/rebuild')).toHaveLength(1);
  });

  it('shows the refusal while another node holds the read models', async () => {
    server = fakeApi({
      'GET /api/v1/admin/read-models': () => [processor('queue', 1000)],
      'GET /api/v1/admin/read-models/dead-letters': () => [],
      'GET /api/v1/admin/process-managers': () => [],
      'POST /api/v1/admin/read-models/rebuild': () => json({ code: 'read-models-in-use', detail: 'Other nodes hold 2 segment claims on the read models; stop their query processes, then rebuild.' }, 409),
    });
    withQueryClient(<OperationsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rebuild read models…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Rebuild now' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Other nodes hold 2 segment claims');
    expect(alert).toHaveTextContent('read-models-in-use');
  });

  it('lists parked events and retries them', async () => {
    let letters = [{ processingGroup: 'queue', sequences: 1, letters: 3 }];
    server = fakeApi({
      'GET /api/v1/admin/read-models': () => [processor('queue', 1000)],
      'GET /api/v1/admin/read-models/dead-letters': () => letters,
      'GET /api/v1/admin/process-managers': () => [],
      'POST /api/v1/admin/read-models/dead-letters/retry': () => {
        letters = [];
        return letters;
      },
    });
    withQueryClient(<OperationsScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry parked events' }));
    expect(await screen.findByText('No parked events')).toBeInTheDocument();
  });

  it('shows how far the work engine is behind, by names people know, apart from the read models', async () => {
    server = fakeApi({
      'GET /api/v1/admin/read-models': () => [processor('tickets', 1000)],
      'GET /api/v1/admin/read-models/dead-letters': () => [],
      'GET /api/v1/admin/process-managers': () => [processor('assignment', 400, { eventsPerSecond: 50, secondsLeft: 12 }),
        processor('routing', 1000)],
    });
    withQueryClient(<OperationsScreen />);
    const engine = await screen.findByRole('region', { name: 'Work engine processors' });
    const rows = within(engine).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
    expect(rows[0]).toMatch(/^Assignment\s*assignment400 \/ 1,000600.*50\/s.*12 s left.*catching up/);
    expect(rows[1]).toMatch(/^Routing rules\s*routing.*up to date/);
    expect(within(screen.getByRole('region', { name: 'Read-model processors' })).queryByText('Assignment')).toBeNull();
  });
});
