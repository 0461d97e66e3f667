import type { Viewer } from '../api/presence';

export interface PresenceBarProps {
  others: readonly Viewer[];
}

/** Who else has this ticket open, and who of them is writing, so two agents do not answer at once. */
export function PresenceBar({ others }: PresenceBarProps) {
  const typing = others.filter((viewer) => viewer.state === 'typing');
  return (
    <div role="status" aria-live="polite" className="flex min-h-7 items-center gap-2 text-xs">
      {others.length > 0 && (
        <>
          <ul aria-label="Also here" className="flex -space-x-1.5">
            {others.map((viewer) => (
              <li
                key={viewer.agentId}
                title={`${viewer.name} is ${viewer.state === 'typing' ? 'typing a reply' : 'viewing'}`}
                className={`grid size-7 place-items-center rounded-full border-2 border-surface text-[0.65rem] font-semibold ${viewer.state === 'typing' ? 'bg-note text-note-ink ring-2 ring-note-line' : 'bg-accent-soft text-ink'}`}
              >
                <span aria-hidden>{(viewer.name ?? '?').charAt(0).toUpperCase()}</span>
                <span className="sr-only">{viewer.name}</span>
              </li>
            ))}
          </ul>
          <span className={typing.length > 0 ? 'font-medium text-note-ink' : 'text-muted'}>
            {typing.length > 0
              ? `${names(typing)} ${typing.length === 1 ? 'is' : 'are'} typing a reply…`
              : `${names(others)} ${others.length === 1 ? 'is' : 'are'} also viewing`}
          </span>
        </>
      )}
    </div>
  );
}

function names(viewers: readonly Viewer[]): string {
  const all = viewers.map((viewer) => viewer.name);
  return all.length <= 2 ? all.join(' and ') : `${all.slice(0, 2).join(', ')} and ${all.length - 2} more`;
}
