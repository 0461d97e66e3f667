// Files for a message about to be sent: each is uploaded on its own (POST /uploads, multipart, with the session's
// token like every call) and then named by its id in the message's attachmentIds; the server forgets it after a day.
import { api, type Schemas, unwrap } from './client';

export type Upload = Schemas['Upload'];
/** A file on a message as the ticket detail lists it; its url is signed, so it needs no token. */
export type Attachment = Schemas['AttachmentView'];

/** Uploads one file (the part 'file'); rejects with an ApiProblem, e.g. 413 payload-too-large with a readable detail. */
export function uploadFile(file: File, signal?: AbortSignal): Promise<Upload> {
  const form = new FormData();
  form.append('file', file);
  return unwrap(
    api.POST('/api/v1/uploads', {
      // The document types the part as a binary string; the FormData goes out as it is, and the browser sets the
      // multipart Content-Type with its boundary.
      body: form as unknown as { file?: string },
      bodySerializer: (body) => body,
      signal,
    }),
  );
}
