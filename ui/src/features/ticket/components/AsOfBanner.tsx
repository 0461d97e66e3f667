import { Button } from '@/components/ui/Button';
import { exactTime, relativeTime } from '@/lib/time';

export interface AsOfBannerProps {
  asOf: string;
  version: number | undefined;
  latestVersion: number | undefined;
  onEarlier?: () => void;
  onLater?: () => void;
  onBackToNow: () => void;
}

/** Says plainly that the screen shows the past, read-only, and leads back to now. */
export function AsOfBanner({ asOf, version, latestVersion, onEarlier, onLater, onBackToNow }: AsOfBannerProps) {
  return (
    <div role="region" aria-label="Viewing the past" className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-note-line bg-note px-4 py-2 text-sm text-note-ink">
      <svg aria-hidden viewBox="0 0 16 16" className="size-5 shrink-0 fill-none stroke-current" strokeWidth={1.5} strokeLinecap="round">
        <circle cx="8" cy="8" r="6.25" />
        <path d="M8 4.5V8l2.5 1.5M2 3.5L3.5 2" />
      </svg>
      <p className="min-w-0 flex-1">
        <strong>This is the ticket as it was at {exactTime(asOf)}</strong> ({relativeTime(asOf)}
        {version !== undefined && `, version ${version}${latestVersion !== undefined ? ` of ${latestVersion}` : ''}`}). Read-only.
      </p>
      <div className="flex gap-2">
        <Button size="sm" isDisabled={!onEarlier} onPress={onEarlier}>
          ← Earlier change
        </Button>
        <Button size="sm" isDisabled={!onLater} onPress={onLater}>
          Later change →
        </Button>
        <Button size="sm" variant="primary" onPress={onBackToNow}>
          Back to now
        </Button>
      </div>
    </div>
  );
}
