import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { QueueFilters, QueueSort } from '@/api/keys';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { useHotkeys } from '@/lib/useHotkeys';
import { type QueueItem, useQueue } from '../api/queue';
import { useColumns } from '../hooks/useColumns';
import { useQueueStream } from '../hooks/useQueueStream';
import { useSelection } from '../hooks/useSelection';
import { ColumnChooser } from './ColumnChooser';
import { columnsById, DEFAULT_COLUMNS } from './columns';
import { LiveIndicator } from './LiveIndicator';
import { type QuickFilterValues, QuickFilters, toQueueFilters } from './QuickFilters';
import { QueueTable } from './QueueTable';

export interface QueueScreenProps {
  viewId: string;
  title: string;
  viewFilters: QueueFilters;
  initialColumns?: readonly string[];
  initialSort?: QueueSort;
  count?: number;
  onOpenTicket: (id: string, order: string[]) => void;
  /** Renders the bulk actions for the selected rows. */
  renderBulk?: (selection: { items: QueueItem[]; clear: () => void }) => ReactNode;
  /** Renders actions on what the queue shows now (e.g. saving it as a view). */
  renderActions?: (state: { filters: QueueFilters; columns: string[]; sort: QueueSort }) => ReactNode;
}

export function QueueScreen({ viewId, title, viewFilters, initialColumns = DEFAULT_COLUMNS, initialSort = '-updatedAt', count, onOpenTicket, renderBulk, renderActions }: QueueScreenProps) {
  const [quick, setQuick] = useState<QuickFilterValues>({});
  const [sort, setSort] = useState<QueueSort>(initialSort);
  const [columnIds, setColumnIds] = useColumns(viewId, initialColumns);
  const [activeIndex, setActiveIndex] = useState(0);
  const filters = useMemo(() => ({ ...viewFilters, ...toQueueFilters(quick), sort }), [viewFilters, quick, sort]);
  const queue = useQueue(filters);
  const stream = useQueueStream(filters);
  const items = useMemo(() => queue.data?.pages.flatMap((page) => page.items ?? []) ?? [], [queue.data]);
  const ids = useMemo(() => items.map((item) => item.id ?? ''), [items]);
  const selection = useSelection(ids);
  const open = useCallback((id: string) => onOpenTicket(id, ids), [onOpenTicket, ids]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = queue;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  useHotkeys({
    j: () => setActiveIndex((index) => Math.min(index + 1, items.length - 1)),
    k: () => setActiveIndex((index) => Math.max(index - 1, 0)),
    Enter: () => {
      const id = ids[activeIndex];
      if (id) open(id);
    },
    x: () => {
      const id = ids[activeIndex];
      if (id) selection.toggle(id, false);
    },
  });

  const selectedItems = items.filter((item) => selection.selected.has(item.id ?? ''));

  return (
    <section aria-labelledby="queue-title" className="flex min-h-0 min-w-0 flex-1 flex-col">
      <header className="flex flex-col gap-2 border-b border-line bg-surface px-4 py-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="queue-title" className="text-lg font-semibold">
            {title}
          </h1>
          {count !== undefined && <span className="rounded-full bg-raised px-2 py-0.5 text-xs tabular-nums text-muted">{count} tickets</span>}
          <LiveIndicator status={stream.status} />
          <div className="ml-auto flex items-center gap-2">
            <ColumnChooser columns={columnIds} onChange={setColumnIds} />
            {renderActions?.({ filters, columns: columnIds, sort })}
          </div>
        </div>
        <QuickFilters value={quick} onChange={setQuick} />
      </header>
      {selectedItems.length > 0 && renderBulk?.({ items: selectedItems, clear: selection.clear })}
      {queue.isPending ? (
        <Spinner label="Loading tickets…" />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No tickets here">Nothing matches this view right now. New tickets appear live.</EmptyState>
      ) : (
        <QueueTable
          label={title}
          items={items}
          columns={columnsById(columnIds)}
          sort={sort}
          onSortChange={setSort}
          selected={selection.selected}
          onToggle={selection.toggle}
          onToggleAll={selection.toggleAll}
          activeIndex={activeIndex}
          onActiveChange={setActiveIndex}
          onOpen={open}
          fresh={stream.fresh}
          hasMore={hasNextPage}
          loadingMore={isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
      <p className="border-t border-line bg-surface px-4 py-1.5 text-xs text-muted">
        {items.length} loaded{hasNextPage ? ', more on scroll' : ''} · <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>x</kbd> select · <kbd>?</kbd> all shortcuts
      </p>
    </section>
  );
}
