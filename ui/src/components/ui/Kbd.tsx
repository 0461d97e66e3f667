import type { ReactNode } from 'react';

export interface KbdProps {
  children: ReactNode;
}

export function Kbd({ children }: KbdProps) {
  return (
    <kbd className="rounded border border-line bg-raised px-1.5 py-0.5 font-mono text-xs text-ink">{children}</kbd>
  );
}
