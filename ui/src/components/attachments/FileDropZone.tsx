import { type ClipboardEvent, type DragEvent, type ReactNode, useRef, useState } from 'react';

export interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  children: ReactNode;
  className?: string;
}

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/**
 * Files pasted into a clipboard with no text: a screenshot, a copied image. Text copied from an office program often
 * comes with a picture of itself as well; that paste stays text.
 */
function pastedFiles(data: DataTransfer | null): File[] {
  if (!data || (data.getData('text/plain') ?? '') !== '') return [];
  return [...(data.files ?? [])];
}

/**
 * An area that takes files dropped on it or pasted into it (its editor included), with a visible drop target while a
 * file is dragged over. Handled before the editor sees the event, so the editor never inserts the file itself; plain
 * text pastes and drags inside the editor pass through untouched.
 */
export function FileDropZone({ onFiles, children, className = '' }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  // dragenter and dragleave fire for every child crossed: count them, the area is left when the count is back to 0.
  const depth = useRef(0);

  const leave = () => {
    depth.current = 0;
    setOver(false);
  };

  return (
    <div
      className={`relative ${className}`}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDropCapture={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.stopPropagation();
        leave();
        const files = [...event.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      }}
      onPasteCapture={(event: ClipboardEvent) => {
        const files = pastedFiles(event.clipboardData);
        if (files.length === 0) return;
        event.preventDefault();
        event.stopPropagation();
        onFiles(files);
      }}
    >
      {children}
      {over && (
        <div
          aria-hidden
          className="pointer-events-none absolute inset-0 z-10 grid place-items-center rounded-[inherit] border-2 border-dashed border-accent bg-accent-soft/85 text-sm font-medium text-ink"
        >
          Drop files to attach them
        </div>
      )}
    </div>
  );
}
