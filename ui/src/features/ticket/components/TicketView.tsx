import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { useMe } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import { exactTime } from '@/lib/time';
import { useHotkeys } from '@/lib/useHotkeys';
import { type TicketDetail, useTicket, useTicketAsOf } from '../api/ticket';
import { usePropertyChange } from '../hooks/usePropertyChange';
import { Composer, type ComposerHandle } from './Composer';
import { HistoryPanel } from './HistoryPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { Timeline } from './Timeline';

export interface TicketViewProps {
  ticketId: string;
  /** When set, the ticket as it was at this instant (read-only). */
  asOf?: string;
  onShowAsOf: (instant: string | undefined) => void;
  onBack: () => void;
  onStep: (step: 1 | -1) => void;
  /** The requester's context, rendered by its own feature. */
  renderRequester: (ticket: TicketDetail) => ReactNode;
  /** Who else is here (presence), rendered by its own feature. */
  presence?: ReactNode;
  onTypingChange?: (typing: boolean) => void;
}

type Side = 'properties' | 'requester' | 'history';

function Header({ ticket, children }: { ticket: TicketDetail; children?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-2 border-b border-line bg-surface px-4 py-3">
      <div className="min-w-0">
        <p className="text-xs text-muted">
          #{ticket.number} · {humanize(ticket.status?.key)} · {humanize(ticket.priority)} priority · via {humanize(ticket.channel)}
        </p>
        <h1 className="truncate text-lg font-semibold">{ticket.subject}</h1>
      </div>
      <div className="flex items-center gap-2">{children}</div>
    </header>
  );
}

export function TicketView({ ticketId, asOf, onShowAsOf, onBack, onStep, renderRequester, presence, onTypingChange }: TicketViewProps) {
  const live = useTicket(ticketId);
  const past = useTicketAsOf(ticketId, asOf);
  const query = asOf ? past : live;
  const [side, setSide] = useState<Side>('properties');
  const composer = useRef<ComposerHandle>(null);

  if (query.isPending) return <Spinner label="Loading ticket…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const ticket = query.data;

  return (
    <TicketLayout
      ticket={ticket}
      asOf={asOf}
      side={side}
      onSide={setSide}
      composer={composer}
      onShowAsOf={onShowAsOf}
      onBack={onBack}
      onStep={onStep}
      renderRequester={renderRequester}
      presence={presence}
      onTypingChange={onTypingChange}
    />
  );
}

interface TicketLayoutProps extends Omit<TicketViewProps, 'ticketId'> {
  ticket: TicketDetail;
  side: Side;
  onSide: (side: Side) => void;
  composer: RefObject<ComposerHandle | null>;
}

function TicketLayout({ ticket, asOf, side, onSide, composer, onShowAsOf, onBack, onStep, renderRequester, presence, onTypingChange }: TicketLayoutProps) {
  const me = useMe();
  const change = usePropertyChange(ticket);
  const readOnly = asOf !== undefined;

  useHotkeys({
    r: () => !readOnly && composer.current?.start('public-reply'),
    n: () => !readOnly && composer.current?.start('internal-note'),
    a: () => !readOnly && me.data?.id && change.apply({ assigneeId: me.data.id }),
    s: () => {
      onSide('properties');
      setTimeout(() => document.querySelector<HTMLSelectElement>('section[aria-label="Properties"] select')?.focus(), 0);
    },
    h: () => onSide('history'),
    ']': () => onStep(1),
    '[': () => onStep(-1),
    Escape: () => (readOnly ? onShowAsOf(undefined) : onBack()),
  });

  const tabs: [Side, string][] = [['properties', 'Properties'], ['requester', 'Requester'], ['history', 'History']];
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <Header ticket={ticket}>
        {presence}
        <Button size="sm" variant="ghost" onPress={() => onStep(-1)} aria-label="Previous ticket">↑</Button>
        <Button size="sm" variant="ghost" onPress={() => onStep(1)} aria-label="Next ticket">↓</Button>
        <Button size="sm" onPress={onBack}>Back to queue</Button>
      </Header>
      {readOnly && (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 border-b border-note-line bg-note px-4 py-2 text-sm text-note-ink">
          <span>
            You are looking at this ticket <strong>as it was at {exactTime(asOf)}</strong> (version {ticket.version}). Nothing here can be changed.
          </span>
          <Button size="sm" onPress={() => onShowAsOf(undefined)}>Back to now</Button>
        </div>
      )}
      <div className="flex min-h-0 flex-1">
        <div className="flex min-w-0 flex-1 flex-col gap-4 overflow-y-auto p-4">
          <Timeline messages={ticket.messages ?? []} />
          {!readOnly && <Composer ticketId={ticket.id ?? ''} currentStatus={ticket.status?.key} onTypingChange={onTypingChange} handle={composer} />}
        </div>
        <aside aria-label="Ticket details" className="flex w-80 shrink-0 flex-col border-l border-line bg-surface max-lg:w-72">
          <div role="tablist" aria-label="Ticket details" className="flex border-b border-line">
            {tabs.map(([id, label]) => (
              <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={side === id} aria-controls={`panel-${id}`}
                onClick={() => onSide(id)}
                className={`flex-1 px-2 py-2 text-sm ${side === id ? 'border-b-2 border-accent font-semibold' : 'text-muted hover:text-ink'}`}>
                {label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${side}`} aria-labelledby={`tab-${side}`} className="min-h-0 flex-1 overflow-y-auto p-4">
            {side === 'properties' && <PropertiesPanel ticket={ticket} readOnly={readOnly} change={change} />}
            {side === 'requester' && renderRequester(ticket)}
            {side === 'history' && <HistoryPanel ticketId={ticket.id ?? ''} onShowAsOf={onShowAsOf} />}
          </div>
        </aside>
      </div>
    </div>
  );
}
