import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { QueueSort } from '@/api/keys';
import type { QueueItem } from '../api/queue';
import { minWidthRem, type QueueColumn } from './columns';

export interface QueueTableProps {
  label: string;
  items: QueueItem[];
  columns: QueueColumn[];
  sort: QueueSort;
  onSortChange: (sort: QueueSort) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string, range: boolean) => void;
  onToggleAll: () => void;
  activeIndex: number;
  onActiveChange: (index: number) => void;
  onOpen: (id: string) => void;
  fresh: ReadonlyMap<string, number>;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

const ROW_HEIGHT = 36;

/** A dense, virtualised ticket grid: only visible rows are in the DOM, so 10,000 loaded rows scroll smoothly. */
export function QueueTable(props: QueueTableProps) {
  const { items, columns, selected, activeIndex, fresh, hasMore, loadingMore, onLoadMore } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const template = `2.25rem ${columns.map((column) => column.width).join(' ')}`;
  // Below the columns' own minimum the grid scrolls sideways within itself instead of squeezing them.
  const minWidth = `${minWidthRem(columns)}rem`;
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastVisible >= items.length - 20) {
      onLoadMore();
    }
  }, [hasMore, loadingMore, lastVisible, items.length, onLoadMore]);

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < items.length) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, items.length, virtualizer]);

  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id ?? ''));
  const sortField = props.sort.replace(/^-/, '');
  const descending = props.sort.startsWith('-');

  return (
    <div
      role="grid"
      aria-label={props.label}
      aria-rowcount={items.length + 1}
      aria-multiselectable
      className="flex min-h-0 flex-1 flex-col text-sm"
    >
      <div ref={scroller} className="min-h-0 flex-1 overflow-auto">
        <div role="rowgroup" className="sticky top-0 z-10 border-b border-line bg-surface" style={{ minWidth }}>
          <div role="row" aria-rowindex={1} className="grid items-center" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" className="flex justify-center px-2 py-2">
              <input
                type="checkbox"
                aria-label="Select all loaded tickets"
                checked={allSelected}
                onChange={props.onToggleAll}
                className="size-4 accent-(--accent)"
              />
            </div>
            {columns.map((column) => {
              const sorted = column.sortField === sortField;
              return (
                <div
                  key={column.id}
                  role="columnheader"
                  aria-sort={sorted ? (descending ? 'descending' : 'ascending') : 'none'}
                  className="truncate px-2 py-2 text-xs font-semibold uppercase tracking-wide text-muted"
                >
                  {column.sortField ? (
                    <button
                      type="button"
                      className="uppercase hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
                      onClick={() => props.onSortChange((sorted && descending ? column.sortField : `-${column.sortField ?? ''}`) as QueueSort)}
                    >
                      {column.label}
                      {sorted && <span aria-hidden> {descending ? '↓' : '↑'}</span>}
                    </button>
                  ) : (
                    column.label
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth }}>
          {virtualRows.map((row) => {
            const item = items[row.index];
            if (!item) {
              return null;
            }
            const id = item.id ?? '';
            const isSelected = selected.has(id);
            const isActive = row.index === activeIndex;
            const freshVersion = fresh.get(id);
            return (
              <div
                key={freshVersion === undefined ? id : `${id}:${freshVersion}`}
                role="row"
                aria-rowindex={row.index + 2}
                aria-selected={isSelected}
                aria-current={isActive ? 'true' : undefined}
                data-ticket-id={id}
                onClick={() => props.onActiveChange(row.index)}
                onDoubleClick={() => props.onOpen(id)}
                className={`absolute inset-x-0 grid cursor-default items-center border-b border-line/60
                  ${isActive ? 'bg-accent-soft shadow-[inset_3px_0_0_var(--accent)]' : isSelected ? 'bg-raised' : 'hover:bg-raised/60'}
                  ${freshVersion !== undefined ? 'fresh-row' : ''}`}
                style={{ gridTemplateColumns: template, height: row.size, transform: `translateY(${row.start}px)` }}
              >
                <div role="gridcell" className="flex justify-center px-2">
                  <input
                    type="checkbox"
                    aria-label={`Select ticket #${item.number ?? ''}`}
                    checked={isSelected}
                    onClick={(event) => event.stopPropagation()}
                    onChange={(event) => props.onToggle(id, (event.nativeEvent as MouseEvent).shiftKey)}
                    className="size-4 accent-(--accent)"
                  />
                </div>
                {columns.map((column) => (
                  <div key={column.id} role="gridcell" className="flex min-w-0 items-center px-2">
                    {column.id === 'subject' ? (
                      <a
                        href={`/tickets/${id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          props.onOpen(id);
                        }}
                        className="truncate font-medium text-ink hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                      >
                        {item.subject ?? <span className="italic text-muted">Subject erased (#{item.number})</span>}
                      </a>
                    ) : (
                      column.render(item)
                    )}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {loadingMore && <p className="p-2 text-center text-xs text-muted">Loading more…</p>}
      </div>
    </div>
  );
}
