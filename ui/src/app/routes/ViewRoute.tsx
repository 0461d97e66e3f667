import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useMe } from '@/api/directory';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { BulkBar } from '@/features/queue/components/BulkBar';
import { QueueScreen } from '@/features/queue/components/QueueScreen';
import { builtInView } from '@/features/views/api/builtInViews';
import { sortOf, toQueueFilters, useSavedViews } from '@/features/views/api/savedViews';
import { SaveViewButton } from '@/features/views/components/SaveViewButton';
import { useViewCounts } from '@/features/views/hooks/useViewCounts';
import { rememberQueueOrder } from '../queueOrder';

/** A queue for a built-in or saved view, with bulk changes and "save as view". */
export function ViewRoute() {
  const { viewId } = useParams({ from: '/workspace/views/$viewId' });
  const me = useMe();
  const navigate = useNavigate();
  const builtIn = builtInView(viewId);
  const saved = useSavedViews(builtIn === undefined);
  const savedView = saved.data?.find((view) => view.id === viewId);
  const agentId = me.data?.id ?? '';
  const counts = useViewCounts(agentId);
  const filters = useMemo(
    () => (builtIn ? builtIn.filters(agentId) : toQueueFilters(savedView?.filters)),
    [builtIn, agentId, savedView],
  );
  const open = useCallback(
    (ticketId: string, order: string[]) => {
      rememberQueueOrder(order);
      void navigate({ to: '/tickets/$ticketId', params: { ticketId } });
    },
    [navigate],
  );
  if (!builtIn && saved.isPending) return <Spinner label="Loading view…" />;
  if (!builtIn && saved.isError) return <ErrorState error={saved.error} onRetry={() => void saved.refetch()} />;
  if (!builtIn && !savedView) {
    return <EmptyState title="This view does not exist">It may have been deleted. Pick a view on the left.</EmptyState>;
  }
  return (
    <QueueScreen
      key={viewId}
      viewId={viewId}
      title={builtIn?.name ?? savedView?.name ?? ''}
      viewFilters={filters}
      initialColumns={savedView?.columns}
      initialSort={savedView ? sortOf(savedView) : undefined}
      count={builtIn ? counts[viewId] : undefined}
      onOpenTicket={open}
      renderBulk={({ items, clear }) => <BulkBar items={items} onDone={clear} />}
      renderActions={(state) => (
        <SaveViewButton {...state} canShare={me.data?.role === 'admin'}
          onSaved={(id) => void navigate({ to: '/views/$viewId', params: { viewId: id } })} />
      )}
    />
  );
}
