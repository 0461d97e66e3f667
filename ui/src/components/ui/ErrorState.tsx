import { ApiProblem, messageOf } from '@/api/problem';
import { Button } from './Button';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A problem detail as a human message; its stable code is shown small, for support. */
export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: ErrorStateProps) {
  const code = error instanceof ApiProblem ? error.code : undefined;
  return (
    <div role="alert" className="m-4 rounded-md border border-danger/40 bg-danger-soft p-4 text-sm">
      <p className="font-semibold text-danger">{title}</p>
      <p className="mt-1 text-ink">{messageOf(error)}</p>
      {code && <p className="mt-1 text-xs text-muted">Code: <code>{code}</code></p>}
      {onRetry && (
        <Button className="mt-3" size="sm" onPress={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
