import { Navigate } from '@tanstack/react-router';
import { useMe } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';

/** Agents and admins land in the workspace, customers in the portal. */
export function RoleHome() {
  const me = useMe();
  if (me.isPending) {
    return <Spinner />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  return me.data.role === 'customer' ? <Navigate to="/portal" replace /> : <Navigate to="/views/$viewId" params={{ viewId: 'my-open' }} replace />;
}
