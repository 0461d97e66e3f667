// Server-Sent Events over fetch (EventSource cannot send a bearer token): parses with eventsource-parser and
// reconnects with capped exponential backoff and jitter until the caller aborts.
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { accessToken } from '@/lib/auth/session';

export interface EventStreamOptions {
  url: string;
  onMessage: (message: EventSourceMessage) => void;
  onStatus?: (status: StreamStatus) => void;
  signal: AbortSignal;
  /** First retry delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'unavailable';

export function backoffDelay(attempt: number, initialDelayMs: number, maxDelayMs: number, random = Math.random): number {
  const ceiling = Math.min(maxDelayMs, initialDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function readOnce(options: EventStreamOptions, onOpen: () => void): Promise<number> {
  const token = await accessToken();
  const response = await fetch(options.url, {
    headers: { Accept: 'text/event-stream', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    signal: options.signal,
    cache: 'no-store',
  });
  if (!response.ok || !response.body) {
    return response.status;
  }
  onOpen();
  const parser = createParser({ onEvent: options.onMessage });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return 200;
    }
    parser.feed(value);
  }
}

/** Keeps a stream open until options.signal aborts; answers when it does. */
export async function runEventStream(options: EventStreamOptions): Promise<void> {
  const initial = options.initialDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  let attempt = 0;
  options.onStatus?.('connecting');
  while (!options.signal.aborted) {
    let status = 0;
    try {
      status = await readOnce(options, () => {
        attempt = 0;
        options.onStatus?.('open');
      });
    } catch {
      status = 0;
    }
    if (options.signal.aborted) {
      return;
    }
    if (status === 403 || status === 404) {
      options.onStatus?.('unavailable');
      return;
    }
    options.onStatus?.('reconnecting');
    await sleep(backoffDelay(attempt, initial, max), options.signal);
    attempt += 1;
  }
}
