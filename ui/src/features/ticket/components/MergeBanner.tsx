import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiProblem } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { unmergeTicket, useAfterLinkedWrite } from '../api/merge';
import type { TicketDetail } from '../api/ticket';

export interface MergeBannerProps {
  ticket: TicketDetail;
  /** False when the ticket is shown as it was (nothing can be undone from the past). */
  canUndo: boolean;
}

type Ref = { id?: string; number?: number };

function TicketLink({ to }: { to: Ref }) {
  return (
    <Link to="/tickets/$ticketId" params={{ ticketId: to.id ?? '' }} className="font-semibold underline underline-offset-2 outline-none focus-visible:ring-2 focus-visible:ring-accent">
      #{to.number}
    </Link>
  );
}

function list(refs: readonly Ref[]) {
  return refs.map((ref, index) => (
    <span key={ref.id}>
      {index > 0 && ', '}
      <TicketLink to={ref} />
    </span>
  ));
}

/**
 * How this ticket links to others: "Merged into #A" with undo on a merged ticket; the tickets merged into it, the one
 * it was split from and those split off it. Nothing when it has no link.
 */
export function MergeBanner({ ticket, canUndo }: MergeBannerProps) {
  const links = ticket.links;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const afterWrite = useAfterLinkedWrite();
  if (!links) return null;
  const mergedFrom = links.mergedFrom ?? [];
  const splitInto = links.splitInto ?? [];
  if (!links.mergedInto && mergedFrom.length === 0 && !links.splitFrom && splitInto.length === 0) return null;

  const undo = async () => {
    setPending(true);
    setError(undefined);
    try {
      const done = await unmergeTicket(ticket);
      await afterWrite([
        [done.mergedTicketId, done.mergedTicketVersion],
        [done.survivorId, done.survivorVersion],
      ]);
    } catch (e) {
      setError(e instanceof ApiProblem && e.code === 'version-conflict'
        ? 'This ticket changed since you opened it; look again, then undo.'
        : e instanceof Error ? e.message : 'The merge could not be undone.');
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="flex flex-col gap-1 border-b border-line bg-accent-soft px-4 py-2 text-sm text-ink">
      {links.mergedInto && (
        <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>
            Merged into <TicketLink to={links.mergedInto} />: its conversation continues there, and customer messages to this
            ticket land there.
          </span>
          {canUndo && (
            <Button size="sm" isDisabled={pending} onPress={() => void undo()}>
              {pending ? 'Undoing…' : 'Undo merge'}
            </Button>
          )}
        </div>
      )}
      {mergedFrom.length > 0 && <p>Merged into this ticket: {list(mergedFrom)} (their messages are marked in the conversation).</p>}
      {links.splitFrom && (
        <p>
          Split from <TicketLink to={links.splitFrom} />.
        </p>
      )}
      {splitInto.length > 0 && <p>Messages split off into {list(splitInto)}.</p>}
      {error && (
        <p role="alert" className="text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
