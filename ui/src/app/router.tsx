import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { AppShell } from './AppShell';
import { RoleHome } from './routes/RoleHome';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: AppShell });

const indexRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: RoleHome });

const workspaceRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'workspace',
  component: lazyRouteComponent(() => import('./routes/WorkspaceLayout'), 'WorkspaceLayout'),
});

const viewRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/views/$viewId',
  component: lazyRouteComponent(() => import('./routes/ViewRoute'), 'ViewRoute'),
});

export interface TicketSearch {
  asOf?: string;
}

const ticketRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/tickets/$ticketId',
  validateSearch: (search: Record<string, unknown>): TicketSearch =>
    typeof search.asOf === 'string' ? { asOf: search.asOf } : {},
  component: lazyRouteComponent(() => import('./routes/TicketRoute'), 'TicketRoute'),
});

const macrosRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/macros',
  component: lazyRouteComponent(() => import('./routes/MacrosRoute'), 'MacrosRoute'),
});

// Shared macros and their use, for admins (the admin console gives /admin/** its own layout when it arrives).
const adminMacrosRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: '/admin/macros',
  component: lazyRouteComponent(() => import('./routes/AdminMacrosRoute'), 'AdminMacrosRoute'),
});

const myTicketsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-tickets',
  component: lazyRouteComponent(() => import('./routes/MyTicketsRoute'), 'MyTicketsRoute'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  workspaceRoute.addChildren([viewRoute, ticketRoute, macrosRoute, adminMacrosRoute]),
  myTicketsRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent' });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

export { ticketRoute, viewRoute };
