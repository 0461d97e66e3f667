// Test support: jsdom neither makes object URLs nor downloads. Records each file the app would save (saveFile), with
// its name and contents, until restored.
import { vi } from 'vitest';

export interface SavedFile {
  name: string;
  blob: Blob;
}

export function recordDownloads() {
  const saved: SavedFile[] = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((value: Blob | MediaSource) => {
    blob = value as Blob;
    return 'blob:saved';
  });
  // Left in place after the test: the app lets the URL go a while after the download started.
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function record(this: HTMLAnchorElement) {
    if (blob && this.download) saved.push({ name: this.download, blob });
  });
  return { saved, restore: () => click.mockRestore() };
}
