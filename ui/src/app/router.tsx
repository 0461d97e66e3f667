import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
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


/** The customer portal (customers land here); its own lazy chunk. */
const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/portal',
  component: lazyRouteComponent(() => import('./routes/PortalLayout'), 'PortalLayout'),
});

export interface PortalTicketsSearch {
  scope?: 'mine' | 'organisation';
  status?: 'open' | 'solved' | 'all';
  q?: string;
}

const portalTicketsRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): PortalTicketsSearch => ({
    ...(search.scope === 'organisation' ? { scope: 'organisation' as const } : {}),
    ...(search.status === 'solved' || search.status === 'all' ? { status: search.status } : {}),
    ...(typeof search.q === 'string' && search.q !== '' ? { q: search.q } : {}),
  }),
  component: lazyRouteComponent(() => import('./routes/PortalRoutes'), 'PortalTicketsRoute'),
});

const portalNewTicketRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/new',
  component: lazyRouteComponent(() => import('./routes/PortalRoutes'), 'NewTicketRoute'),
});

export interface PortalTicketSearch {
  followUpOf?: string;
}

const portalTicketRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: '/tickets/$ticketId',
  validateSearch: (search: Record<string, unknown>): PortalTicketSearch =>
    typeof search.followUpOf === 'string' ? { followUpOf: search.followUpOf } : {},
  component: lazyRouteComponent(() => import('./routes/PortalRoutes'), 'PortalTicketRoute'),
});

/** The customers' page before the portal: old links still work. */
const myTicketsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-tickets',
  beforeLoad: () => {
    throw redirect({ to: '/portal', replace: true });
  },
});

// The admin console: its own layout and navigation; each screen loads on demand.
const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('./routes/ConsoleLayout'), 'ConsoleLayout'),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/admin/agents', replace: true });
  },
});

const agentsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'agents',
  component: lazyRouteComponent(() => import('@/features/console/components/AgentsScreen'), 'AgentsScreen'),
});

const customersScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'customers',
  component: lazyRouteComponent(() => import('@/features/console/components/CustomersScreen'), 'CustomersScreen'),
});

const customerProfileRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'customers/$customerId',
  component: lazyRouteComponent(() => import('./routes/CustomerProfileRoute'), 'CustomerProfileRoute'),
});

const loginsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'logins',
  component: lazyRouteComponent(() => import('@/features/console/components/LoginsScreen'), 'LoginsScreen'),
});

const organisationsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'organisations',
  component: lazyRouteComponent(() => import('@/features/console/components/OrganisationsScreen'), 'OrganisationsScreen'),
});

const teamsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'teams',
  component: lazyRouteComponent(() => import('@/features/console/components/TeamsScreen'), 'TeamsScreen'),
});

const calendarsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'calendars',
  component: lazyRouteComponent(() => import('@/features/console/components/CalendarsScreen'), 'CalendarsScreen'),
});

const skillsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'skills',
  component: lazyRouteComponent(() => import('@/features/console/components/SkillsScreen'), 'SkillsScreen'),
});

const slaScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'sla',
  component: lazyRouteComponent(() => import('@/features/console/components/SlaPoliciesScreen'), 'SlaPoliciesScreen'),
});

const statusesScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'statuses',
  component: lazyRouteComponent(() => import('@/features/console/components/StatusesScreen'), 'StatusesScreen'),
});

const customFieldsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'fields',
  component: lazyRouteComponent(() => import('@/features/console/components/CustomFieldsScreen'), 'CustomFieldsScreen'),
});

const apiKeysScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'api-keys',
  component: lazyRouteComponent(() => import('@/features/console/components/ApiKeysScreen'), 'ApiKeysScreen'),
});

const settingsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'settings',
  component: lazyRouteComponent(() => import('@/features/console/components/SettingsScreen'), 'SettingsScreen'),
});

const operationsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'operations',
  component: lazyRouteComponent(() => import('@/features/console/components/OperationsScreen'), 'OperationsScreen'),
});

const mailScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'mail',
  component: lazyRouteComponent(() => import('@/features/console/components/MailScreen'), 'MailScreen'),
});

const routingScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'routing',
  component: lazyRouteComponent(() => import('@/features/console/components/RoutingScreen'), 'RoutingScreen'),
});

const auditLogScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'audit-log',
  component: lazyRouteComponent(() => import('@/features/console/components/AuditLogScreen'), 'AuditLogScreen'),
});

// Shared macros and their use, for admins: a console screen.
const adminMacrosRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'macros',
  component: lazyRouteComponent(() => import('./routes/AdminMacrosRoute'), 'AdminMacrosRoute'),
});

// Triggers and automations, for admins: console screens.
const triggersScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'triggers',
  component: lazyRouteComponent(() => import('@/features/automations/components/TriggersScreen'), 'TriggersScreen'),
});

const automationsScreenRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'automations',
  component: lazyRouteComponent(() => import('@/features/automations/components/AutomationsScreen'), 'AutomationsScreen'),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  workspaceRoute.addChildren([viewRoute, ticketRoute, macrosRoute]),
  portalRoute.addChildren([portalTicketsRoute, portalNewTicketRoute, portalTicketRoute]),
  myTicketsRoute,
  adminRoute.addChildren([
    adminIndexRoute,
    agentsScreenRoute,
    customersScreenRoute,
    customerProfileRoute,
    loginsScreenRoute,
    organisationsScreenRoute,
    teamsScreenRoute,
    calendarsScreenRoute,
    skillsScreenRoute,
    statusesScreenRoute,
    slaScreenRoute,
    customFieldsScreenRoute,
    apiKeysScreenRoute,
    settingsScreenRoute,
    operationsScreenRoute,
    mailScreenRoute,
    routingScreenRoute,
    auditLogScreenRoute,
    adminMacrosRoute,
    triggersScreenRoute,
    automationsScreenRoute,
  ]),
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
