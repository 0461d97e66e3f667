import { Link, Navigate, Outlet } from '@tanstack/react-router';
import { useMe } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { usePortalLive } from '@/features/portal/hooks/usePortalLive';

const NAV = 'rounded-md px-3 py-2 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-accent';

/** The customer portal: one narrow column that reads well on a phone, live while it is open. Staff go to the workspace. */
export function PortalLayout() {
  const me = useMe();
  const customer = me.data?.role === 'customer';
  usePortalLive(customer);
  if (me.isPending) {
    return <Spinner />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!customer) {
    return <Navigate to="/" replace />;
  }
  return (
    <div className="flex-1 overflow-y-auto bg-canvas">
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-3 py-4 sm:px-6 sm:py-6">
        <nav aria-label="Portal" className="flex gap-1 border-b border-line pb-2">
          <Link to="/portal" activeOptions={{ exact: true, includeSearch: false }} className={NAV} activeProps={{ className: 'bg-surface text-ink shadow-sm', 'aria-current': 'page' }} inactiveProps={{ className: 'text-muted hover:text-ink' }}>
            Requests
          </Link>
          <Link to="/portal/new" className={NAV} activeProps={{ className: 'bg-surface text-ink shadow-sm', 'aria-current': 'page' }} inactiveProps={{ className: 'text-muted hover:text-ink' }}>
            New request
          </Link>
        </nav>
        <Outlet />
      </div>
    </div>
  );
}
