import type { ReactNode } from 'react';

export interface BadgeProps {
  tone?: 'neutral' | 'accent' | 'note' | 'danger' | 'success';
  children: ReactNode;
}

const TONES = {
  neutral: 'bg-raised text-ink',
  accent: 'bg-accent-soft text-ink',
  note: 'bg-note text-note-ink border border-note-line',
  danger: 'bg-danger-soft text-danger',
  success: 'bg-raised text-success',
} as const;

export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return (
    <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
