import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { AttachFilesButton } from './AttachFilesButton';
import { AttachmentChips } from './AttachmentChips';
import { FileDropZone } from './FileDropZone';
import { usePendingAttachments } from './usePendingAttachments';

const UPLOADS = 'POST /api/v1/uploads';
let server: ReturnType<typeof fakeApi> | undefined;

afterEach(() => server?.restore());

/** A file of the given size (its bytes do not matter to the UI). */
function file(name: string, size: number, type: string): File {
  return new File([new Uint8Array(size)], name, { type });
}

/** Answers uploads when the test says so, in order: each call waits for its own answer. */
function slowUploads() {
  const waiting: ((response: Response) => void)[] = [];
  let count = 0;
  return {
    handler: () => new Promise<Response>((resolve) => waiting.push(resolve)),
    answer: (response: Response) => act(async () => waiting.shift()?.(response)),
    next: () => {
      count += 1;
      return json({ id: `u-${count}`, name: `file-${count}`, size: 1, contentType: 'text/plain' }, 201);
    },
  };
}

/** The attachments as a composer uses them, with what it would send. */
function Harness() {
  const attachments = usePendingAttachments();
  return (
    <FileDropZone onFiles={attachments.add}>
      <textarea aria-label="Message" />
      <AttachmentChips items={attachments.items} onRemove={attachments.remove} />
      <AttachFilesButton onFiles={attachments.add} />
      <button type="button" disabled={attachments.uploading}>
        Send
      </button>
      <output aria-label="Sends">{attachments.ids.join(',')}</output>
    </FileDropZone>
  );
}

describe('attachments of a message being written', () => {
  it('uploads each chosen file at once, shows it uploading, then ready, and holds the send until then', async () => {
    const uploads = slowUploads();
    server = fakeApi({ [UPLOADS]: uploads.handler });
    render(<Harness />);

    await userEvent.upload(screen.getByLabelText('Attach files'), [file('screenshot.png', 48 * 1024, 'image/png'), file('notes.txt', 2355, 'text/plain')]);

    const chips = within(screen.getByRole('list', { name: 'Files to send' })).getAllByRole('listitem');
    expect(chips).toHaveLength(2);
    expect(chips[0]).toHaveTextContent('screenshot.png');
    expect(chips[0]).toHaveTextContent('48 KB · Uploading…');
    expect(chips[1]).toHaveTextContent('2.3 KB · Uploading…');
    expect(chips[0]).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await waitFor(() => expect(server?.calls(UPLOADS)).toHaveLength(2));
    const [first] = server.calls(UPLOADS);
    // Multipart, with the boundary the browser chose (never a Content-Type set by hand), the file in the part 'file'.
    expect(first?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect((first?.body as FormData).has('file')).toBe(true);
    // Through the typed client, so with the session's token like every call (its middleware also names the channel).
    expect(first?.headers.get('X-AutoCRM-Channel')).toBe('web');

    await uploads.answer(uploads.next());
    expect(chips[0]).not.toHaveTextContent('Uploading…');
    expect(chips[0]).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await uploads.answer(uploads.next());
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    expect(screen.getByRole('status', { name: 'Sends' })).toHaveTextContent('u-1,u-2');
  });

  it("says why the server refused a file, with its detail, and leaves it out of the message", async () => {
    server = fakeApi({
      [UPLOADS]: () => json({ type: 'about:blank', title: 'Payload Too Large', status: 413, code: 'payload-too-large', detail: 'The file is larger than 25 MB.' }, 413),
    });
    render(<Harness />);

    await userEvent.upload(screen.getByLabelText('Attach files'), file('video.mp4', 3 * 1024 * 1024, 'video/mp4'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not attached: The file is larger than 25 MB.');
    expect(screen.getByRole('listitem')).toHaveTextContent('video.mp4');
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    expect(screen.getByRole('status', { name: 'Sends' })).toHaveTextContent('');
  });

  it('removes a file, keeping focus on the next one, and a file removed while uploading is never sent', async () => {
    const uploads = slowUploads();
    server = fakeApi({ [UPLOADS]: uploads.handler });
    render(<Harness />);
    await userEvent.upload(screen.getByLabelText('Attach files'), [file('a.txt', 10, 'text/plain'), file('b.txt', 20, 'text/plain')]);
    await waitFor(() => expect(server?.calls(UPLOADS)).toHaveLength(2));

    await userEvent.click(screen.getByRole('button', { name: 'Remove a.txt' }));

    expect(screen.queryByText('a.txt')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove b.txt' })).toHaveFocus();
    await uploads.answer(uploads.next());
    await uploads.answer(uploads.next());
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('status', { name: 'Sends' })).toHaveTextContent(/^u-2$/);
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('takes files dropped on the area, with a drop highlight while they are dragged over it', async () => {
    server = fakeApi({ [UPLOADS]: () => json({ id: 'u-9', name: 'dropped.pdf', size: 5, contentType: 'application/pdf' }, 201) });
    render(<Harness />);
    const area = screen.getByLabelText('Message');
    const dropped = file('dropped.pdf', 5, 'application/pdf');

    fireEvent.dragEnter(area, { dataTransfer: { types: ['Files'], files: [dropped] } });
    expect(screen.getByText('Drop files to attach them')).toBeInTheDocument();
    fireEvent.drop(area, { dataTransfer: { types: ['Files'], files: [dropped] } });

    expect(screen.queryByText('Drop files to attach them')).not.toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('dropped.pdf');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sends' })).toHaveTextContent('u-9'));
  });

  it('takes a pasted image, and leaves a paste of text to the text field', async () => {
    server = fakeApi({ [UPLOADS]: () => json({ id: 'u-7', name: 'image.png', size: 5, contentType: 'image/png' }, 201) });
    render(<Harness />);
    const area = screen.getByLabelText('Message');

    const text = fireEvent.paste(area, { clipboardData: { files: [], types: ['text/plain'], getData: (type: string) => (type === 'text/plain' ? 'hello' : '') } });
    expect(text).toBe(true);
    expect(screen.queryByRole('list', { name: 'Files to send' })).not.toBeInTheDocument();

    const image = fireEvent.paste(area, { clipboardData: { files: [file('image.png', 5, 'image/png')], types: ['Files'], getData: () => '' } });
    expect(image).toBe(false);
    expect(screen.getByRole('listitem')).toHaveTextContent('image.png');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sends' })).toHaveTextContent('u-7'));
    expect(server.calls(UPLOADS)).toHaveLength(1);
  });
});
