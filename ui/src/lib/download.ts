// Files the API serves only to a signed-in caller (a mail's original): fetched with the session's token through the
// typed client, then handed to the browser as a download. A plain link would go without the token.

/** Saves a fetched file under a name, as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; give slow browsers a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
