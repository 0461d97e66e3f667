export interface FileGlyphProps {
  name: string;
  contentType?: string;
  size?: 'sm' | 'md';
}

const TONES: { test: RegExp; tone: string }[] = [
  { test: /^application\/pdf$/, tone: 'text-danger' },
  { test: /^image\//, tone: 'text-accent' },
  { test: /zip|compressed|tar|gzip|7z|rar/, tone: 'text-note-ink dark:text-note-line' },
];

/** The extension a person knows the file by ("PDF", "TXT"), or its kind when the name has none. */
function labelOf(name: string, contentType: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  if (/^[a-z0-9]{1,4}$/i.test(extension)) return extension.toUpperCase();
  const subtype = contentType.split('/')[1] ?? '';
  return /^[a-z0-9]{1,4}$/i.test(subtype) ? subtype.toUpperCase() : 'FILE';
}

/** A page with the file's type on it; decoration only, the file's name is always written beside it. */
export function FileGlyph({ name, contentType = '', size = 'md' }: FileGlyphProps) {
  const tone = TONES.find((candidate) => candidate.test.test(contentType))?.tone ?? 'text-muted';
  return (
    <span aria-hidden className={`relative inline-block shrink-0 ${size === 'sm' ? 'h-7 w-6' : 'h-9 w-7'} ${tone}`}>
      <svg viewBox="0 0 28 36" className="absolute inset-0 size-full fill-surface stroke-current" strokeWidth={1.5} strokeLinejoin="round">
        <path d="M4 1h14l8 8v24a2 2 0 01-2 2H4a2 2 0 01-2-2V3a2 2 0 012-2z" />
        <path d="M18 1v8h8" className="fill-none" />
      </svg>
      <span className={`absolute inset-x-0 bottom-1 text-center font-bold leading-none tracking-tight ${size === 'sm' ? 'text-[0.45rem]' : 'text-[0.5rem]'}`}>
        {labelOf(name, contentType)}
      </span>
    </span>
  );
}
