import { Link } from '@tanstack/react-router';
import { useState } from 'react';

interface Entry {
  to?: string;
  href?: string;
  label: string;
  coming?: boolean;
}

const SECTIONS: { title: string; entries: Entry[] }[] = [
  {
    title: 'People',
    entries: [
      { to: '/admin/agents', label: 'Agents' },
      { to: '/admin/customers', label: 'Customers' },
      { to: '/admin/logins', label: 'Logins and roles' },
      { to: '/admin/organisations', label: 'Organisations' },
    ],
  },
  {
    title: 'Helpdesk',
    entries: [
      { to: '/admin/teams', label: 'Teams' },
      { to: '/admin/skills', label: 'Skills' },
      { to: '/admin/calendars', label: 'Calendars and schedules' },
      { to: '/admin/statuses', label: 'Statuses' },
      { to: '/admin/fields', label: 'Custom fields' },
      { href: '/admin/macros', label: 'Macros' },
      { to: '/admin/routing', label: 'Routing' },
      { to: '/admin/triggers', label: 'Triggers' },
      { to: '/admin/automations', label: 'Automations' },
      { to: '/admin/sla', label: 'SLA policies' },
      { label: 'Knowledge base', coming: true },
      { label: 'Channels', coming: true },
      { label: 'Analytics', coming: true },
    ],
  },
  {
    title: 'Installation',
    entries: [
      { to: '/admin/api-keys', label: 'API keys' },
      { to: '/admin/settings', label: 'Settings' },
      { to: '/admin/operations', label: 'Operations' },
      { to: '/admin/mail', label: 'Mail' },
      { to: '/admin/audit-log', label: 'Audit log' },
    ],
  },
];

const LINK = 'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent';

/** The console's navigation: people, the helpdesk's shape, the installation; later features as "coming". */
export function ConsoleNav() {
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label="Console" className="shrink-0 border-line bg-surface md:w-56 md:overflow-y-auto md:border-r max-md:border-b">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="console-nav-list"
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center justify-between px-4 py-2 text-sm font-medium md:hidden"
      >
        Console menu <span aria-hidden>{open ? '▴' : '▾'}</span>
      </button>
      <div id="console-nav-list" className={`flex-col gap-4 p-3 md:flex ${open ? 'flex' : 'hidden'}`}>
        {SECTIONS.map((section) => (
          <section key={section.title}>
            <h2 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">{section.title}</h2>
            <ul className="flex flex-col gap-0.5">
              {section.entries.map((entry) => (
                <li key={entry.label}>
                  {entry.coming ? (
                    <span className={`${LINK} cursor-default text-muted hover:bg-transparent`} aria-disabled="true">
                      {entry.label} <span className="text-xs">coming</span>
                    </span>
                  ) : entry.href ? (
                    <a href={entry.href} className={LINK}>{entry.label}</a>
                  ) : (
                    <Link to={entry.to} className={LINK} onClick={() => setOpen(false)}
                      activeProps={{ className: 'bg-accent-soft font-semibold', 'aria-current': 'page' }}>
                      {entry.label}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
