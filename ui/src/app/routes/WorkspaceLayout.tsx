import { Link, Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useMe } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { ViewsNav } from '@/features/views/components/ViewsNav';
import { useViewCounts } from '@/features/views/hooks/useViewCounts';
import { useHotkeys } from '@/lib/useHotkeys';

const NAV_LINK = 'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent';

/**
 * The agent workspace: views (and macros) on the left, the queue, a ticket or the macros beside them. Staff only. On
 * a phone the views fold into a menu above the queue, which opens them as a panel over the screen and closes when a
 * view is chosen.
 */
export function WorkspaceLayout() {
  const me = useMe();
  const counts = useViewCounts(me.data?.id ?? '');
  const pathname = useLocation({ select: (location) => location.pathname });
  // The ticket a customer's link was meant for, taken once: the redirect below changes the address, and a render that
  // follows it must not read the new one and send them on to the list.
  const [customerTicketId] = useState(() => /^\/tickets\/([^/]+)/.exec(pathname)?.[1]);
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
    // A customer following a ticket link meant for agents reads the same ticket in the portal.
    return customerTicketId
      ? <Navigate to="/portal/tickets/$ticketId" params={{ ticketId: customerTicketId }} replace />
      : <Navigate to="/portal" replace />;
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
      >
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
      <div className="flex min-h-0 min-w-0 flex-1 flex-col">
        <Outlet />
      </div>
    </div>
  );
}
