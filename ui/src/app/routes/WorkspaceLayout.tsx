import { Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useMe } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { ViewsNav } from '@/features/views/components/ViewsNav';
import { useViewCounts } from '@/features/views/hooks/useViewCounts';
import { useHotkeys } from '@/lib/useHotkeys';

/**
 * The agent workspace: views on the left, the queue or a ticket beside them. Staff only. On a phone the views fold
 * into a menu above the queue, which opens them as a panel over the screen and closes when a view is chosen.
 */
export function WorkspaceLayout() {
  const me = useMe();
  const counts = useViewCounts(me.data?.id ?? '');
  const pathname = useLocation({ select: (location) => location.pathname });
  // On a ticket at tablet widths the conversation needs the room; the views come back with the queue.
  const onTicket = pathname.startsWith('/tickets/');
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  useEffect(() => setMenuOpen(false), [pathname]);
  useHotkeys({ Escape: () => setMenuOpen(false) }, menuOpen);

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
    <div className="flex min-h-0 min-w-0 flex-1 max-md:flex-col">
      <div className="flex items-center border-b border-line bg-surface px-3 py-1.5 md:hidden">
        <Button size="sm" variant="ghost" aria-expanded={menuOpen} aria-controls={navId} onPress={() => setMenuOpen((open) => !open)}>
          <span aria-hidden>☰</span> Views
        </Button>
      </div>
      {menuOpen && (
        <button
          type="button"
          aria-label="Close the views"
          tabIndex={-1}
          className="fixed inset-0 z-30 bg-black/30 md:hidden"
          onClick={() => setMenuOpen(false)}
        />
      )}
      <ViewsNav
        id={navId}
        counts={counts}
        className={[
          onTicket && !menuOpen ? 'max-lg:hidden' : '',
          menuOpen ? 'max-md:fixed max-md:inset-y-0 max-md:left-0 max-md:z-40 max-md:flex max-md:w-64 max-md:shadow-xl' : 'max-md:hidden',
        ].join(' ')}
      />
      <div className="flex min-h-0 min-w-0 flex-1 flex-col">
        <Outlet />
      </div>
    </div>
  );
}
