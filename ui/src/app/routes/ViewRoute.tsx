import { useNavigate, useParams } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useMe } from '@/api/directory';
import { EmptyState } from '@/components/ui/EmptyState';
import { BulkBar } from '@/features/queue/components/BulkBar';
import { QueueScreen } from '@/features/queue/components/QueueScreen';
import { builtInView } from '@/features/views/api/builtInViews';
import { useViewCounts } from '@/features/views/hooks/useViewCounts';
import { rememberQueueOrder } from '../queueOrder';

export function ViewRoute() {
  const { viewId } = useParams({ from: '/workspace/views/$viewId' });
  const me = useMe();
  const navigate = useNavigate();
  const view = builtInView(viewId);
  const agentId = me.data?.id ?? '';
  const counts = useViewCounts(agentId);
  const filters = useMemo(() => view?.filters(agentId) ?? {}, [view, agentId]);
  const open = useCallback(
    (ticketId: string, order: string[]) => {
      rememberQueueOrder(order);
      void navigate({ to: '/tickets/$ticketId', params: { ticketId } });
    },
    [navigate],
  );
  if (!view) {
    return <EmptyState title="This view does not exist">Pick a view on the left.</EmptyState>;
  }
  return <QueueScreen key={viewId} viewId={viewId} title={view.name} viewFilters={filters} count={counts[viewId]} onOpenTicket={open}
    renderBulk={({ items, clear }) => <BulkBar items={items} onDone={clear} />} />;
}
