import { useRef } from 'react';
import { Button } from '@/components/ui/Button';

export interface AttachFilesButtonProps {
  onFiles: (files: File[]) => void;
  isDisabled?: boolean;
  className?: string;
}

/** "Attach files": opens the system's file picker (several at once); the input itself stays out of sight. */
export function AttachFilesButton({ onFiles, isDisabled = false, className = '' }: AttachFilesButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size="sm" variant="ghost" isDisabled={isDisabled} onPress={() => input.current?.click()} className={`text-muted hover:text-ink ${className}`}>
        <svg aria-hidden viewBox="0 0 16 16" className="size-4 fill-none stroke-current" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round">
          <path d="M13.5 7.5l-5.6 5.6a3.5 3.5 0 01-5-5l6-6a2.3 2.3 0 013.3 3.3l-6 6a1.2 1.2 0 01-1.7-1.7l5.5-5.5" />
        </svg>
        Attach files
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-label="Attach files"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again (after removing it) is a change too.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
