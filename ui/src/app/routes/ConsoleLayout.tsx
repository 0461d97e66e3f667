import { Link, Outlet } from '@tanstack/react-router';
import { useMe } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { ConsoleNav } from '@/features/console/components/ConsoleNav';

/** The admin console: its own navigation beside the screen. Admins only; anyone else is told so plainly. */
export function ConsoleLayout() {
  const me = useMe();
  if (me.isPending) {
    return <Spinner />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (me.data.role !== 'admin') {
    return (
      <div className="mx-auto mt-10 w-full min-w-0 max-w-md p-4 [overflow-wrap:anywhere]">
        <div role="alert" className="rounded-lg border border-line bg-surface p-6">
          <h1 className="text-lg font-semibold">Not allowed</h1>
          <p className="mt-2 text-sm">
            The admin console is for admins. You are signed in as {me.data.email ?? me.data.name} ({me.data.role}); ask an
            admin if you need something changed here.
          </p>
          <Link to="/" className="mt-4 inline-block text-sm font-medium text-accent hover:underline">
            {me.data.role === 'customer' ? 'Back to your tickets' : 'Back to the workspace'}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="flex min-h-0 min-w-0 flex-1 max-md:flex-col">
      <ConsoleNav />
      <div className="min-h-0 min-w-0 flex-1 overflow-y-auto bg-canvas">
        <Outlet />
      </div>
    </div>
  );
}
