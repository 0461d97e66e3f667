// Files attached to a message being written: each uploads as soon as it is chosen, dropped or pasted, and the
// message names the finished ones by their upload ids when it is sent. Removing a file still uploading cancels it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { uploadFile } from '@/api/uploads';

export type PendingAttachmentState = 'uploading' | 'uploaded' | 'failed';

export interface PendingAttachment {
  /** This browser's key for the file (the upload id comes later). */
  key: string;
  name: string;
  size: number;
  contentType: string;
  state: PendingAttachmentState;
  uploadId?: string;
  /** Why the upload failed: an ApiProblem with the server's detail, or a network error. */
  error?: unknown;
}

export interface PendingAttachments {
  items: readonly PendingAttachment[];
  /** The upload ids of the files ready to send, in the order they were added. */
  ids: string[];
  /** A file is still uploading: the message waits for it. */
  uploading: boolean;
  add: (files: readonly File[]) => void;
  remove: (key: string) => void;
  /** Forgets every file, as after the message was sent. */
  clear: () => void;
}

let counter = 0;

export function usePendingAttachments(): PendingAttachments {
  const [items, setItems] = useState<PendingAttachment[]>([]);
  const inFlight = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const uploads = inFlight.current;
    return () => {
      uploads.forEach((controller) => controller.abort());
      uploads.clear();
    };
  }, []);

  const add = useCallback((files: readonly File[]) => {
    const added = files.map((file) => {
      counter += 1;
      const item: PendingAttachment = { key: `attachment-${counter}`, name: file.name || 'file', size: file.size, contentType: file.type, state: 'uploading' };
      return { file, item };
    });
    setItems((current) => [...current, ...added.map(({ item }) => item)]);
    for (const { file, item } of added) {
      const controller = new AbortController();
      inFlight.current.set(item.key, controller);
      const settle = (change: Partial<PendingAttachment>) =>
        setItems((current) => current.map((candidate) => (candidate.key === item.key ? { ...candidate, ...change } : candidate)));
      uploadFile(file, controller.signal)
        .then(
          (upload) => settle(upload.id ? { state: 'uploaded', uploadId: upload.id } : { state: 'failed', error: new Error('The server did not name the upload.') }),
          (error: unknown) => {
            if (!controller.signal.aborted) settle({ state: 'failed', error });
          },
        )
        .finally(() => inFlight.current.delete(item.key));
    }
  }, []);

  const remove = useCallback((key: string) => {
    inFlight.current.get(key)?.abort();
    inFlight.current.delete(key);
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const clear = useCallback(() => {
    inFlight.current.forEach((controller) => controller.abort());
    inFlight.current.clear();
    setItems([]);
  }, []);

  const ids = useMemo(() => items.flatMap((item) => (item.state === 'uploaded' && item.uploadId ? [item.uploadId] : [])), [items]);
  const uploading = items.some((item) => item.state === 'uploading');
  return { items, ids, uploading, add, remove, clear };
}
