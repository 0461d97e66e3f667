// The typed API client, generated from docs/openapi.json (schema.d.ts): every request carries the session's token.
import createClient, { type Middleware } from 'openapi-fetch';
import { accessToken, signIn } from '@/lib/auth/session';
import { ApiProblem } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The request header that names the channel a change came through. */
export const CHANNEL_HEADER = 'X-AutoCRM-Channel';

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    request.headers.set('Accept', 'application/json, application/problem+json');
    // Changes made here are recorded as made through the web app (the history's "via web"); the API's default is api.
    request.headers.set(CHANNEL_HEADER, 'web');
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) {
      void signIn();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer, or an ApiProblem carrying the server's problem detail. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiProblem(response.status, error as Partial<Schemas['Problem']> | undefined);
  }
  return data as T;
}

/** An If-Match header value for a ticket version. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
