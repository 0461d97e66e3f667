import type { Attachment } from '@/api/uploads';
import { formatFileSize } from '@/lib/fileSize';
import { FileGlyph } from './FileGlyph';

export interface MessageAttachmentsProps {
  attachments: readonly Attachment[] | undefined;
}

/** Shown as pictures; anything else is a card to download. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** The server's signed link (a path of this site), or nothing: a link from elsewhere is never followed. */
function linkOf(attachment: Attachment): string | undefined {
  const url = attachment.url ?? '';
  return /^\/(?!\/)/.test(url) || /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * A message's files: pictures as thumbnails that open the full image in a new tab, other files as cards with their type,
 * name, size and a download link. Links are signed by the server and need no token, so they work as plain src and href.
 */
export function MessageAttachments({ attachments }: MessageAttachmentsProps) {
  const shown = (attachments ?? []).filter((attachment) => linkOf(attachment) !== undefined);
  if (shown.length === 0) {
    return null;
  }
  const images = shown.filter((attachment) => IMAGE_TYPES.has(attachment.contentType ?? ''));
  const files = shown.filter((attachment) => !IMAGE_TYPES.has(attachment.contentType ?? ''));
  return (
    <ul aria-label="Attachments" className="mt-2 flex flex-wrap items-start gap-2">
      {images.map((image, index) => {
        const name = image.name ?? 'Image';
        return (
          <li key={image.id ?? `image-${index}`} className="max-w-full">
            <a
              href={linkOf(image)}
              target="_blank"
              rel="noopener noreferrer"
              title={`${name} (${formatFileSize(image.size ?? 0)}), opens in a new tab`}
              className="block rounded-md outline-none focus-visible:ring-2 focus-visible:ring-accent focus-visible:ring-offset-2 focus-visible:ring-offset-surface"
            >
              <img
                src={linkOf(image)}
                alt={name}
                loading="lazy"
                className="block h-auto max-h-60 w-auto max-w-full rounded-md border border-line bg-raised object-contain sm:max-w-60"
              />
              <span className="sr-only">, opens in a new tab</span>
            </a>
          </li>
        );
      })}
      {files.map((file, index) => {
        const name = file.name ?? 'File';
        const url = linkOf(file);
        // Each card on a line of its own, under the pictures: a column of files reads more easily than a ragged row.
        return (
          <li key={file.id ?? `file-${index}`} className="flex min-w-0 basis-full">
            <div className="flex w-full min-w-0 items-center gap-2.5 rounded-md border border-line bg-surface p-2 text-ink sm:w-auto sm:min-w-64 sm:max-w-sm">
              <FileGlyph name={name} contentType={file.contentType} />
              <span className="flex min-w-0 flex-1 flex-col">
                {file.inline ? (
                  <a href={url} target="_blank" rel="noopener noreferrer" title={`${name}, opens in a new tab`} className="truncate rounded text-sm font-medium underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent">
                    {name}
                  </a>
                ) : (
                  <span className="truncate text-sm font-medium" title={name}>
                    {name}
                  </span>
                )}
                <span className="text-xs text-muted">{formatFileSize(file.size ?? 0)}</span>
              </span>
              <a
                href={url}
                download={name}
                aria-label={`Download ${name}`}
                className="shrink-0 rounded-md border border-line px-2 py-1 text-xs font-medium text-accent outline-none hover:bg-raised focus-visible:ring-2 focus-visible:ring-accent"
              >
                Download
              </a>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
