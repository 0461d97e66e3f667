import { Link, Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useMe } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { ViewsNav } from '@/features/views/components/ViewsNav';
import { useViewCounts } from '@/features/views/hooks/useViewCounts';

const NAV_LINK = 'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent';

/** The agent workspace: views on the left, the queue or a ticket beside them. Staff only. */
export function WorkspaceLayout() {
  const me = useMe();
  const counts = useViewCounts(me.data?.id ?? '');
  // On a ticket at tablet widths the conversation needs the room; the views come back with the queue.
  const onTicket = useLocation({ select: (location) => location.pathname.startsWith('/tickets/') });
  // The macro screens take the whole width of a phone.
  const onMacros = useLocation({ select: (location) => /^\/(admin\/)?macros/.test(location.pathname) });
  if (me.isPending) {
    return <Spinner />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.role === 'customer') {
    return <Navigate to="/my-tickets" replace />;
  }
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <ViewsNav counts={counts} className={onTicket ? 'max-lg:hidden' : onMacros ? 'max-sm:hidden' : ''}>
        <section>
          <h2 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">Macros</h2>
          <ul className="flex flex-col gap-0.5">
            <li>
              <Link to="/macros" className={NAV_LINK} activeProps={{ className: 'bg-accent-soft font-semibold', 'aria-current': 'page' }}>
                My macros
              </Link>
            </li>
            {me.data.role === 'admin' && (
              <li>
                <Link to="/admin/macros" className={NAV_LINK} activeProps={{ className: 'bg-accent-soft font-semibold', 'aria-current': 'page' }}>
                  Shared macros and use
                </Link>
              </li>
            )}
          </ul>
        </section>
      </ViewsNav>
      <div className="flex min-w-0 flex-1 flex-col">
        <Outlet />
      </div>
    </div>
  );
}
