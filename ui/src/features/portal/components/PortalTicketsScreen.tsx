import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button as AriaButton, Input, Label, SearchField, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useMe } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { type PortalListFilters, type PortalStatusFilter, usePortalTickets } from '../api/portal';
import { StatusBadge } from './StatusBadge';

export interface PortalTicketsScreenProps {
  filters: PortalListFilters;
}

const STATUS_FILTERS: { id: PortalStatusFilter; label: string }[] = [
  { id: 'open', label: 'Open' },
  { id: 'solved', label: 'Solved' },
  { id: 'all', label: 'All' },
];

const EMPTY: Record<PortalStatusFilter, string> = { open: 'No open requests', solved: 'No solved requests yet', all: 'No requests yet' };

const TAB = 'rounded-md px-3 py-2 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-accent';

/** The customer's requests (or their organisation's, when it shares them): searchable, open or solved, page by page. */
export function PortalTicketsScreen({ filters }: PortalTicketsScreenProps) {
  const me = useMe();
  const navigate = useNavigate();
  const organisation = me.data?.sharedOrganisation ?? undefined;
  const scope = filters.scope === 'organisation' && organisation ? 'organisation' : 'mine';
  const tickets = usePortalTickets({ ...filters, scope }, me.data?.id);
  const [text, setText] = useState(filters.q);
  const go = (next: Partial<PortalListFilters>) =>
    void navigate({ to: '/portal', search: (previous) => ({ ...previous, ...next }), replace: true });
  const items = tickets.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const title = scope === 'organisation' ? "My organisation's requests" : 'My requests';

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{title}</h1>
        <Link to="/portal/new" className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 text-sm font-medium text-accent-ink outline-none focus-visible:ring-2 focus-visible:ring-accent focus-visible:ring-offset-2 sm:min-h-9">
          New request
        </Link>
      </div>
      {organisation && (
        <nav aria-label="Whose requests" className="flex gap-1 rounded-lg bg-raised p-1">
          {(['mine', 'organisation'] as const).map((option) => (
            <Link
              key={option}
              to="/portal"
              search={(previous) => ({ ...previous, scope: option === 'organisation' ? 'organisation' : undefined })}
              aria-current={scope === option ? 'page' : undefined}
              className={`${TAB} flex-1 text-center ${scope === option ? 'bg-surface text-ink shadow-sm' : 'text-muted hover:text-ink'}`}
            >
              {option === 'mine' ? 'Mine' : 'My organisation'}
            </Link>
          ))}
        </nav>
      )}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <form
          role="search"
          className="flex flex-1 items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            go({ q: text.trim() || undefined });
          }}
        >
          <SearchField value={text} onChange={setText} onClear={() => go({ q: undefined })} className="flex flex-1 flex-col gap-1">
            <Label className="text-sm font-medium">Search your requests</Label>
            <div className="flex items-center rounded-md border border-line bg-surface focus-within:ring-2 focus-within:ring-accent">
              <Input placeholder="Subject or message text" className="min-w-0 flex-1 bg-transparent px-3 py-2 text-base outline-none sm:text-sm [&::-webkit-search-cancel-button]:hidden" />
              {text && (
                <AriaButton aria-label="Clear search" className="px-3 text-muted outline-none hover:text-ink focus-visible:ring-2 focus-visible:ring-accent">
                  ✕
                </AriaButton>
              )}
            </div>
          </SearchField>
          <Button type="submit" className="min-h-11 sm:min-h-0 sm:py-2">
            Search
          </Button>
        </form>
        <ToggleButtonGroup
          aria-label="Show"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[filters.status]}
          onSelectionChange={(keys) => go({ status: [...keys][0] as PortalStatusFilter })}
          className="flex gap-1 rounded-lg bg-raised p-1"
        >
          {STATUS_FILTERS.map((option) => (
            <ToggleButton
              key={option.id}
              id={option.id}
              className={({ isSelected }) => `${TAB} flex-1 ${isSelected ? 'bg-surface text-ink shadow-sm' : 'text-muted hover:text-ink'}`}
            >
              {option.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </div>
      {tickets.isPending ? (
        <Spinner label="Loading your requests…" />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} title="Your requests could not be loaded" />
      ) : items.length === 0 ? (
        <EmptyState title={filters.q ? 'No request matches your search' : EMPTY[filters.status]}>
          {filters.q ? 'Try other words, or look at all requests.' : <Link to="/portal/new" className="text-accent underline">Open a new request</Link>}
        </EmptyState>
      ) : (
        <>
          <ul aria-label={title} className="flex flex-col gap-2">
            {items.map((ticket) => (
              <li key={ticket.id}>
                <Link
                  to="/portal/tickets/$ticketId"
                  params={{ ticketId: ticket.id ?? '' }}
                  className="block rounded-lg border border-line bg-surface p-3 outline-none hover:bg-raised focus-visible:ring-2 focus-visible:ring-accent sm:p-4"
                >
                  <span className="flex items-start justify-between gap-3">
                    <span className="min-w-0 break-words font-medium">{ticket.subject}</span>
                    <StatusBadge category={ticket.status?.category} />
                  </span>
                  <span className="mt-1 block text-xs text-muted">
                    #{ticket.number}
                    {scope === 'organisation' && ticket.requester?.name ? ` · ${ticket.requester.name}` : ''} · updated{' '}
                    {ticket.updatedAt && <RelativeTime value={ticket.updatedAt} />}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {tickets.hasNextPage && (
            <Button onPress={() => void tickets.fetchNextPage()} isDisabled={tickets.isFetchingNextPage} className="min-h-11 self-center sm:min-h-0">
              {tickets.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
