import type { ReactNode } from 'react';

export interface ConsolePageProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** One console screen: its heading, what it is for, its main actions, then its content. */
export function ConsolePage({ title, description, actions, children }: ConsolePageProps) {
  return (
    <div className="mx-auto flex w-full max-w-5xl flex-col gap-4 p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
          {description && <p className="mt-1 max-w-prose text-sm text-muted">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

/**
 * Classes shared by the console's tables, so every list reads alike. The wrapper scrolls sideways on a phone, so it
 * takes focus ({@code tabIndex={0}}) for keyboard users to scroll it.
 */
export const TABLE = {
  wrap: 'relative overflow-x-auto rounded-lg border border-line bg-surface',
  table: 'w-full min-w-[36rem] border-collapse text-left text-sm',
  th: 'border-b border-line px-3 py-2 text-xs font-semibold uppercase tracking-wide text-muted',
  td: 'border-b border-line px-3 py-2 align-top',
} as const;

/**
 * Classes for a console table whose rows stack into cards on a phone instead of scrolling sideways: the header row is
 * left to screen readers, and each cell shows its column's name (its {@code data-label}) above its value.
 */
export const CARD_TABLE = {
  wrap: `${TABLE.wrap} max-sm:overflow-visible max-sm:border-0 max-sm:bg-transparent`,
  table: 'w-full border-collapse text-left text-sm sm:min-w-[36rem] max-sm:block',
  head: 'max-sm:sr-only',
  body: 'max-sm:flex max-sm:flex-col max-sm:gap-3',
  row: 'max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-line max-sm:bg-surface max-sm:px-3 max-sm:py-2',
  th: TABLE.th,
  td: `${TABLE.td} max-sm:block max-sm:border-0 max-sm:px-0 max-sm:py-1 max-sm:before:block max-sm:before:text-xs
    max-sm:before:font-semibold max-sm:before:text-muted max-sm:before:content-[attr(data-label)]`,
} as const;

/** A form panel on a console screen (create or edit). */
export function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-line bg-surface p-4">
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}
