import { Fragment, type ReactNode } from 'react';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { stateLabel } from '../api/mail';
import { CARD_TABLE } from './ConsolePage';

export interface MailLogTableProps<T extends { id?: string }> {
  /** The table's name for assistive technology ("Received mail"). */
  label: string;
  /** The states the filter offers. */
  states: readonly string[];
  /** Only mail in this state; '' for every state. */
  state: string;
  onStateChange: (state: string) => void;
  /** The log's pages. */
  query: UseInfiniteQueryResult<InfiniteData<{ items?: T[] }>>;
  /** What each state would hold, for a list that shows none of it. */
  empty: Record<string, { title: string; text: string }>;
  /** The column headings; the last is read by assistive technology only (the row's actions). */
  columns: [...string[], string];
  row: (item: T) => ReactNode;
}

/** One side of the mail log: a state filter, the mail as a table (cards on phones), its empty and error states, more pages. */
export function MailLogTable<T extends { id?: string }>(
  { label, states, state, onStateChange, query, empty, columns, row }: MailLogTableProps<T>,
) {
  const items = query.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const headings = columns.slice(0, -1);
  return (
    <div className="flex flex-col gap-3">
      <SelectField label="State" value={state} placeholder="Any state" onChange={onStateChange}
        options={states.map((value) => ({ value, label: stateLabel(value) }))} />
      {query.isPending ? <Spinner label={`Loading ${label.toLowerCase()}…`} />
        : query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        : items.length === 0 ? <EmptyState title={empty[state]?.title ?? 'No mail'}>{empty[state]?.text}</EmptyState>
        : (
          <>
            <div className={CARD_TABLE.wrap} tabIndex={0} role="region" aria-label={label}>
              <table className={CARD_TABLE.table}>
                <thead className={CARD_TABLE.head}><tr>
                  {headings.map((heading) => <th key={heading} className={CARD_TABLE.th}>{heading}</th>)}
                  <th className={CARD_TABLE.th}><span className="sr-only">{columns.at(-1)}</span></th>
                </tr></thead>
                <tbody className={CARD_TABLE.body}>{items.map((item, i) => <Fragment key={item.id ?? i}>{row(item)}</Fragment>)}</tbody>
              </table>
            </div>
            {query.hasNextPage && (
              <Button variant="secondary" className="self-center" isDisabled={query.isFetchingNextPage}
                onPress={() => void query.fetchNextPage()}>
                {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </>
        )}
    </div>
  );
}
