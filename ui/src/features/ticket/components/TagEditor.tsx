import { useId, useState } from 'react';

export interface TagEditorProps {
  tags: readonly string[];
  disabled?: boolean;
  onAdd: (tags: string[]) => void;
  onRemove: (tag: string) => void;
}

// As the server's Tags: trimmed, lowercased, 1-64 of a-z 0-9 _ : . - (starting with a letter or digit), 50 at most.
const TAG = /^[a-z0-9][a-z0-9_:.-]{0,63}$/;
const MAX_TAGS = 50;

/** Tags as removable chips and a field that adds tags on Enter or comma. */
export function TagEditor({ tags, disabled, onAdd, onRemove }: TagEditorProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const fresh = [...new Set(text.split(',').map((tag) => tag.trim().toLowerCase()))].filter((tag) => tag !== '' && !tags.includes(tag));
    const bad = fresh.find((tag) => !TAG.test(tag));
    if (bad !== undefined) {
      setError(`"${bad}" is not a tag: 1-64 lowercase letters, digits, '_', ':', '.' or '-'.`);
      return;
    }
    if (tags.length + fresh.length > MAX_TAGS) {
      setError(`A ticket has at most ${MAX_TAGS} tags.`);
      return;
    }
    setError(null);
    if (fresh.length > 0) {
      onAdd(fresh);
    }
    setText('');
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        Tags
      </label>
      {tags.length > 0 && (
        <ul aria-label="Tags" className="flex flex-wrap gap-1">
          {tags.map((tag) => (
            <li key={tag} className="flex items-center gap-0.5 rounded bg-raised py-0.5 pl-1.5 pr-0.5 text-xs">
              {tag}
              <button
                type="button"
                disabled={disabled}
                aria-label={`Remove tag ${tag}`}
                onClick={() => onRemove(tag)}
                className="grid size-4 place-items-center rounded text-muted outline-none hover:bg-line hover:text-ink focus-visible:ring-2 focus-visible:ring-accent"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        value={text}
        disabled={disabled}
        placeholder="Add a tag…"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={() => text.trim() && add()}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent disabled:opacity-60"
      />
      {error && (
        <p id={`${id}-error`} className="text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
