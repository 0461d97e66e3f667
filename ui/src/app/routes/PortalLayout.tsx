import { Navigate, Outlet } from '@tanstack/react-router';
import { useMe } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { usePortalLive } from '@/features/portal/hooks/usePortalLive';

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
        <Outlet />
      </div>
    </div>
  );
}
