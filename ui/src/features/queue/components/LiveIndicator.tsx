import type { StreamStatus } from '@/lib/sse';

export interface LiveIndicatorProps {
  status: StreamStatus;
}

const TEXT: Record<StreamStatus, string> = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  unavailable: 'Live updates unavailable',
};

export function LiveIndicator({ status }: LiveIndicatorProps) {
  return (
    <span role="status" className="flex items-center gap-1.5 text-xs text-muted">
      <span aria-hidden className={`size-2 rounded-full ${status === 'open' ? 'bg-success' : 'bg-note-line'}`} />
      {TEXT[status]}
    </span>
  );
}
