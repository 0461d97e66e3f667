import { Link, Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useMe } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { NotificationBell } from '@/features/notifications/NotificationBell';
import { StatusSwitch } from '@/features/status/components/StatusSwitch';
import { signOut } from '@/lib/auth/session';
import { useHotkeys } from '@/lib/useHotkeys';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { useTheme } from './theme';

const VIEW_KEYS = ['my-open', 'unassigned', 'all-open', 'pending', 'on-hold', 'recently-solved'];

export function AppShell() {
  const me = useMe();
  const theme = useTheme();
  const navigate = useNavigate();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const staff = me.data !== undefined && me.data.role !== 'customer';
  const inConsole = useLocation({ select: (location) => location.pathname.startsWith('/admin') });

  useHotkeys({
    '?': () => setShortcutsOpen(true),
    t: theme.toggle,
    ...Object.fromEntries(
      VIEW_KEYS.map((viewId, index) => [String(index + 1), () => staff && void navigate({ to: '/views/$viewId', params: { viewId } })]),
    ),
  });

  return (
    <div className="flex h-full flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <header className="flex items-center justify-between gap-4 border-b border-line bg-surface px-4 py-2">
        <Link to="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-accent text-sm text-accent-ink">A</span>
          AutoCRM
        </Link>
        <div className="flex items-center gap-2 text-sm">
          {me.data?.role === 'admin' && (
            inConsole
              ? <Link to="/" className="whitespace-nowrap rounded-md px-2 py-1 text-xs font-medium hover:bg-raised">Workspace</Link>
              : (
                <Link to="/admin" aria-label="Admin console" className="whitespace-nowrap rounded-md px-2 py-1 text-xs font-medium hover:bg-raised">
                  <span className="sm:hidden">Admin</span><span className="max-sm:hidden">Admin console</span>
                </Link>
              )
          )}
          {staff && !inConsole && me.data?.id && <StatusSwitch agentId={me.data.id} />}
          {staff && <NotificationBell />}
          {me.data && (
            <span className="hidden text-muted sm:inline">
              {me.data.name ?? me.data.email} <span className="text-xs">({me.data.role})</span>
            </span>
          )}
          {staff && (
            <Button variant="ghost" size="sm" className="max-sm:hidden" onPress={() => setShortcutsOpen(true)} aria-label="Keyboard shortcuts">
              ?
            </Button>
          )}
          <Button variant="ghost" size="sm" onPress={theme.toggle} aria-label={theme.dark ? 'Use light theme' : 'Use dark theme'}>
            {theme.dark ? '☀' : '☾'}
          </Button>
          <Button size="sm" className="whitespace-nowrap" onPress={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </header>
      <main id="main" className="flex min-h-0 flex-1">
        <Outlet />
      </main>
      <ShortcutsOverlay isOpen={shortcutsOpen} onOpenChange={setShortcutsOpen} />
    </div>
  );
}
