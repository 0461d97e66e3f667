// Test support for every feature: answers the typed API client's requests from handlers (by "METHOD /path"), records every request,
// and answers plain fetches (presence, streams) with 404 so hooks that use them stay quiet.
import type { Middleware } from 'openapi-fetch';
import { vi } from 'vitest';
import { api } from '@/api/client';

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  /** The parsed JSON body, or the FormData of a multipart request. */
  body: unknown;
}

/** Answers a request: a Response, a body to send as JSON, or a promise of either (to answer later). */
export type Handler = (request: RecordedRequest) => Response | unknown;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/** A request's JSON body, its FormData when multipart (uploads), or undefined. */
async function bodyOf(request: Request): Promise<unknown> {
  if (request.method === 'GET') return undefined;
  if ((request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    return request.clone().formData();
  }
  const text = await request.clone().text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export function fakeApi(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const middleware: Middleware = {
    async onRequest({ request }) {
      const url = new URL(request.url);
      const recorded: RecordedRequest = {
        method: request.method,
        path: url.pathname,
        search: url.searchParams,
        headers: request.headers,
        body: await bodyOf(request),
      };
      requests.push(recorded);
      const handler = handlers[`${request.method} ${url.pathname}`];
      if (!handler) {
        return json({ code: 'not-found', detail: `No fake for ${request.method} ${url.pathname}` }, 404);
      }
      // A handler may answer later (a promise), as a slow upload does.
      const answer = await handler(recorded);
      return answer instanceof Response ? answer : json(answer);
    },
  };
  api.use(middleware);
  vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 404 })));
  return {
    requests,
    /** Requests for one "METHOD /path". */
    calls: (key: string) => requests.filter((request) => `${request.method} ${request.path}` === key),
    restore: () => {
      api.eject(middleware);
      vi.unstubAllGlobals();
    },
  };
}
