import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BUILT_IN_VIEWS } from '../api/builtInViews';
import { useSavedViews } from '../api/savedViews';

export interface ViewsNavProps {
  id?: string;
  className?: string;
  /** Live count per view id, when known. */
  counts?: Record<string, number | undefined>;
  children?: ReactNode;
}

const LINK = 'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent';

export function ViewsNav({ id, counts = {}, className = '', children }: ViewsNavProps) {
  const saved = useSavedViews();
  return (
    <nav id={id} aria-label="Views" className={`flex w-56 shrink-0 flex-col gap-4 overflow-y-auto border-r border-line bg-surface p-3 max-lg:w-48 ${className}`}>
      <section>
        <h2 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">Views</h2>
        <ul className="flex flex-col gap-0.5">
          {BUILT_IN_VIEWS.map((view) => (
            <li key={view.id}>
              <Link
                to="/views/$viewId"
                params={{ viewId: view.id }}
                className={LINK}
                activeProps={{ className: 'bg-accent-soft font-semibold', 'aria-current': 'page' }}
              >
                <span className="truncate">{view.name}</span>
                {counts[view.id] !== undefined && (
                  <span className="tabular-nums text-xs text-muted" aria-label={`${counts[view.id] ?? 0} tickets`}>
                    {counts[view.id]}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="mb-1 px-2 text-xs font-semibold uppercase tracking-wide text-muted">Saved views</h2>
        {saved.isError ? (
          <p className="px-2 text-xs text-danger">Saved views could not be loaded.</p>
        ) : (saved.data ?? []).length === 0 ? (
          <p className="px-2 text-xs text-muted">{saved.isPending ? 'Loading…' : 'None yet: filter a queue and save it.'}</p>
        ) : (
          <ul className="flex flex-col gap-0.5">
            {(saved.data ?? []).map((view) => (
              <li key={view.id}>
                <Link to="/views/$viewId" params={{ viewId: view.id ?? '' }} className={LINK}
                  activeProps={{ className: 'bg-accent-soft font-semibold', 'aria-current': 'page' }}>
                  <span className="truncate">{view.name}</span>
                  {view.shared && <span className="text-xs text-muted">shared</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {children}
    </nav>
  );
}
