import { Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useMe } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { ViewsNav } from '@/features/views/components/ViewsNav';
import { useViewCounts } from '@/features/views/hooks/useViewCounts';

/** The agent workspace: views on the left, the queue or a ticket beside them. Staff only. */
export function WorkspaceLayout() {
  const me = useMe();
  const counts = useViewCounts(me.data?.id ?? '');
  // On a ticket at tablet widths the conversation needs the room; the views come back with the queue.
  const onTicket = useLocation({ select: (location) => location.pathname.startsWith('/tickets/') });
  if (me.isPending) {
    return <Spinner />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.role === 'customer') {
    // A customer following a ticket link meant for agents reads the same ticket in the portal.
    const ticketId = /^\/tickets\/([^/]+)/.exec(window.location.pathname)?.[1];
    return ticketId ? <Navigate to="/portal/tickets/$ticketId" params={{ ticketId }} replace /> : <Navigate to="/portal" replace />;
  }
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <ViewsNav counts={counts} className={onTicket ? 'max-lg:hidden' : ''} />
      <div className="flex min-w-0 flex-1 flex-col">
        <Outlet />
      </div>
    </div>
  );
}
