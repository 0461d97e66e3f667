import type { Presence } from '../hooks/usePresence';

export interface PresenceBarProps {
  viewers: Presence['viewers'];
  myId: string | undefined;
}

/** Who else is on this ticket right now, and whether they are writing a reply. */
export function PresenceBar({ viewers, myId }: PresenceBarProps) {
  const others = (viewers ?? []).filter((viewer) => viewer.agentId !== myId);
  if (others.length === 0) {
    return null;
  }
  return (
    <ul aria-label="Also on this ticket" aria-live="polite" className="flex flex-wrap items-center gap-1.5">
      {others.map((viewer) => {
        const typing = viewer.state === 'typing';
        return (
          <li key={viewer.agentId}
            className={`flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs ${typing ? 'border-note-line bg-note text-note-ink' : 'border-line bg-raised'}`}>
            <span aria-hidden className="grid size-5 place-items-center rounded-full bg-accent text-[10px] font-bold text-accent-ink">
              {(viewer.name ?? '?').slice(0, 1)}
            </span>
            {viewer.name} {typing ? 'is typing a reply…' : 'is viewing'}
          </li>
        );
      })}
    </ul>
  );
}
