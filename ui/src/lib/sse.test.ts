// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, runEventStream, type StreamStatus } from './sse';

function streamResponse(text: string): Response {
  return new Response(new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  }), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('backoffDelay', () => {
  it('doubles up to the cap, with jitter in the upper half', () => {
    expect(backoffDelay(0, 1000, 30000, () => 0)).toBe(500);
    expect(backoffDelay(3, 1000, 30000, () => 1)).toBe(8000);
    expect(backoffDelay(10, 1000, 30000, () => 1)).toBe(30000);
  });
});

describe('runEventStream', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses named events and reconnects after the stream ends', async () => {
    const fetchMock = vi.fn()
      .mockResolvedValueOnce(streamResponse('event: snapshot\ndata: {"items":[]}\n\n: heartbeat\n\nevent: ticket\nid: t1:2\ndata: {"id":"t1"}\n\n'))
      .mockResolvedValueOnce(streamResponse('event: ticket\ndata: {"id":"t2"}\n\n'))
      .mockImplementation((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }));
    vi.stubGlobal('fetch', fetchMock);
    const controller = new AbortController();
    const events: string[] = [];
    const statuses: StreamStatus[] = [];
    const done = runEventStream({
      url: '/api/v1/stream/tickets',
      signal: controller.signal,
      initialDelayMs: 1,
      maxDelayMs: 2,
      onStatus: (status) => statuses.push(status),
      onMessage: (message) => events.push(`${message.event ?? ''}:${message.data}`),
    });
    await vi.waitFor(() => expect(events).toHaveLength(3));
    controller.abort();
    await done;
    expect(events).toEqual(['snapshot:{"items":[]}', 'ticket:{"id":"t1"}', 'ticket:{"id":"t2"}']);
    expect(statuses).toContain('reconnecting');
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({ Accept: 'text/event-stream' });
  });

  it('stops for good when the stream is forbidden', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 403 })));
    const statuses: StreamStatus[] = [];
    await runEventStream({ url: '/x', signal: new AbortController().signal, onMessage: () => undefined, onStatus: (s) => statuses.push(s) });
    expect(statuses).toEqual(['connecting', 'unavailable']);
  });
});
