import { useRef } from 'react';
import { messageOf } from '@/api/problem';
import { formatFileSize } from '@/lib/fileSize';
import { FileGlyph } from './FileGlyph';
import type { PendingAttachment } from './usePendingAttachments';

export interface AttachmentChipsProps {
  items: readonly PendingAttachment[];
  onRemove: (key: string) => void;
  /** Where focus goes when the last file is removed (focus otherwise moves to the neighbouring file). */
  onEmptied?: () => void;
  className?: string;
}

/** The files of a message being written, one chip each: uploading, ready, or refused with the server's reason. */
export function AttachmentChips({ items, onRemove, onEmptied, className = '' }: AttachmentChipsProps) {
  const list = useRef<HTMLUListElement>(null);
  if (items.length === 0) {
    return null;
  }

  // The removed chip's button goes away with it: keep focus in the list, on the next file's button (or the previous).
  const removeAt = (index: number) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [])];
    const neighbour = buttons[index + 1] ?? buttons[index - 1];
    const key = items[index]?.key;
    if (key === undefined) return;
    if (neighbour) neighbour.focus();
    onRemove(key);
    if (!neighbour) onEmptied?.();
  };

  return (
    <ul ref={list} aria-label="Files to send" className={`flex flex-wrap gap-2 ${className}`}>
      {items.map((item, index) => {
        const failed = item.state === 'failed';
        return (
          <li
            key={item.key}
            aria-busy={item.state === 'uploading'}
            className={`flex min-w-0 max-w-full items-center gap-2 rounded-md border py-1 pl-1.5 pr-1 text-xs sm:max-w-sm ${failed ? 'border-danger/50 bg-danger-soft' : 'border-line bg-raised'}`}
          >
            <FileGlyph name={item.name} contentType={item.contentType} size="sm" />
            <span className="flex min-w-0 flex-col">
              <span className="truncate font-medium text-ink" title={item.name}>
                {item.name}
              </span>
              <span className="text-muted">
                {formatFileSize(item.size)}
                {item.state === 'uploading' && ' · Uploading…'}
              </span>
              {failed && (
                <span role="alert" className="break-words text-danger">
                  Not attached: {messageOf(item.error)}
                </span>
              )}
            </span>
            {item.state === 'uploading' && <span aria-hidden className="size-3.5 shrink-0 animate-spin rounded-full border-2 border-line border-t-accent" />}
            <button
              type="button"
              data-remove
              aria-label={`Remove ${item.name}`}
              title={`Remove ${item.name}`}
              onClick={() => removeAt(index)}
              className="grid size-7 shrink-0 place-items-center rounded text-muted outline-none hover:bg-surface hover:text-ink focus-visible:ring-2 focus-visible:ring-accent"
            >
              <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 stroke-current" strokeWidth={1.8} strokeLinecap="round">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
